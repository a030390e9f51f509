import { composeFor, latestRoundId, loadLetterPipeline, referenceDataset } from './lib/project';
import { withIndicatorCount } from './lib/synthetic-dataset';

/**
 * Profiling aid for scenarios 1–2: `node --import tsx --cpu-prof --cpu-prof-dir=/tmp/prof bench/profile-docx.ts [count|sample] [runs]`
 * builds the letter with `count` indicators (default 1,000) a few times; bench/summarize-profile.ts reads the result.
 */
const argument = process.argv[2] ?? '1000';
const runs = Number(process.argv[3] ?? 6);
const pipeline = await loadLetterPipeline();
const base = referenceDataset(pipeline);
// "sample": the reference letter itself (scenario 1); a number: that many invented indicators (scenario 2).
const dataset = argument === 'sample' ? base : withIndicatorCount(base, Number(argument));
const count = dataset.indicators.length;
const roundId = latestRoundId(dataset);
for (let i = 0; i < runs; i++) {
  const start = performance.now();
  const composed = composeFor(pipeline, dataset, roundId, 'buu');
  const composedAt = performance.now();
  const bytes = await pipeline.buildLetterDocx(composed);
  const end = performance.now();
  if (runs <= 10 || i >= runs - 3)
    console.log(
      `${count} indicators: compose ${(composedAt - start).toFixed(1)} ms, docx ${(end - composedAt).toFixed(1)} ms, ${bytes.length} bytes`,
    );
}
