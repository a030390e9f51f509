import { DIST_DIR, missingBuild, openSeededApp, waitForOverviewMark } from '../lib/app';
import { initialJavaScript, reactFloorGzipBytes } from '../lib/initial-js';
import { timingResult } from '../lib/timing-result';
import { describeError, notMeasured, result, type ScenarioResult, type Scenario } from '../scenario';
import { describeSamples } from '../stats';

const ID = '5';
const NAME = 'Start: reload → overview drawn';
const TARGET = '≤ 500 ms median';
const SIZE_ID = '5b';
const SIZE_NAME = 'Initial JavaScript (gzip)';
const SIZE_TARGET = '≤ 300 kB gzipped';
const WARMUP = 2;
const RUNS = 9;

interface LoadTimes {
  overviewDrawn: number;
  domContentLoaded: number;
  firstContentfulPaint: number | null;
}

function sizeResult(baselineGzip: number): ScenarioResult {
  const js = initialJavaScript(DIST_DIR);
  const kb = js.gzipBytes / 1024;
  return result({
    id: SIZE_ID,
    name: SIZE_NAME,
    figure: { value: kb, unit: 'kB' },
    baseline: { value: baselineGzip / 1024, unit: 'kB', description: 'bare React 19 + react-dom, minified' },
    targetDescription: SIZE_TARGET,
    checks: [{ description: `${kb.toFixed(1)} kB > 300 kB`, ok: kb <= 300 }],
    details: [
      `${js.files.length} file(s), ${(js.bytes / 1024).toFixed(0)} kB uncompressed: ${js.files
        .map((file) => `${file.path} ${(file.gzipBytes / 1024).toFixed(1)} kB gz`)
        .join(', ')}`,
    ],
  });
}

/** The built app in browser mode with the sample data: each reload from navigation start to the overview mark. */
export const startScenario: Scenario = {
  id: ID,
  name: NAME,
  timeoutMs: 120_000,
  async run({ log, signal }) {
    const missing = missingBuild();
    if (missing) {
      return [notMeasured(ID, NAME, TARGET, missing), notMeasured(SIZE_ID, SIZE_NAME, SIZE_TARGET, missing)];
    }
    const results: ScenarioResult[] = [];
    try {
      results.push(sizeResult(await reactFloorGzipBytes()));
    } catch (error) {
      results.push(notMeasured(SIZE_ID, SIZE_NAME, SIZE_TARGET, describeError(error)));
    }

    let app;
    try {
      app = await openSeededApp(signal);
    } catch (error) {
      return [notMeasured(ID, NAME, TARGET, describeError(error)), ...results];
    }
    try {
      const { page } = app;
      const reload = async (): Promise<LoadTimes> => {
        await page.reload({ waitUntil: 'load' });
        const overviewDrawn = await waitForOverviewMark(page);
        return page.evaluate(async (drawn) => {
          // Paint entries arrive after the frame is presented: let one frame pass before reading them.
          await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
          const navigation = performance.getEntriesByType('navigation')[0] as
            PerformanceNavigationTiming | undefined;
          const paint = performance.getEntriesByName('first-contentful-paint')[0];
          return {
            overviewDrawn: drawn,
            domContentLoaded: navigation?.domContentLoadedEventEnd ?? Number.NaN,
            firstContentfulPaint: paint ? paint.startTime : null,
          };
        }, overviewDrawn);
      };
      log(`${WARMUP} warm-up + ${RUNS} reloads …`);
      for (let i = 0; i < WARMUP; i++) await reload();
      const loads: LoadTimes[] = [];
      for (let i = 0; i < RUNS; i++) loads.push(await reload());
      const figure = loads.map((load) => load.overviewDrawn);
      const baseline = loads.map((load) => load.domContentLoaded);
      const paints = loads
        .map((load) => load.firstContentfulPaint)
        .filter((value): value is number => value !== null);
      results.unshift(
        timingResult({
          id: ID,
          name: NAME,
          targetDescription: TARGET,
          figure,
          baseline,
          baselineDescription: 'same app, domContentLoaded',
          maxMedianMs: 500,
          medianDecimals: 0,
          details: [
            describeSamples('navigation start → overview drawn', figure),
            describeSamples('navigation start → domContentLoaded', baseline),
            paints.length > 0
              ? describeSamples('navigation start → first contentful paint', paints)
              : 'first contentful paint: not reported',
          ],
        }),
      );
      return results;
    } finally {
      await app.close();
    }
  },
};
