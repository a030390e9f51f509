import { assertDocxContains } from '../lib/checks';
import { renderTemplate, templateData } from '../lib/docxtemplater-baseline';
import { loadLetterBench } from '../lib/letter-bench';
import { composeFor } from '../lib/project';
import { withIndicatorCount } from '../lib/synthetic-dataset';
import { notMeasured, result, type Scenario } from '../scenario';
import { describeSamples, measurePair, median } from '../stats';

const ID = '2';
const NAME = 'Large annex (1,000 indicators)';
const TARGET = '≤ 1 s median; growth per 10× ≤ 15';
const SIZES = [10, 100, 1000] as const;
/** Fewer runs for the big letter keeps the scenario well under a minute; still ≥ 5 after warm-up. */
const RUNS: Record<number, number> = { 10: 15, 100: 9, 1000: 7 };

/** Bilag 1 with 10, 100 and 1,000 indicators: the figure at 1,000, and how it grows per 10× step. */
export const largeAnnexScenario: Scenario = {
  id: ID,
  name: NAME,
  timeoutMs: 180_000,
  async run({ log, signal }) {
    const bench = await loadLetterBench();
    if ('notLoaded' in bench) return [notMeasured(ID, NAME, TARGET, bench.notLoaded)];
    const { pipeline, dataset: base, roundId, template } = bench;
    const medians = new Map<number, { figure: number; baseline: number }>();
    const details: string[] = [];
    let last: { figure: number[]; baseline: number[] } | undefined;

    for (const size of SIZES) {
      if (signal.aborted) throw new Error('afbrudt');
      const dataset = withIndicatorCount(base, size);
      const composed = composeFor(pipeline, dataset, roundId, 'buu');
      const rows = composed.annex.areas.reduce((sum, area) => sum + area.indicators.length, 0);
      if (rows !== size) throw new Error(`Bilag 1 har ${rows} indikatorer, ventede ${size}`);
      const data = templateData(composed);
      const lastRowName = composed.annex.areas.at(-1)?.indicators.at(-1)?.indicatorName ?? '';
      const projectLetter = async (): Promise<Uint8Array> =>
        pipeline.buildLetterDocx(composeFor(pipeline, dataset, roundId, 'buu'));
      assertDocxContains(await projectLetter(), [lastRowName], `buildLetterDocx (${size} indikatorer)`);
      assertDocxContains(
        renderTemplate(template, data),
        [lastRowName],
        `docxtemplater (${size} indikatorer)`,
      );

      log(`${size} indicators …`);
      const samples = await measurePair(projectLetter, () => renderTemplate(template, data), {
        warmup: 2,
        runs: RUNS[size] ?? 5,
      });
      medians.set(size, { figure: median(samples.figure), baseline: median(samples.baseline) });
      details.push(describeSamples(`${size} indicators, project`, samples.figure));
      details.push(describeSamples(`${size} indicators, docxtemplater`, samples.baseline));
      last = samples;
    }

    const growth = (from: number, to: number, key: 'figure' | 'baseline'): number =>
      (medians.get(to)?.[key] ?? Number.NaN) / (medians.get(from)?.[key] ?? Number.NaN);
    const steps = [
      [10, 100],
      [100, 1000],
    ] as const;
    details.push(
      `medians project: ${SIZES.map((size) => `${size} → ${medians.get(size)?.figure.toFixed(1)} ms`).join(', ')}`,
      `growth per 10× (project): ${steps.map(([a, b]) => `${a}→${b}: ${growth(a, b, 'figure').toFixed(1)}×`).join(', ')}`,
      `growth per 10× (docxtemplater): ${steps.map(([a, b]) => `${a}→${b}: ${growth(a, b, 'baseline').toFixed(1)}×`).join(', ')}`,
    );
    const at1000 = medians.get(1000);
    if (!at1000 || !last) throw new Error('ingen måling ved 1.000 indikatorer');
    return [
      result({
        id: ID,
        name: NAME,
        figure: { value: at1000.figure, unit: 'ms' },
        baseline: { value: at1000.baseline, unit: 'ms', description: 'docxtemplater, same 1,000 rows' },
        targetDescription: TARGET,
        checks: [
          { description: `median ${at1000.figure.toFixed(0)} ms > 1000 ms`, ok: at1000.figure <= 1000 },
          ...steps.map(([a, b]) => ({
            description: `growth ${a}→${b} ${growth(a, b, 'figure').toFixed(1)}× > 15× (worse than linear)`,
            ok: growth(a, b, 'figure') <= 15,
          })),
        ],
        details,
        samples: last.figure,
        baselineSamples: last.baseline,
      }),
    ];
  },
};
