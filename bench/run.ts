import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { machineInfo } from './lib/machine';
import { formatDetails, formatTable } from './report';
import { describeError, notMeasured, type Scenario, type ScenarioResult } from './scenario';
import { letterDocxScenario } from './scenarios/01-letter-docx';
import { largeAnnexScenario } from './scenarios/02-large-annex';
import { batchScenario } from './scenarios/03-batch';
import { importScenario } from './scenarios/04-import-chromium';
import { importLayoutsScenario } from './scenarios/04b-import-layouts';
import { startScenario } from './scenarios/05-start';
import { typingScenario } from './scenarios/06-typing';
import { reviewReadScenario } from './scenarios/07-review-read';
import { manyIndicatorsScenario } from './scenarios/08-many-indicators';
import { denseSpreadsheetsScenario } from './scenarios/09-dense-spreadsheets';

/**
 * `npm run bench` (after `npm run build`): runs every scenario, prints one table and writes bench/results.json.
 * `npx tsx bench/run.ts --only 1,2` runs some. Scenario modules load the code they measure lazily, so one whose
 * code is missing reports "ikke målt" instead of stopping the others.
 */

const SCENARIOS: Scenario[] = [
  letterDocxScenario,
  largeAnnexScenario,
  batchScenario,
  importScenario,
  importLayoutsScenario,
  startScenario,
  typingScenario,
  reviewReadScenario,
  manyIndicatorsScenario,
  denseSpreadsheetsScenario,
];

function selectedIds(argv: readonly string[]): Set<string> | null {
  const index = argv.indexOf('--only');
  const inline = argv.find((arg) => arg.startsWith('--only='));
  const value = inline ? inline.slice('--only='.length) : index >= 0 ? argv[index + 1] : undefined;
  if (value === undefined) return null;
  return new Set(
    value
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean),
  );
}

function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

async function runWithTimeout(scenario: Scenario): Promise<ScenarioResult[]> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new Error(`timed out after ${Math.round(scenario.timeoutMs / 1000)} s`));
    }, scenario.timeoutMs);
  });
  try {
    return await Promise.race([
      scenario.run({ signal: controller.signal, log: (message) => log(`${scenario.id}: ${message}`) }),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

async function main(): Promise<void> {
  const only = selectedIds(process.argv.slice(2));
  const chosen = SCENARIOS.filter((scenario) => !only || only.has(scenario.id));
  if (chosen.length === 0)
    throw new Error(`--only matched no scenario (ids: ${SCENARIOS.map((s) => s.id).join(', ')})`);
  const machine = machineInfo();
  log(
    `${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGb} GB, node ${machine.node}, ${machine.chromium}`,
  );
  const started = performance.now();
  const results: ScenarioResult[] = [];
  for (const scenario of chosen) {
    log(`${scenario.id} ${scenario.name} …`);
    const scenarioStart = performance.now();
    try {
      results.push(...(await runWithTimeout(scenario)));
    } catch (error) {
      log(
        `${scenario.id} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      results.push(notMeasured(scenario.id, scenario.name, '–', describeError(error)));
    }
    log(`${scenario.id} done in ${((performance.now() - scenarioStart) / 1000).toFixed(1)} s`);
  }
  const totalSeconds = (performance.now() - started) / 1000;

  console.log('');
  console.log(formatTable(results));
  const details = formatDetails(results);
  if (details) console.log(`\n${details}`);
  console.log(
    `\n${machine.cpuModel} · ${machine.cores} cores · ${machine.memoryGb} GB · node ${machine.node} · ${machine.chromium} · ${totalSeconds.toFixed(0)} s`,
  );

  const outputPath = join(import.meta.dirname, 'results.json');
  const previous = only ? `(only ${[...only].join(',')})` : 'all';
  writeFileSync(
    outputPath,
    `${JSON.stringify({ machine, command: `tsx bench/run.ts ${process.argv.slice(2).join(' ')}`.trim(), scenarios: previous, totalSeconds, results }, null, 2)}\n`,
  );
  log(`wrote ${outputPath}`);
}

main().then(
  // Browsers or servers left by an aborted scenario must not keep the process alive.
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
