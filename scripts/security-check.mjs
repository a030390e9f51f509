// Static security check: runs Electronegativity (offline) over electron/ and fails on any finding of severity
// MEDIUM or above that is not explained in scripts/security-allowlist.json. Each allowlist entry names the
// check id and the file, and must give the reason it is acceptable. Usage: node scripts/security-check.mjs
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const input = path.join(root, 'electron');
const allowlistPath = path.join(root, 'scripts', 'security-allowlist.json');
const MEDIUM = 2;

// Needs the network (it fetches Electron's release list), so it cannot run offline; "use a current Electron"
// is covered by `npm audit` and keeping the pinned electron version up to date instead.
const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

function loadAllowlist() {
  const entries = JSON.parse(readFileSync(allowlistPath, 'utf8'));
  if (!Array.isArray(entries)) throw new Error(`${allowlistPath}: skal være en liste`);
  entries.forEach((entry, index) => {
    for (const key of ['id', 'file', 'reason']) {
      if (typeof entry?.[key] !== 'string' || entry[key].trim() === '') {
        throw new Error(`${allowlistPath}: punkt ${index + 1} mangler «${key}»`);
      }
    }
    if (entry.reason.trim().length < 20) {
      throw new Error(`${allowlistPath}: punkt ${index + 1} (${entry.id}) skal have en rigtig begrundelse`);
    }
  });
  return entries;
}

const normalise = (file) => String(file).split(path.sep).join('/');

async function main() {
  const allowlist = loadAllowlist();
  const run = require('@doyensec/electronegativity');
  const electronVersion = require('electron/package.json').version;
  const result = await (run.default ?? run)({
    input,
    isRelative: true,
    electronVersionOverride: electronVersion,
    excludeFromScan: EXCLUDED_CHECKS,
  });

  // A file Electronegativity cannot parse would silently escape every check: that is a failure too.
  const parseErrors = result.errors.filter((error) => !error.tolerable);
  const relevant = result.issues.filter((issue) => issue.severity.value >= MEDIUM);
  const used = new Set();
  const unexplained = [];
  const explained = [];
  for (const issue of relevant) {
    const index = allowlist.findIndex(
      (entry) => entry.id === issue.id && entry.file === normalise(issue.file),
    );
    if (index === -1) unexplained.push(issue);
    else {
      used.add(index);
      explained.push({ issue, reason: allowlist[index].reason });
    }
  }

  const where = (issue) => `${normalise(issue.file)}:${issue.location.line}`;
  console.log(
    `\nElectronegativity ${require('@doyensec/electronegativity/package.json').version} på electron/ (Electron ${electronVersion})`,
  );
  console.log(
    `${result.globalChecks} globale og ${result.atomicChecks} lokale tjek; ${result.issues.length} fund i alt, ${relevant.length} af mindst middel alvor.\n`,
  );
  for (const { issue, reason } of explained) {
    console.log(`  ✔ ${issue.id} [${issue.severity.name}] ${where(issue)}\n      forklaret: ${reason}`);
  }
  for (const issue of unexplained) {
    console.log(
      `  ✘ ${issue.id} [${issue.severity.name}/${issue.confidence.name}] ${where(issue)}\n      ${issue.description}`,
    );
  }
  for (const error of parseErrors)
    console.log(`  ✘ Kunne ikke læse ${normalise(error.file)}: ${error.message}`);
  allowlist.forEach((entry, index) => {
    if (!used.has(index))
      console.log(`  ! Ubrugt punkt i allowlisten: ${entry.id} i ${entry.file} — fjern det.`);
  });

  if (unexplained.length > 0 || parseErrors.length > 0) {
    console.log(
      `\nSikkerhedstjek FEJLEDE: ${unexplained.length} uforklarede fund, ${parseErrors.length} ulæselige filer.`,
    );
    process.exitCode = 1;
  } else {
    console.log(
      `\nSikkerhedstjek bestået: ${explained.length} fund er forklaret i scripts/security-allowlist.json.`,
    );
  }
}

main().catch((error) => {
  console.error(
    `Sikkerhedstjekket kunne ikke køre: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exitCode = 1;
});
