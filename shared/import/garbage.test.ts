import { describe, expect, it } from 'vitest';
import { parseImportFile } from './import-file';
import { formatProblem, groupProblems, headerProblemsFirst, makeProblem } from './problems';

/** Issue 11 item 8: garbage gives one clear message, the header problem first, identical problems grouped. */
function randomBytes(length: number, pick: (random: number) => number): Uint8Array {
  let seed = 20081130;
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
    bytes[i] = pick(seed >>> 16);
  }
  return bytes;
}

const HEADER =
  'område;indikator_id;indikator;hovedindikator;enhed;retning;måling;værdi;basis_periode;basis_værdi;mål_periode;mål_værdi';

describe('garbage read as CSV', () => {
  it('refuses random bytes without NUL at once, with one message', async () => {
    const bytes = randomBytes(1_000_000, (random) => random & 0xff || 1);
    const started = performance.now();
    const result = await parseImportFile(bytes, 'tilfældig.csv');
    expect(performance.now() - started).toBeLessThan(2000);
    expect(result.problems.map(formatProblem)).toEqual([
      'Fil «tilfældig.csv»: Filen indeholder ikke læsbar tekst (mange styretegn); den er måske binær eller beskadiget. Den er hverken en CSV-fil, et Excel-regneark (.xlsx) eller en sikkerhedskopi fra Barometerbrev (.json).',
    ]);
  });

  it('stops at a header with no usable column: one short message, no flood of quote errors', async () => {
    // Printable garbage with quotes, separators and line breaks: thousands of malformed "rows".
    const chars = 'abcdefghij "";,\n';
    const bytes = randomBytes(500_000, (random) => chars.charCodeAt(random % chars.length));
    const result = await parseImportFile(bytes, 'tekst.csv');
    expect(result.problems).toHaveLength(1);
    const [only] = result.problems.map(formatProblem);
    expect(only).toMatch(/^Fil «tekst\.csv», række \d+: Overskriftsrækken mangler kolonnerne «område»/);
    expect(only?.length).toBeLessThan(1500);
    expect(result.records.indicators).toHaveLength(0);
  });

  it('names a giant header cell in a few characters', async () => {
    const bytes = randomBytes(300_000, (random) => 97 + (random % 26));
    const [only] = (await parseImportFile(bytes, 'en-linje.csv')).problems.map(formatProblem);
    expect(only?.length).toBeLessThan(600);
    expect(only).toContain('…»');
  });

  it('puts the header problem before the rows’ problems and groups the same quote error', async () => {
    const broken = 'Uddannelse;udd-1;Andel "med" uddannelse;ja;%;op;2008;47;2006;45;2010;55';
    const rows = Array.from({ length: 300 }, (_, i) =>
      broken.replace('udd-1', `udd-${i}`).replace('2008', `${1700 + i}`),
    );
    // The header lacks «mål_værdi», and every row has a stray quote.
    const header = HEADER.replace(';mål_værdi', ';noget_andet');
    const result = await parseImportFile(new TextEncoder().encode([header, ...rows].join('\n')), 'data.csv');
    const messages = result.problems.map(formatProblem);
    expect(messages[0]).toMatch(/^Fil «data\.csv», række 1: Overskriftsrækken mangler kolonnen «mål_værdi»/);
    expect(messages.length).toBeLessThanOrEqual(3);
  });
});

describe('groupProblems and headerProblemsFirst', () => {
  const quote = (row: number) =>
    makeProblem({ file: 'data.csv', row }, 'Forkert brug af citationstegn (") i et felt.');
  it('puts the header problem first and groups 627 copies of one line into one, naming the rows', () => {
    const problems = [
      ...Array.from({ length: 627 }, (_, i) => quote(i + 3)),
      quote(3),
      makeProblem({ file: 'data.csv', row: 5, columnName: 'værdi', columnIndex: 7 }, '«x» er ikke et tal.'),
      makeProblem({ file: 'data.csv', row: 1 }, 'Overskriftsrækken mangler kolonnen «værdi».'),
    ];
    expect(headerProblemsFirst(problems, 1).map(formatProblem)).toEqual([
      'Fil «data.csv», række 1: Overskriftsrækken mangler kolonnen «værdi».',
      'Fil «data.csv»: Forkert brug af citationstegn (") i et felt. Samme fejl i 627 rækker: 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 …',
      'Fil «data.csv», række 5, kolonne «værdi» (H): «x» er ikke et tal.',
    ]);
    expect(groupProblems([quote(4), quote(9)]).map(formatProblem)).toEqual([
      'Fil «data.csv»: Forkert brug af citationstegn (") i et felt. Samme fejl i 2 rækker: 4, 9.',
    ]);
  });
});
