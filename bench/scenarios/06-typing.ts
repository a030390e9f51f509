import type { Page } from 'playwright-core';
import { missingBuild, openSeededApp } from '../lib/app';
import { withTimeout } from '../lib/bundle';
import { timingResult } from '../lib/timing-result';
import { describeError, notMeasured, type Scenario } from '../scenario';
import { describeSamples } from '../stats';

const ID = '6';
const NAME = 'Typing in the letter editor → preview';
const TARGET = '≤ 16 ms median';
const WARMUP = 5;
const RUNS = 25;
const MARKER = 'QzQ';
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

declare global {
  interface Window {
    __typingBench?: {
      lastKeydown: number;
      /** Resolves with [ms keydown → target updated, ms keydown → next frame after that]. */
      waitFor: (selector: string, expected: string, event: 'mutation' | 'input') => Promise<[number, number]>;
    };
  }
}

/** Listens in the page: keydown (capture) stamps the time; a MutationObserver or input event ends it. */
async function installProbe(page: Page): Promise<void> {
  // tsx compiles with esbuild's keepNames, which wraps named closures in __name(): give the page a no-op one.
  await page.evaluate('globalThis.__name = (fn) => fn');
  await page.evaluate(() => {
    const probe = {
      lastKeydown: 0,
      waitFor(selector: string, expected: string, event: 'mutation' | 'input'): Promise<[number, number]> {
        const target = document.querySelector(selector);
        if (!target) return Promise.reject(new Error(`${selector} findes ikke`));
        return new Promise((resolve) => {
          const finish = (): void => {
            const updated = performance.now() - probe.lastKeydown;
            requestAnimationFrame(() => resolve([updated, performance.now() - probe.lastKeydown]));
          };
          if (event === 'input') {
            target.addEventListener('input', finish, { once: true });
            return;
          }
          const observer = new MutationObserver(() => {
            if ((target.textContent ?? '').includes(expected)) {
              observer.disconnect();
              finish();
            }
          });
          observer.observe(target, { subtree: true, childList: true, characterData: true });
        });
      },
    };
    document.addEventListener('keydown', () => (probe.lastKeydown = performance.now()), { capture: true });
    window.__typingBench = probe;
  });
}

/** Types `count` letters one by one into the focused element, timing each with the page's probe. */
async function timeKeystrokes(
  page: Page,
  selector: string,
  event: 'mutation' | 'input',
  typedBefore: string,
  count: number,
): Promise<{ updated: number[]; frame: number[]; typed: string }> {
  const updated: number[] = [];
  const frame: number[] = [];
  let typed = typedBefore;
  for (let i = 0; i < count; i++) {
    const letter = LETTERS[i % LETTERS.length] ?? 'a';
    typed += letter;
    const pending = page.evaluate(
      ([sel, expected, kind]) =>
        window.__typingBench?.waitFor(sel, expected, kind) ?? Promise.reject(new Error('probe mangler')),
      [selector, typed, event] as const,
    );
    // Awaited below; until then a rejection must not count as unhandled.
    pending.catch(() => undefined);
    // The observer must be listening before the key goes down.
    await page.waitForTimeout(0);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));
    await page.keyboard.press(letter);
    const [toUpdate, toFrame] = await withTimeout(pending, 10_000, `tastetryk ${i + 1} (${selector})`);
    updated.push(toUpdate);
    frame.push(toFrame);
  }
  return { updated, frame, typed };
}

/** The reference letter (BUU, uddannelse) open in the editor: keystroke → preview shows the character. */
export const typingScenario: Scenario = {
  id: ID,
  name: NAME,
  timeoutMs: 120_000,
  async run({ log, signal }) {
    const missing = missingBuild();
    if (missing) return [notMeasured(ID, NAME, TARGET, missing)];
    let app;
    try {
      app = await openSeededApp(signal);
    } catch (error) {
      return [notMeasured(ID, NAME, TARGET, describeError(error))];
    }
    try {
      const { page } = app;
      log('creating the reference letter through «Nyt brev» …');
      try {
        await page.goto(`${app.server.url}#/breve/ny`);
        await page.getByRole('radio', { name: /Børne- og Ungdomsudvalget/ }).check({ timeout: 15_000 });
        await page.getByRole('button', { name: 'Opret udkast' }).click({ timeout: 10_000 });
        await page
          .getByRole('heading', { name: /Brev til Børne- og Ungdomsudvalget/ })
          .waitFor({ timeout: 15_000 });
      } catch (error) {
        return [
          notMeasured(ID, NAME, TARGET, `brevet kunne ikke oprettes via «Nyt brev»: ${describeError(error)}`),
        ];
      }
      const preview = '.letter-preview';
      const editor = page.locator('#paragraph-p-closing');
      if ((await page.locator(preview).count()) === 0 || (await editor.count()) === 0) {
        return [
          notMeasured(ID, NAME, TARGET, 'editoren viser ingen .letter-preview eller #paragraph-p-closing'),
        ];
      }
      await installProbe(page);
      await editor.click();
      await page.keyboard.press('End');
      await page.keyboard.type(` ${MARKER}`);
      await page.waitForFunction(
        ([sel, marker]) => (document.querySelector(sel)?.textContent ?? '').includes(marker),
        [preview, MARKER] as const,
        { timeout: 10_000 },
      );

      log(`${WARMUP} warm-up + ${RUNS} keystrokes in the editor …`);
      const warm = await timeKeystrokes(page, preview, 'mutation', MARKER, WARMUP);
      const typing = await timeKeystrokes(page, preview, 'mutation', warm.typed, RUNS);

      // Baseline: a plain <textarea> on the same page, keystroke → input event.
      await page.evaluate(() => {
        const area = document.createElement('textarea');
        area.id = 'bench-textarea';
        area.setAttribute('aria-label', 'bench');
        area.style.cssText = 'position:fixed;left:8px;bottom:8px;width:300px;height:60px;z-index:99999';
        document.body.append(area);
      });
      await page.locator('#bench-textarea').focus();
      log(`${WARMUP} warm-up + ${RUNS} keystrokes in a plain textarea …`);
      await timeKeystrokes(page, '#bench-textarea', 'input', '', WARMUP);
      const plain = await timeKeystrokes(page, '#bench-textarea', 'input', '', RUNS);

      return [
        timingResult({
          id: ID,
          name: NAME,
          targetDescription: TARGET,
          figure: typing.updated,
          baseline: plain.updated,
          baselineDescription: 'plain <textarea>, keydown → input',
          maxMedianMs: 16,
          medianDecimals: 1,
          details: [
            describeSamples('editor: keydown → preview text updated', typing.updated),
            describeSamples('editor: keydown → next frame after the update', typing.frame),
            describeSamples('textarea: keydown → input event', plain.updated),
            describeSamples('textarea: keydown → next frame', plain.frame),
          ],
        }),
      ];
    } finally {
      await app.close();
    }
  },
};
