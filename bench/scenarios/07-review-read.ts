import { strFromU8, unzipSync } from 'fflate';
import type { ComposedLetter } from '../../shared/letter/types';
import { loadLetterBench } from '../lib/letter-bench';
import { composeFor } from '../lib/project';
import { withIndicatorCount } from '../lib/synthetic-dataset';
import { timingResult } from '../lib/timing-result';
import { describeError, notMeasured, type Scenario } from '../scenario';
import { describeSamples, measurePair } from '../stats';

const ID = '7';
const NAME = 'Reviewed .docx → on-screen list (20 pages, 50 comments, 50 changes)';
const TARGET = '≤ 200 ms median and ratio ≤ 3.0';
/** Body paragraphs added to the reference letter, and indicators in Bilag 1: 20 pages as LibreOffice lays them out. */
const EXTRA_PARAGRAPHS = 45;
const INDICATORS = 180;
const FEEDBACK = 50;

const SENTENCE =
  'Udvalget har drøftet barometrets resultater for området og noterer sig, at udviklingen siden basismålingen ' +
  'er gået i den rigtige retning på flere indikatorer, mens andre står stille. ';

/** The reference letter made long: extra body paragraphs (about 80 words each) and a big Bilag 1. */
function longLetter(base: ComposedLetter): ComposedLetter {
  const extra = Array.from({ length: EXTRA_PARAGRAPHS }, (_unused, index) => ({
    id: `p-ekstra-${index + 1}`,
    role: 'custom' as const,
    runs: [{ text: `Afsnit ${index + 1}. ${SENTENCE.repeat(3)}`.trim() }],
    editedByUser: true,
  }));
  const [first, ...rest] = base.paragraphs;
  return { ...base, paragraphs: [...(first ? [first] : []), ...extra, ...rest] };
}

/**
 * The drafter takes back a long reviewed letter: a 20-page review copy with 50 comments (each on a phrase) and 50
 * suggested changes (tracked, word-level), written by the in-app reviewer, read into the on-screen list
 * (readReviewedDocx + placeOnDraft). Baseline: merely unzipping the same file's XML parts and parsing them with the
 * same XML parser (htmlparser2 into the review module's tree), in the same run: what reading costs at the least.
 */
export const reviewReadScenario: Scenario = {
  id: ID,
  name: NAME,
  timeoutMs: 120_000,
  async run({ log }) {
    const bench = await loadLetterBench();
    if ('notLoaded' in bench) return [notMeasured(ID, NAME, TARGET, bench.notLoaded)];
    let review: typeof import('../../shared/review');
    let xml: typeof import('../../shared/review/xml');
    let pages: typeof import('../../shared/docx/page-estimate');
    try {
      review = await import('../../shared/review');
      xml = await import('../../shared/review/xml');
      pages = await import('../../shared/docx/page-estimate');
    } catch (error) {
      return [notMeasured(ID, NAME, TARGET, describeError(error))];
    }
    const { pipeline, dataset, roundId } = bench;
    const letter = longLetter(composeFor(pipeline, withIndicatorCount(dataset, INDICATORS), roundId, 'buu'));
    const sent = review.reviewParagraphsOf(letter);
    const copy = await review.buildReviewDocx(letter, {
      letterId: 'bench-brev',
      revision: 4,
      copyId: 'bench-kopi',
      sentAt: '2026-11-30T12:00:00.000Z',
      paragraphs: sent,
    });
    // 50 comments on a phrase and 50 suggested changes (one word replaced), one of each on 50 body paragraphs.
    const body = sent.filter((paragraph) => paragraph.role !== review.ANNEX_AREA_ROLE).slice(0, FEEDBACK);
    if (body.length < FEEDBACK) throw new Error(`brevet har kun ${body.length} afsnit, ventede ${FEEDBACK}`);
    const feedback = body.map((paragraph, index) => {
      const words = paragraph.text.split(' ');
      const phrase = words.slice(2, 5).join(' ');
      const replaced = [
        ...words.slice(0, 6),
        index % 2 === 0 ? 'tydeligt' : 'markant',
        ...words.slice(7),
      ].join(' ');
      return {
        paragraphId: paragraph.id,
        comments: [{ text: `Kommentar ${index + 1}: kan det siges mere præcist?`, quote: phrase }],
        replacement: replaced,
      };
    });
    const reviewed = review.writeReviewerFeedback(copy, feedback, {
      author: 'Bench Udvalgsmedlem',
      date: '2026-12-01T09:00:00Z',
    });

    const readIntoList = () => review.placeOnDraft(review.readReviewedDocx(reviewed, 'gennemsyn.docx'), sent);
    // The list must hold what the reviewer wrote before its speed means anything.
    const list = readIntoList();
    const comments = list.paragraphs.reduce((sum, paragraph) => sum + paragraph.comments.length, 0);
    const changes = list.paragraphs.reduce((sum, paragraph) => sum + paragraph.changes.length, 0);
    if (comments !== FEEDBACK || changes !== FEEDBACK || list.unplaced.length > 0) {
      throw new Error(
        `listen har ${comments} kommentarer og ${changes} ændringer, ventede ${FEEDBACK} af hver`,
      );
    }

    const WANTED =
      /^(?:\[Content_Types\]\.xml|word\/document\.xml|word\/comments\.xml|word\/commentsExtended\.xml|docProps\/custom\.xml|customXml\/item\d+\.xml)$/;
    const unzipAndParse = (): number => {
      const parts = unzipSync(reviewed, { filter: (file) => WANTED.test(file.name) });
      let elements = 0;
      for (const [name, data] of Object.entries(parts)) {
        elements += xml.parseXml(strFromU8(data), name, 'bench').children.length;
      }
      return elements;
    };

    log('timing readReviewedDocx + placeOnDraft against unzip + XML parse of the same parts (alternating) …');
    const { figure, baseline } = await measurePair(readIntoList, unzipAndParse, { warmup: 3, runs: 21 });
    const estimate = pages.estimatePages(letter);
    const documentBytes = unzipSync(reviewed, { filter: (file) => file.name === 'word/document.xml' })[
      'word/document.xml'
    ]?.length;
    return [
      timingResult({
        id: ID,
        name: NAME,
        targetDescription: TARGET,
        figure,
        baseline,
        baselineDescription: 'unzip + parse of the same XML parts, same parser',
        maxMedianMs: 200,
        medianDecimals: 1,
        maxRatio: 3,
        details: [
          `letter: ${letter.paragraphs.length} body paragraphs, ${INDICATORS} indicators in Bilag 1, about ${estimate.total} pages; .docx ${(reviewed.length / 1024).toFixed(0)} kB, document.xml ${((documentBytes ?? 0) / 1024).toFixed(0)} kB`,
          `read into the list: ${list.paragraphs.length} paragraphs, ${comments} comments, ${changes} changes, ${list.unplaced.length} unplaced`,
          describeSamples('readReviewedDocx + placeOnDraft', figure),
          describeSamples('unzip + parse only', baseline),
        ],
      }),
    ];
  },
};
