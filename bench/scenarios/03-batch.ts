import { assertDocxContains } from '../lib/checks';
import { renderTemplate, templateData } from '../lib/docxtemplater-baseline';
import { loadLetterBench } from '../lib/letter-bench';
import { composeFor } from '../lib/project';
import { needsAttention } from '../../shared/letter/variant';
import { timingResult } from '../lib/timing-result';
import { notMeasured, type Scenario } from '../scenario';
import { describeSamples, measurePair, median } from '../stats';

const ID = '3';
const NAME = 'Batch: letters to every committee with red/yellow';
const TARGET = '≤ 500 ms total (median)';

/** One round, every committee except the sender whose areas include a red or yellow one: compose + .docx each. */
export const batchScenario: Scenario = {
  id: ID,
  name: NAME,
  timeoutMs: 120_000,
  async run({ log }) {
    const bench = await loadLetterBench();
    if ('notLoaded' in bench) return [notMeasured(ID, NAME, TARGET, bench.notLoaded)];
    const { pipeline, dataset, roundId, template } = bench;
    const statusOf = new Map(pipeline.computeAreaStatuses(dataset, roundId).map((s) => [s.areaId, s.status]));
    const recipients = dataset.committees
      .filter((committee) => committee.id !== dataset.sender.committeeId)
      .filter((committee) => committee.areaIds.some((id) => needsAttention(statusOf.get(id) ?? 'none')))
      .map((committee) => committee.id);
    if (recipients.length === 0)
      return [notMeasured(ID, NAME, TARGET, 'eksempeldata har intet udvalg med rød/gul')];

    // As the batch does it: statuses once for the round, then each letter.
    const projectBatch = async (): Promise<Uint8Array[]> => {
      const statuses = pipeline.computeAreaStatuses(dataset, roundId);
      const letters: Uint8Array[] = [];
      for (const id of recipients) {
        letters.push(await pipeline.buildLetterDocx(composeFor(pipeline, dataset, roundId, id, statuses)));
      }
      return letters;
    };
    const data = recipients.map((id) => templateData(composeFor(pipeline, dataset, roundId, id)));
    const templateBatch = (): Uint8Array[] => data.map((letterData) => renderTemplate(template, letterData));

    const first = await projectBatch();
    first.forEach((docx, index) => {
      const composed = composeFor(pipeline, dataset, roundId, recipients[index] ?? '');
      assertDocxContains(docx, [composed.salutation, composed.recipientCommitteeName], `brev ${index + 1}`);
    });

    log(`${recipients.length} letters per batch …`);
    const { figure, baseline } = await measurePair(projectBatch, templateBatch, { warmup: 3, runs: 11 });
    const figureMedian = median(figure);
    return [
      timingResult({
        id: ID,
        name: NAME,
        targetDescription: TARGET,
        figure,
        baseline,
        baselineDescription: 'docxtemplater, same letters',
        maxMedianMs: 500,
        medianDecimals: 0,
        details: [
          `${recipients.length} letters (${recipients.join(', ')}), round ${roundId}; ${(figureMedian / recipients.length).toFixed(1)} ms per letter`,
          describeSamples('project batch', figure),
          describeSamples('docxtemplater batch', baseline),
        ],
      }),
    ];
  },
};
