import { assertDocxContains } from '../lib/checks';
import { buildFloorDocx, floorContent } from '../lib/docx-floor';
import { renderTemplate, templateData } from '../lib/docxtemplater-baseline';
import { loadLetterBench } from '../lib/letter-bench';
import { composeFor } from '../lib/project';
import { timingResult } from '../lib/timing-result';
import { notMeasured, type Scenario } from '../scenario';
import { describeSamples, measure, measurePair, median } from '../stats';

const ID = '1';
const NAME = 'Letter → .docx (reference letter)';
const TARGET = '≤ 50 ms median and ratio ≤ 1.0';
const FLOOR_NAME = 'Letter → .docx, buildLetterDocx against docx alone (library floor)';
const FLOOR_TARGET = '≤ 50 ms median (ratio = what the project adds)';

/** Reference letter (sample data, BUU/uddannelse, annex of all areas) from data to .docx bytes. */
export const letterDocxScenario: Scenario = {
  id: ID,
  name: NAME,
  timeoutMs: 90_000,
  async run({ log }) {
    const bench = await loadLetterBench();
    if ('notLoaded' in bench) return [notMeasured(ID, NAME, TARGET, bench.notLoaded)];
    const { pipeline, dataset, roundId, template } = bench;

    const projectLetter = async (): Promise<Uint8Array> =>
      pipeline.buildLetterDocx(composeFor(pipeline, dataset, roundId, 'buu'));
    const composed = composeFor(pipeline, dataset, roundId, 'buu');
    const data = templateData(composed);
    const indicatorCount = composed.annex.areas.reduce((sum, area) => sum + area.indicators.length, 0);

    // Both must hold the letter before their speed means anything.
    const expected = [composed.salutation, composed.annex.title, composed.annex.areas[0]?.areaName ?? ''];
    assertDocxContains(await projectLetter(), expected, 'buildLetterDocx');
    assertDocxContains(renderTemplate(template, data), expected, 'docxtemplater');
    const floor = floorContent(composed);
    assertDocxContains(await buildFloorDocx(floor), expected, 'docx alone');

    log('timing project pipeline against docxtemplater (alternating) …');
    const { figure, baseline } = await measurePair(projectLetter, () => renderTemplate(template, data), {
      warmup: 5,
      runs: 31,
    });

    log('timing buildLetterDocx against the same document built with docx alone (alternating) …');
    const floorPair = await measurePair(
      () => pipeline.buildLetterDocx(composed),
      () => buildFloorDocx(floor),
      { warmup: 5, runs: 31 },
    );

    // Where the time goes: each step of the pipeline alone.
    const statuses = pipeline.computeAreaStatuses(dataset, roundId);
    const steps = {
      statuses: await measure(() => pipeline.computeAreaStatuses(dataset, roundId), { warmup: 3, runs: 21 }),
      compose: await measure(() => composeFor(pipeline, dataset, roundId, 'buu', statuses), {
        warmup: 3,
        runs: 21,
      }),
      docx: await measure(() => pipeline.buildLetterDocx(composed), { warmup: 3, runs: 21 }),
    };
    const bytes = (await projectLetter()).length;
    return [
      timingResult({
        id: ID,
        name: NAME,
        targetDescription: TARGET,
        figure,
        baseline,
        baselineDescription: 'docxtemplater render+generate, same content',
        maxMedianMs: 50,
        medianDecimals: 1,
        maxRatio: 1,
        details: [
          `letter: ${composed.annex.areas.length} areas, ${indicatorCount} indicators in Bilag 1, ${(bytes / 1024).toFixed(1)} kB .docx`,
          describeSamples('project (statuses+fingerprint+compose+docx)', figure),
          describeSamples('docxtemplater (load+render+generate)', baseline),
          `breakdown (medians): statuses ${median(steps.statuses).toFixed(2)} ms, compose incl. fingerprint ${median(steps.compose).toFixed(2)} ms, buildLetterDocx ${median(steps.docx).toFixed(1)} ms`,
          `ratio against docx alone (library floor): ${(median(floorPair.figure) / median(floorPair.baseline)).toFixed(2)}× (see [1b])`,
        ],
      }),
      timingResult({
        id: '1b',
        name: FLOOR_NAME,
        targetDescription: FLOOR_TARGET,
        figure: floorPair.figure,
        baseline: floorPair.baseline,
        baselineDescription: 'docx alone: same paragraphs, tables and text, no project logic',
        maxMedianMs: 50,
        medianDecimals: 1,
        details: [
          describeSamples('buildLetterDocx (composed letter → bytes)', floorPair.figure),
          describeSamples('docx alone (Document + Packer, plain runs and tables)', floorPair.baseline),
          `ratio against docxtemplater (whole pipeline): ${(median(figure) / median(baseline)).toFixed(2)}× (see [1])`,
          'the difference is the project: named styles, layout (contact frame, sections, fixed table widths), keep rules, shading, fields with cached results, app.xml',
        ],
      }),
    ];
  },
};
