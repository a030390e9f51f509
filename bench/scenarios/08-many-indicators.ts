import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startStaticServer } from '../../scripts/static-server';
import { DIST_DIR, missingBuild, OVERVIEW_MARK } from '../lib/app';
import { openBrowser } from '../lib/browser';
import { manyIndicatorsCsv } from '../lib/many-indicators';
import { describeError, notMeasured, result, type Scenario, type ScenarioResult } from '../scenario';
import { describeSamples, median } from '../stats';

const ID = '8';
const NAME = 'Many indicators: longest main-thread task after the import';
const TARGET = 'no task > 200 ms from the import confirmed, on the Data screen and on to the overview';
const DRAWN_ID = '8b';
const DRAWN_NAME = 'Many indicators: «Importér» → overview drawn';
const DRAWN_TARGET = '≤ 3 s median (store + overview)';
const AREA_ID = '8c';
const AREA_NAME = 'Many indicators: open an area of 3,334 indicators';
const AREA_TARGET = 'first indicator ≤ 1 s median, no task > 200 ms until 100 are drawn';
const INDICATORS = 20_000;
const ROUNDS = 5;
const RUNS = 3;
const MAX_TASK_MS = 200;

interface Run {
  /** «Importér» clicked → the import's confirmation shown. */
  storeMs: number;
  /** Import confirmed → the Data screen shows the imported data (its grid's first 100 rows). */
  dataDrawnMs: number;
  /** «Oversigt» clicked → the overview's six area cards drawn (performance mark). */
  overviewMs: number;
  /** «Importér» clicked → confirmed, plus «Oversigt» clicked → overview drawn (the second on the Data screen left out). */
  totalMs: number;
  /** Longest main-thread task (PerformanceObserver 'longtask') from the import confirmed, through the Data screen's redraw, until one second after the overview. */
  longestTaskMs: number;
  /** Tasks over 200 ms in that window. */
  tasksOver: number;
  /** Longest task while the import was stored («Importér» → confirmed). */
  longestStoreTaskMs: number;
  /** Longest task while the file was read and its preview made (file chosen → «Forhåndsvisning»). */
  longestReadTaskMs: number;
  /** Click on the Uddannelse card → its first indicator drawn; → 100 drawn (the rest on request). */
  areaFirstMs: number;
  areaHundredMs: number;
  /** Longest task from that click until 100 indicators are drawn. */
  areaLongestTaskMs: number;
  /** Longest task while the sample data's overview was drawn on a fresh start, the baseline. */
  baselineTaskMs: number;
}

/** Installed before any page script: every long task of the page, kept on window for the bench to read. */
function recordLongTasks(): void {
  const tasks: { start: number; duration: number }[] = [];
  (window as unknown as { benchLongTasks: typeof tasks }).benchLongTasks = tasks;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
}

async function longestSince(
  page: Page,
  since: number,
  until = Number.POSITIVE_INFINITY,
): Promise<{ longest: number; over: number }> {
  return page.evaluate(
    ({ from, to, limit }) => {
      const tasks = (window as unknown as { benchLongTasks: { start: number; duration: number }[] })
        .benchLongTasks;
      // A task counts for the window it ends in.
      const after = tasks.filter(
        (task) => task.start + task.duration >= from && task.start + task.duration < to,
      );
      return {
        longest: Math.max(0, ...after.map((task) => task.duration)),
        over: after.filter((task) => task.duration > limit).length,
      };
    },
    { from: since, to: until, limit: MAX_TASK_MS },
  );
}

async function oneRun(url: string, csvPath: string, signal: AbortSignal): Promise<Run> {
  const browser = await openBrowser(signal);
  try {
    const { page } = browser;
    await page.addInitScript(recordLongTasks);
    // Baseline: the longest task while the (empty) app starts on the Data screen, in the same profile.
    await page.goto(`${url}#/data`);
    await page.getByLabel('Vælg fil til import').waitFor({ timeout: 20_000 });
    await page.waitForTimeout(500);
    const baselineTaskMs = (await longestSince(page, 0)).longest;

    const chosenAt = await page.evaluate(() => performance.now());
    await page.getByLabel('Vælg fil til import').setInputFiles(csvPath);
    await page.getByRole('heading', { name: 'Forhåndsvisning' }).waitFor({ timeout: 120_000 });
    const previewAt = await page.evaluate(() => performance.now());
    const reading = await longestSince(page, chosenAt, previewAt);
    await page.waitForTimeout(500);
    const clickedAt = await page.evaluate(() => performance.now());
    await page.getByRole('button', { name: 'Importér', exact: true }).click();
    await page.getByText('er importeret').waitFor({ timeout: 120_000 });
    const storedAt = await page.evaluate(() => performance.now());
    // A user stays on the Data screen after the import: wait until it shows the imported data (its editors
    // are drawn after the confirmation; leaving at once would skip that drawing and hide its tasks).
    await page
      .getByRole('option', { name: `Alle områder (${INDICATORS.toLocaleString('da-DK')} indikatorer)` })
      .waitFor({ state: 'attached', timeout: 120_000 });
    await page.getByText(/^Viser 100 af/).waitFor({ timeout: 120_000 });
    const dataDrawnAt = await page.evaluate(() => performance.now());
    await page.waitForTimeout(1000);
    const openedAt = await page.evaluate(() => performance.now());
    await page.getByRole('navigation').getByRole('link', { name: 'Oversigt', exact: true }).click();
    const drawnAt = (await (
      await page.waitForFunction(
        (name) => performance.getEntriesByName(name)[0]?.startTime ?? false,
        OVERVIEW_MARK,
        { timeout: 120_000 },
      )
    ).jsonValue()) as number;
    const cards = await page.locator('.area-card').count();
    if (cards !== 6) throw new Error(`oversigten viste ${cards} områdekort, ventede 6`);
    // Let whatever the overview scheduled (idle chunks, live-query re-reads) run before reading the tasks.
    await page.waitForTimeout(1000);
    const { longest, over } = await longestSince(page, storedAt);
    const during = await longestSince(page, clickedAt, storedAt);

    // The overview's cards open the area screen: Uddannelse holds 3,334 of the 20,000 indicators.
    const areaClickedAt = await page.evaluate(() => performance.now());
    await page.locator('.area-card', { hasText: 'Uddannelse' }).locator('a').click();
    await page.locator('section.area-indicator').first().waitFor({ timeout: 120_000 });
    const firstAt = await page.evaluate(() => performance.now());
    await page.getByText(/^Viser 100 af/).waitFor({ timeout: 120_000 });
    const hundredAt = await page.evaluate(() => performance.now());
    const area = await longestSince(page, areaClickedAt, hundredAt);
    if (browser.pageErrors.length > 0) throw new Error(`fejl i siden: ${browser.pageErrors[0]}`);
    return {
      storeMs: storedAt - clickedAt,
      dataDrawnMs: dataDrawnAt - storedAt,
      overviewMs: drawnAt - openedAt,
      totalMs: storedAt - clickedAt + (drawnAt - openedAt),
      longestTaskMs: longest,
      tasksOver: over,
      longestStoreTaskMs: during.longest,
      longestReadTaskMs: reading.longest,
      areaFirstMs: firstAt - areaClickedAt,
      areaHundredMs: hundredAt - areaClickedAt,
      areaLongestTaskMs: area.longest,
      baselineTaskMs,
    };
  } finally {
    await browser.close();
  }
}

/**
 * Issue 11, item 9: 100,000 rows with 20,000 indicators imported through the Data screen of the built app in
 * Chromium (fresh profile each run), then the overview opened. Long tasks are observed in the page with
 * PerformanceObserver('longtask'); timings come from performance.now() and the overview's performance mark.
 */
export const manyIndicatorsScenario: Scenario = {
  id: ID,
  name: NAME,
  timeoutMs: 600_000,
  async run({ log, signal }) {
    const missing = missingBuild();
    if (missing) {
      return [
        notMeasured(ID, NAME, TARGET, missing),
        notMeasured(DRAWN_ID, DRAWN_NAME, DRAWN_TARGET, missing),
        notMeasured(AREA_ID, AREA_NAME, AREA_TARGET, missing),
      ];
    }
    const dir = mkdtempSync(join(tmpdir(), 'barometerbrev-many-'));
    const csvPath = join(dir, 'mange-indikatorer.csv');
    const server = await startStaticServer(DIST_DIR);
    try {
      const bytes = manyIndicatorsCsv(INDICATORS, ROUNDS);
      writeFileSync(csvPath, bytes);
      const runs: Run[] = [];
      for (let i = 0; i < RUNS; i++) {
        log(`run ${i + 1}/${RUNS} (${(bytes.length / 1024 / 1024).toFixed(1)} MB CSV) …`);
        runs.push(await oneRun(server.url, csvPath, signal));
      }
      const longest = runs.map((run) => run.longestTaskMs);
      const baseline = runs.map((run) => run.baselineTaskMs);
      const total = runs.map((run) => run.totalMs);
      const worst = Math.max(...longest);
      const file = `file: ${INDICATORS.toLocaleString('en')} indicators × ${ROUNDS} rounds = ${(INDICATORS * ROUNDS).toLocaleString('en')} rows, ${(bytes.length / 1024 / 1024).toFixed(1)} MB; ${RUNS} runs, fresh profile each`;
      const results: ScenarioResult[] = [
        result({
          id: ID,
          name: NAME,
          figure: { value: median(longest), unit: 'ms' },
          baseline: {
            value: median(baseline),
            unit: 'ms',
            description: 'longest task while the empty app starts (same profile)',
          },
          targetDescription: TARGET,
          checks: [
            {
              description: `longest task ${worst.toFixed(0)} ms > ${MAX_TASK_MS} ms`,
              ok: worst <= MAX_TASK_MS,
            },
          ],
          details: [
            file,
            describeSamples(
              'longest main-thread task, import confirmed → Data screen redrawn → overview drawn + 1 s',
              longest,
            ),
            `tasks over ${MAX_TASK_MS} ms in that window, per run: ${runs.map((run) => run.tasksOver).join(', ')}`,
            describeSamples(
              'longest task while storing («Importér» → confirmed; not part of the target)',
              runs.map((run) => run.longestStoreTaskMs),
            ),
            describeSamples(
              'longest task while reading the file and making the preview (not part of the target)',
              runs.map((run) => run.longestReadTaskMs),
            ),
            describeSamples('longest task at start-up (baseline)', baseline),
          ],
          samples: longest,
          baselineSamples: baseline,
        }),
        result({
          id: DRAWN_ID,
          name: DRAWN_NAME,
          figure: { value: median(total), unit: 'ms' },
          baseline: null,
          targetDescription: DRAWN_TARGET,
          checks: [
            { description: `median ${median(total).toFixed(0)} ms > 3000 ms`, ok: median(total) <= 3000 },
          ],
          details: [
            describeSamples(
              '«Importér» → import confirmed',
              runs.map((run) => run.storeMs),
            ),
            describeSamples(
              'import confirmed → Data screen shows the imported data (not counted in the figure)',
              runs.map((run) => run.dataDrawnMs),
            ),
            describeSamples(
              '«Oversigt» → overview drawn',
              runs.map((run) => run.overviewMs),
            ),
          ],
          samples: total,
        }),
        result({
          id: AREA_ID,
          name: AREA_NAME,
          figure: { value: median(runs.map((run) => run.areaFirstMs)), unit: 'ms' },
          baseline: null,
          targetDescription: AREA_TARGET,
          checks: [
            {
              description: `median ${median(runs.map((run) => run.areaFirstMs)).toFixed(0)} ms > 1000 ms`,
              ok: median(runs.map((run) => run.areaFirstMs)) <= 1000,
            },
            {
              description: `longest task ${Math.max(...runs.map((run) => run.areaLongestTaskMs)).toFixed(0)} ms > ${MAX_TASK_MS} ms`,
              ok: Math.max(...runs.map((run) => run.areaLongestTaskMs)) <= MAX_TASK_MS,
            },
          ],
          details: [
            describeSamples(
              'click on the card → first indicator drawn',
              runs.map((run) => run.areaFirstMs),
            ),
            describeSamples(
              'click on the card → 100 indicators drawn',
              runs.map((run) => run.areaHundredMs),
            ),
            describeSamples(
              'longest task until 100 are drawn',
              runs.map((run) => run.areaLongestTaskMs),
            ),
          ],
          samples: runs.map((run) => run.areaFirstMs),
        }),
      ];
      return results;
    } catch (error) {
      return [
        notMeasured(ID, NAME, TARGET, describeError(error)),
        notMeasured(DRAWN_ID, DRAWN_NAME, DRAWN_TARGET, describeError(error)),
        notMeasured(AREA_ID, AREA_NAME, AREA_TARGET, describeError(error)),
      ];
    } finally {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
