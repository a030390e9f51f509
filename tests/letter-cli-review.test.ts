/**
 * The review loop on the command line (issue 8): `--review` writes the review copy, `comments FILE.docx` prints what a
 * reviewed file holds as JSON, and a bad file gets a Danish message with exit code 1.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runLetterCli } from './letter-cli-run';
import { parseLetterArgs } from '../scripts/letter-cli/args';
import { readReviewedDocx, writeReviewerFeedback } from '../shared/review';

const CSV = [
  'område;indikator_id;indikator;hovedindikator;enhed;retning;måling;værdi;basis_periode;basis_værdi;mål_periode;mål_værdi',
  'Beskæftigelse;besk-1;Beskæftigelsesfrekvens;ja;%;op;Maj 2008;52,0;2006;48,0;2010;60,0',
  'Uddannelse;udd-1;Andel tosprogede unge med en ungdomsuddannelse;ja;%;op;Maj 2008;44,0;2006;45,0;2010;55,0',
  'Bolig;bol-1;Andel i udsatte boligområder;ja;%;ned;Maj 2008;20,0;2006;22,0;2010;15,0',
].join('\r\n');

describe('parseLetterArgs --review', () => {
  it('reads --review and --reviewer', () => {
    const options = parseLetterArgs([
      '--data',
      'd.csv',
      '--committee',
      'buu',
      '--out',
      'b.docx',
      '--review',
      '--reviewer',
      'Pia Allerslev',
    ]);
    expect(options).toMatchObject({ review: true, reviewer: 'Pia Allerslev' });
    expect(
      parseLetterArgs(['--data', 'd.csv', '--committee', 'buu', '--out', 'b.docx']).review,
    ).toBeUndefined();
  });
});

describe('npm run letter: review copy and comments (spawned)', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'barometerbrev-cli-review-'));
    await writeFile(join(dir, 'data.csv'), CSV);
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  const cli = runLetterCli;

  it('writes a review copy with --review, and comments prints what a reviewer answered as JSON', async () => {
    const out = join(dir, 'gennemsyn.docx');
    const result = await cli([
      '--data',
      join(dir, 'data.csv'),
      '--committee',
      'buu',
      '--date',
      '2008-05-16',
      '--out',
      out,
      '--review',
      '--reviewer',
      'Pia Allerslev',
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /Gennemsynskopien af brevet .* er gemt i .*\(revision 1, brev-id [0-9a-f-]{36}, kopi-id/,
    );
    const copy = new Uint8Array(await readFile(out));
    const headers = Object.entries(unzipSync(copy))
      .filter(([name]) => name.startsWith('word/header'))
      .map(([, data]) => strFromU8(data))
      .join('');
    expect(headers).toContain('UDKAST TIL GENNEMSYN – revision 1 – ');
    expect(headers).toContain('til Pia Allerslev');
    const sent = readReviewedDocx(copy);
    expect(sent).toMatchObject({ revision: 0, hasAnchors: true, unplaced: [] });
    const call = sent.paragraphs.find((paragraph) => paragraph.id === 'p-computed-call');
    expect(call).toBeDefined();

    const answered = writeReviewerFeedback(
      copy,
      [
        {
          paragraphId: 'p-computed-call',
          comments: [{ text: 'Godt formuleret.', quote: 'uddannelsesområdet' }],
          replacement: `${call?.sentText ?? ''} Tak.`,
        },
      ],
      { author: 'Bo', date: '2026-12-01T08:00:00Z' },
    );
    await writeFile(join(dir, 'svar.docx'), answered);
    const printed = await cli(['comments', join(dir, 'svar.docx')]);
    expect(printed.code).toBe(0);
    const json = JSON.parse(printed.stdout) as {
      letterId: string;
      revision: number;
      paragraphs: { id: string; text: string; comments: unknown[]; changes: unknown[] }[];
      unplaced: unknown[];
    };
    expect(json.letterId).toBe(sent.letterId);
    // As the copy's mark says: a letter never saved is revision 1 to people (stored counter 0).
    expect(json.revision).toBe(1);
    expect(json.unplaced).toEqual([]);
    const printedCall = json.paragraphs.find((paragraph) => paragraph.id === 'p-computed-call');
    expect(printedCall).toMatchObject({
      text: call?.sentText,
      comments: [
        { author: 'Bo', date: '2026-12-01T08:00:00Z', text: 'Godt formuleret.', quote: 'uddannelsesområdet' },
      ],
      changes: [{ before: call?.sentText, after: `${call?.sentText ?? ''} Tak.`, tracked: true }],
    });
  }, 120_000);

  it('refuses a file that is not a .docx, or missing, in Danish with exit code 1', async () => {
    await writeFile(join(dir, 'noter.docx'), 'bare tekst');
    const notDocx = await cli(['comments', join(dir, 'noter.docx')]);
    expect(notDocx.code).toBe(1);
    expect(notDocx.stderr).toContain('Fejl: Filen «noter.docx» er ikke et Word-dokument (.docx).');
    const missing = await cli(['comments', join(dir, 'findes-ikke.docx')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('filen findes ikke');
  }, 120_000);
});
