import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { startStaticServer } from '../../scripts/static-server';
import type { ImportRun } from '../browser/import-bench';
import { openBrowser } from '../lib/browser';
import { bundlePage, withTimeout } from '../lib/bundle';
import { timingResult } from '../lib/timing-result';
import { describeError, notMeasured, type Scenario } from '../scenario';
import { describeSamples } from '../stats';

const ROWS = 100_000;
const RUNS = 5;
const TARGET = 'ratio ≤ 1.5 against the long layout in the same run';
const WIDE = { id: '4b', name: 'Import 100,000 values as a wide table (one column per round) in Chromium' };
const MAPPED = { id: '4c', name: 'Import 100,000 rows through a column mapping in Chromium' };

/**
 * Scenario 4's 100,000 values, imported as a wide table (834 rows × 120 round columns) and as the long file
 * with staff headers settled by a column mapping, each against the long layout's import timed in the same run
 * (runs interleaved, so drift hits all three alike). Each: parse + shape + validate + store.
 */
export const importLayoutsScenario: Scenario = {
  id: '4b',
  name: 'Import: wide table and column mapping',
  timeoutMs: 300_000,
  async run({ log, signal }) {
    let pageDir: string;
    try {
      pageDir = await bundlePage(
        join(import.meta.dirname, '..', 'browser', 'import-bench.ts'),
        'import-bench',
      );
    } catch (error) {
      return [
        notMeasured(WIDE.id, WIDE.name, TARGET, describeError(error)),
        notMeasured(MAPPED.id, MAPPED.name, TARGET, describeError(error)),
      ];
    }
    const server = await startStaticServer(pageDir);
    const browser = await openBrowser(signal);
    try {
      const { page } = browser;
      await page.goto(server.url);
      await page.waitForFunction(() => document.title === 'import-bench klar', undefined, {
        timeout: 30_000,
      });
      const sizes = await page.evaluate((rows) => window.importBench.prepareLayouts(rows), ROWS);
      const run = (kind: 'long' | 'wide' | 'mapped'): Promise<ImportRun> =>
        withTimeout(
          page.evaluate(([k, rows]) => window.importBench.runLayout(k, rows), [kind, ROWS] as const),
          60_000,
          `import (${kind})`,
        );
      log('warm-up …');
      const warm = { long: await run('long'), wide: await run('wide'), mapped: await run('mapped') };
      // The wide table has a cell for every round of every indicator: the last indicator's 80 rounds that the
      // long file's 100,000 rows do not reach are empty cells there (no measurement), so up to 120 more values.
      const extra = warm.wide.written - warm.long.written;
      if (warm.mapped.written !== warm.long.written || extra < 0 || extra > 120)
        throw new Error(
          `importerede poster: lang ${warm.long.written}, bred ${warm.wide.written}, tilknyttet ${warm.mapped.written}`,
        );
      const runs: Record<'long' | 'wide' | 'mapped', ImportRun[]> = { long: [], wide: [], mapped: [] };
      for (let i = 0; i < RUNS; i++) {
        log(`run ${i + 1}/${RUNS} …`);
        for (const kind of ['long', 'wide', 'mapped'] as const) runs[kind].push(await run(kind));
      }
      const long = runs.long.map((r) => r.totalMs);
      const result = (which: typeof WIDE, kind: 'wide' | 'mapped', file: string) =>
        timingResult({
          id: which.id,
          name: which.name,
          targetDescription: TARGET,
          figure: runs[kind].map((r) => r.totalMs),
          baseline: long,
          baselineDescription: 'the same 100,000 values in the long layout (scenario 4’s import), same run',
          maxMedianMs: 4500,
          medianDecimals: 0,
          maxRatio: 1.5,
          details: [
            `file: ${file}; ${warm[kind].written} records imported (long layout: ${warm.long.written})`,
            describeSamples(
              `import (${kind})`,
              runs[kind].map((r) => r.totalMs),
            ),
            describeSamples(
              '  of which parse + shape + validate',
              runs[kind].map((r) => r.parseMs),
            ),
            describeSamples(
              '  of which storeImport',
              runs[kind].map((r) => r.storeMs),
            ),
            describeSamples('long layout (baseline)', long),
          ],
        });
      return [
        result(
          WIDE,
          'wide',
          `834 rows × 120 round columns, ${(sizes.wide / 1024 / 1024).toFixed(1)} MB UTF-8`,
        ),
        result(
          MAPPED,
          'mapped',
          `100,000 rows with staff headers, ${(sizes.mapped / 1024 / 1024).toFixed(1)} MB UTF-8`,
        ),
      ];
    } finally {
      await browser.close();
      await server.close();
      rmSync(pageDir, { recursive: true, force: true });
    }
  },
};
