/**
 * `npm audit` of what the app ships (production dependencies), failing on high or critical advisories.
 * Some networks (this project's build machines among them) reach the npm registry but not its advisory
 * service; then the audit cannot run, which is said plainly rather than passed off as a clean result.
 * Set BAROMETERBREV_REQUIRE_AUDIT=1 to make an unreachable advisory service fail the run.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Packages with advisories their maintainers have not fixed on npm; they must never enter the lock file. */
const FORBIDDEN_PACKAGES = ['xlsx', 'exceljs'];

const projectRoot = resolve(import.meta.dirname, '..');

function checkForbiddenPackages(): string[] {
  const lock = JSON.parse(readFileSync(resolve(projectRoot, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, unknown>;
  };
  return Object.keys(lock.packages).filter((path) =>
    FORBIDDEN_PACKAGES.some(
      (name) => path === `node_modules/${name}` || path.endsWith(`/node_modules/${name}`),
    ),
  );
}

const forbidden = checkForbiddenPackages();
if (forbidden.length > 0) {
  console.error(`Afhængigheder med kendte, urettede sårbarheder: ${forbidden.join(', ')}`);
  process.exit(1);
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const result = spawnSync(npm, ['audit', '--omit=dev', '--audit-level=high', '--json'], {
  cwd: projectRoot,
  encoding: 'utf8',
  timeout: 120_000,
});
const output = `${result.stdout ?? ''}`;
let report: {
  metadata?: { vulnerabilities?: Record<string, number> };
  error?: { summary?: string };
  message?: string;
} = {};
try {
  report = JSON.parse(output) as typeof report;
} catch {
  report = {};
}

const counts = report.metadata?.vulnerabilities;
if (!counts) {
  const reason =
    report.message ?? report.error?.summary ?? (result.stderr.trim().split('\n').pop() || 'intet svar');
  console.log(
    `npm audit: rådgivningstjenesten kunne ikke nås fra denne maskine (${reason}); audit ikke udført.`,
  );
  process.exit(process.env.BAROMETERBREV_REQUIRE_AUDIT === '1' ? 1 : 0);
}
const serious = (counts.high ?? 0) + (counts.critical ?? 0);
console.log(
  `npm audit (produktionsafhængigheder): ${counts.critical ?? 0} kritiske, ${counts.high ?? 0} høje, ` +
    `${counts.moderate ?? 0} moderate, ${counts.low ?? 0} lave.`,
);
process.exit(serious > 0 ? 1 : 0);
