import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runLetterCli } from './letter-cli-run';
import { ColumnsOptionError, parseColumnsOption } from '../scripts/letter-cli/columns';
import { buildXlsx } from './fixtures/import/build-xlsx';

/** A staff spreadsheet: title rows, own headers, one column per round; «Måles i» says nothing a guess can use. */
const STAFF = [
  'Integrationsbarometer – eget regneark',
  '',
  'Område;Nr.;Indikator;Hovedindikator (ja/nej);Måles i;Retning;Basisår;Basis;Målår;Mål;2007;Maj 2008',
  'Uddannelse;udd-1;Andel tosprogede unge med en ungdomsuddannelse;ja;% af årgangen;op;2006;45,0;2010;55,0;44,0;44,0',
  'Bolig;bol-1;Andel i udsatte boligområder;ja;% af beboerne;ned;2006;22,0;2010;15,0;21,0;20,0',
].join('\r\n');

describe('--columns', () => {
  it('reads KOLONNE=felt pairs, with the layout’s names, aliases, «brug ikke» and «måling-kolonne»', () => {
    expect(
      parseColumnsOption('Basisår=basis_periode, Værdi 2008=værdi,Noter=brug ikke,2008K1=måling-kolonne'),
    ).toEqual({
      Basisår: 'baselinePeriod',
      'Værdi 2008': 'value',
      Noter: 'ignore',
      '2008K1': 'roundColumn',
    });
    expect(parseColumnsOption('Enh.=unit')).toEqual({ 'Enh.': 'unit' });
  });

  it('refuses an unknown field, naming the fields it knows', () => {
    expect(() => parseColumnsOption('Enh.=enhedsbetegnelse')).toThrow(ColumnsOptionError);
    expect(() => parseColumnsOption('Enh.=enhedsbetegnelse')).toThrow(
      /«enhedsbetegnelse» er ikke et felt\. Brug et af: område, indikator_id/,
    );
    expect(() => parseColumnsOption('Enh.')).toThrow(/skal skrives som KOLONNE=felt/);
  });
});

describe('npm run letter with staff spreadsheets (spawned)', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'barometerbrev-cli-columns-'));
    await writeFile(join(dir, 'eget.csv'), STAFF);
    const rows = STAFF.split('\r\n')
      .slice(2)
      .map((line) => line.split(';'));
    await writeFile(
      join(dir, 'bog.xlsx'),
      buildXlsx([
        { name: 'Forside', rows: [['Barometer 2008']] },
        {
          name: 'Tal',
          rows,
        },
      ]),
    );
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  const cli = runLetterCli;

  it('stops with the file’s columns and the fields still missing, then takes --columns to settle them', async () => {
    const out = join(dir, 'brev.docx');
    const base = [
      '--data',
      join(dir, 'eget.csv'),
      '--committee',
      'buu',
      '--date',
      '2008-05-16',
      '--out',
      out,
    ];
    const refused = await cli(base);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      'Datafilen «eget.csv» (overskrift i række 3) mangler kolonner for: enhed.',
    );
    expect(refused.stderr).toContain('E  «Måles i» → bruges ikke');
    expect(refused.stderr).toContain('K  «2007» → måling «2007»');
    expect(refused.stderr).toContain('--columns');

    const settled = await cli([...base, '--columns', 'Måles i=enhed']);
    expect(settled.stderr).not.toContain('Fejl');
    expect(settled.code).toBe(0);
    expect(settled.stdout).toContain('om målingen Maj 2008');
    expect((await stat(out)).size).toBeGreaterThan(5000);
  }, 90_000);

  it('reads the sheet asked for with --sheet, and names the sheets when it does not exist', async () => {
    const base = ['--data', join(dir, 'bog.xlsx'), '--committee', 'buu', '--columns', 'Måles i=enhed'];
    const missing = await cli([...base, '--sheet', 'Data', '--out', join(dir, 'a.docx')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Arket «Data» findes ikke. Filens ark: «Forside», «Tal».');
    const found = await cli([...base, '--sheet', 'Tal', '--out', join(dir, 'b.docx')]);
    expect(found.stderr).not.toContain('Fejl');
    expect(found.code).toBe(0);
  }, 90_000);
});
