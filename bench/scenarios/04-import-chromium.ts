import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { startStaticServer } from '../../scripts/static-server';
import type { BaselineRun, ImportRun } from '../browser/import-bench';
import { openBrowser } from '../lib/browser';
import { bundlePage, withTimeout } from '../lib/bundle';
import { timingResult } from '../lib/timing-result';
import { describeError, notMeasured, type Scenario } from '../scenario';
import { describeSamples, median } from '../stats';

const ID = '4';
const NAME = 'Import 100,000-row CSV in Chromium';
const TARGET = '≤ 3 s median and ratio ≤ 2.0';
const ROWS = 100_000;
const RUNS = 5;

/** Danish-Excel CSV (";", decimal comma, Windows-1252) → parse + validate + store in IndexedDB, in the browser. */
export const importScenario: Scenario = {
  id: ID,
  name: NAME,
  timeoutMs: 240_000,
  async run({ log, signal }) {
    let pageDir: string;
    try {
      pageDir = await bundlePage(
        join(import.meta.dirname, '..', 'browser', 'import-bench.ts'),
        'import-bench',
      );
    } catch (error) {
      return [notMeasured(ID, NAME, TARGET, describeError(error))];
    }
    const server = await startStaticServer(pageDir);
    const browser = await openBrowser(signal);
    try {
      const { page } = browser;
      await page.goto(server.url);
      await page.waitForFunction(() => document.title === 'import-bench klar', undefined, {
        timeout: 30_000,
      });
      const csvBytes = await page.evaluate((rows) => window.importBench.prepare(rows), ROWS);
      const runImport = (): Promise<ImportRun> =>
        withTimeout(
          page.evaluate((rows) => window.importBench.runImport(rows), ROWS),
          60_000,
          'import',
        );
      const runRaw = (): Promise<BaselineRun> =>
        withTimeout(
          page.evaluate(() => window.importBench.runRawBaseline()),
          60_000,
          'rå IndexedDB',
        );

      log(`warm-up (CSV ${(csvBytes / 1024 / 1024).toFixed(1)} MB) …`);
      const warm = await runImport();
      await runRaw();
      if (warm.rowCount !== ROWS) throw new Error(`importen læste ${warm.rowCount} rækker, ventede ${ROWS}`);

      const imports: ImportRun[] = [];
      const raws: BaselineRun[] = [];
      for (let i = 0; i < RUNS; i++) {
        log(`run ${i + 1}/${RUNS} …`);
        imports.push(await runImport());
        raws.push(await runRaw());
      }
      const figure = imports.map((run) => run.totalMs);
      const baseline = raws.map((run) => run.totalMs);
      const baselineMedian = median(baseline);
      const last = imports.at(-1);
      return [
        timingResult({
          id: ID,
          name: NAME,
          targetDescription: TARGET,
          figure,
          baseline,
          baselineDescription: 'rå IndexedDB: én post pr. række, uden validering (1 transaktion)',
          maxMedianMs: 3000,
          medianDecimals: 0,
          maxRatio: 2,
          details: [
            `file: ${ROWS.toLocaleString('en')} rows, ${(csvBytes / 1024 / 1024).toFixed(1)} MB Windows-1252; ${last?.written ?? 0} records imported, stored as ${last?.storedRecords ?? 0} IndexedDB records (areas, indicators, rounds and one measurement series per indicator)`,
            describeSamples('import (parseImportFile + storeImport)', figure),
            describeSamples(
              '  of which parse + validate',
              imports.map((run) => run.parseMs),
            ),
            describeSamples(
              '  of which storeImport (read, diff, bulkPut)',
              imports.map((run) => run.storeMs),
            ),
            describeSamples('raw IndexedDB baseline (one record per row, no validation)', baseline),
            // What one record put costs on this browser and disk: why the app stores one series per indicator.
            `raw IndexedDB: ${((baselineMedian * 1000) / Math.max(1, raws.at(-1)?.written ?? 1)).toFixed(0)} µs per record put`,
          ],
        }),
      ];
    } finally {
      await browser.close();
      await server.close();
      rmSync(pageDir, { recursive: true, force: true });
    }
  },
};
