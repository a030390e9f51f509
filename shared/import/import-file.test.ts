import { describe, expect, it } from 'vitest';
import { buildXlsx } from '../../tests/fixtures/import/build-xlsx';
import { generateImportCsv } from './generate';
import { ROUNDED_DECIMALS_WARNING } from './validate-rows';
import { parseImportFile } from './import-file';
import { formatProblem, hasErrors, type ImportProblem } from './problems';
import { encodeWindows1252 } from './windows-1252';

const HEADER =
  'område;indikator_id;indikator;hovedindikator;enhed;retning;måling;værdi;basis_periode;basis_værdi;mål_periode;mål_værdi';
const ROWS = [
  'Uddannelse;udd-1;Andel tosprogede unge med en ungdomsuddannelse;ja;%;op;2007;46,0;2006;45,0;2010;55,0',
  'Uddannelse;udd-1;Andel tosprogede unge med en ungdomsuddannelse;ja;%;op;Maj 2008;47,5;2006;45,0;2010;55,0',
  'Kultur og fritid;kf-1;Andel i foreningslivet – café og idræt;ja;%;op;Maj 2008;;2006;30;2010;40',
  'Tryghed;try-1;Anmeldte forbrydelser;ja;antal;ned;Maj 2008;1.234;2006;1.500;2010;1.000',
];

function windows1252Csv(lines: string[]): Uint8Array {
  return encodeWindows1252(`${lines.join('\r\n')}\r\n`);
}

function messages(problems: readonly ImportProblem[]): string[] {
  return problems.map(formatProblem);
}

describe('parseImportFile: a Danish Excel CSV', () => {
  it('reads Windows-1252 with ";" and decimal commas into the domain records', async () => {
    const result = await parseImportFile(windows1252Csv([HEADER, ...ROWS]), 'data.csv');
    expect(result).toMatchObject({ kind: 'csv', encoding: 'windows-1252', delimiter: ';', rowCount: 4 });
    // "47,5" will be compared as 48 (whole numbers by default): said once, where it first happens.
    expect(messages(result.problems)).toEqual([
      `Advarsel: Fil «data.csv», række 3, kolonne «værdi» (H): ${ROUNDED_DECIMALS_WARNING}`,
    ]);
    expect(result.records.areas.map((a) => [a.id, a.name, a.definiteForm])).toEqual([
      ['uddannelse', 'Uddannelse', 'uddannelsesområdet'],
      ['kultur-og-fritid', 'Kultur og fritid', 'kultur- og fritidsområdet'],
      ['tryghed', 'Tryghed', 'tryghedsområdet'],
    ]);
    expect(result.records.indicators[0]).toEqual({
      id: 'udd-1',
      areaId: 'uddannelse',
      name: 'Andel tosprogede unge med en ungdomsuddannelse',
      unit: '%',
      direction: 'up',
      isMain: true,
      // "45,0" and "47,5" say how the data was written, not the precision to compare at (domain.md).
      precision: 0,
      baseline: { period: '2006', value: 45 },
      target: { period: '2010', value: 55 },
      sortOrder: 0,
    });
    expect(result.records.indicators[1]?.name).toBe('Andel i foreningslivet – café og idræt');
    expect(result.records.indicators[2]).toMatchObject({
      direction: 'down',
      precision: 0,
      baseline: { value: 1500 },
    });
    expect(result.records.rounds).toEqual([
      { id: '2007', label: '2007', period: '2007' },
      { id: 'maj-2008', label: 'Maj 2008', period: '2008-05' },
    ]);
    expect(result.records.measurements).toContainEqual({
      id: 'kf-1@maj-2008',
      indicatorId: 'kf-1',
      roundId: 'maj-2008',
      value: null,
    });
    expect(result.records.measurements).toContainEqual({
      id: 'udd-1@maj-2008',
      indicatorId: 'udd-1',
      roundId: 'maj-2008',
      value: 47.5,
    });
  });

  it('reads UTF-8 with BOM, English headers with commas, and the optional columns', async () => {
    const text = [
      'Area,Indicator_ID,Indicator,Main,Unit,Direction,Round,Value,Baseline_Period,Baseline_Value,Target_Period,Target_Value,Precision,Published',
      'Sundhed og omsorg,suo-1,Selvvurderet helbred,yes,%,up,2008,"61,25",2006,60,2010,65,0,16-05-2008',
    ].join('\n');
    const bytes = new TextEncoder().encode(`\ufeff${text}`);
    const result = await parseImportFile(bytes, 'data.csv');
    expect(result).toMatchObject({ encoding: 'utf-8-bom', delimiter: ',', problems: [] });
    expect(result.records.indicators[0]).toMatchObject({ areaId: 'sundhed-og-omsorg', precision: 0 });
    expect(result.records.rounds[0]).toEqual({
      id: '2008',
      label: '2008',
      period: '2008',
      publishedOn: '2008-05-16',
    });
    expect(result.records.measurements[0]?.value).toBe(61.25);
  });

  it('accepts ASCII spellings of the Danish headers', async () => {
    const header =
      'OMRAADE; Indikator_ID ;indikator;hovedindikator;enhed;retning;maaling;vaerdi;basis_periode;basis_vaerdi;maal_periode;maal_vaerdi';
    const result = await parseImportFile(windows1252Csv([header, ROWS[0] ?? '']), 'data.csv');
    expect(result.problems).toEqual([]);
    expect(result.records.measurements).toHaveLength(1);
  });
});

describe('parseImportFile: problems the user must fix', () => {
  it('names file, Excel row, column and cell for a bad value', async () => {
    const bad = (ROWS[1] ?? '').replace('47,5', '47,5x');
    const result = await parseImportFile(windows1252Csv([HEADER, ROWS[0] ?? '', '', bad]), 'data.csv');
    expect(messages(result.problems)).toEqual([
      'Fil «data.csv», række 4, kolonne «værdi» (H): «47,5x» er ikke et tal.',
    ]);
    expect(result.problems[0]).toMatchObject({ row: 4, column: 'værdi (kolonne H)', severity: 'error' });
  });

  it('reports every missing column once, on the header row', async () => {
    const result = await parseImportFile(
      windows1252Csv(['område;indikator;værdi', 'Bolig;Husleje;3']),
      'data.csv',
    );
    expect(result.problems).toHaveLength(1);
    expect(messages(result.problems)[0]).toMatch(
      /^Fil «data\.csv», række 1: Overskriftsrækken mangler kolonnerne «indikator_id», .* og «mål_værdi»\./,
    );
    expect(result.records.measurements).toEqual([]);
  });

  it('warns about unknown columns but reads the rest', async () => {
    const result = await parseImportFile(
      windows1252Csv([`${HEADER};kommentar`, `${ROWS[0] ?? ''};ok`]),
      'data.csv',
    );
    expect(result.problems).toEqual([expect.objectContaining({ severity: 'warning', columnLetter: 'M' })]);
    expect(hasErrors(result.problems)).toBe(false);
  });

  it('finds an indicator that differs between rows and names the first row', async () => {
    const differing = (ROWS[1] ?? '').replace(';2010;55,0', ';2010;60,0');
    const result = await parseImportFile(windows1252Csv([HEADER, ROWS[0] ?? '', differing]), 'data.csv');
    expect(messages(result.problems).filter((m) => !m.startsWith('Advarsel'))).toEqual([
      'Fil «data.csv», række 3, kolonne «mål_værdi» (L): Indikatoren «udd-1» har målværdi «60» her, men «55» i række 2. En indikator skal have samme målværdi på alle rækker.',
    ]);
  });

  it('requires exactly one main indicator per area', async () => {
    const second = 'Uddannelse;udd-2;Karakterer;ja;gns.;op;2007;7;2006;6;2010;8';
    const none = 'Bolig;bol-1;Husleje;nej;kr.;ned;2007;3;2006;3;2010;2';
    const result = await parseImportFile(windows1252Csv([HEADER, ROWS[0] ?? '', second, none]), 'data.csv');
    expect(messages(result.problems)).toEqual([
      'Fil «data.csv», række 3, kolonne «hovedindikator» (D): Området «Uddannelse» har allerede hovedindikatoren «udd-1» (række 2); «udd-2» kan ikke også være hovedindikator. Et område har præcis én.',
      'Fil «data.csv», række 4, kolonne «hovedindikator» (D): Området «Bolig» har ingen hovedindikator; skriv «ja» ud for præcis én af dets indikatorer.',
    ]);
  });

  it('refuses two rows for the same indicator and round', async () => {
    const result = await parseImportFile(windows1252Csv([HEADER, ROWS[0] ?? '', ROWS[0] ?? '']), 'data.csv');
    expect(result.problems).toEqual([
      expect.objectContaining({ row: 3, columnName: 'måling', severity: 'error' }),
    ]);
    expect(result.records.measurements).toHaveLength(1);
  });

  it('reports bad words in the main and direction columns', async () => {
    const row = (ROWS[0] ?? '').replace(';ja;%;op;', ';måske;%;sidelæns;');
    const result = await parseImportFile(windows1252Csv([HEADER, row]), 'data.csv');
    expect(result.problems.map((p) => p.message)).toEqual([
      '«måske» skal være «ja» eller «nej».',
      '«sidelæns» er ikke en retning; skriv «op» (højere er bedre) eller «ned» (lavere er bedre).',
    ]);
  });

  it('lists the first 500 problems and counts the rest instead of flooding the user', async () => {
    // Not "n/a": that marks a missing value ("Ingen måling"), which is allowed.
    const rows = Array.from({ length: 800 }, (_, i) =>
      (ROWS[0] ?? '').replace('46,0', `ukendt${i}`).replace('udd-1', `udd-${i}`),
    );
    const result = await parseImportFile(windows1252Csv([HEADER, ...rows]), 'data.csv');
    expect(result.problems).toHaveLength(501);
    expect(result.problems[500]?.message).toContain('Der er 300 problemer mere');
  });

  it('groups the same problem in many rows into one line naming the rows (issue 11 item 8)', async () => {
    const bad = (ROWS[0] ?? '').replace('46,0', 'ukendt');
    const rows = Array.from({ length: 800 }, (_, i) => bad.replace('udd-1', `udd-${i}`));
    const result = await parseImportFile(windows1252Csv([HEADER, ...rows]), 'data.csv');
    expect(result.problems.map(formatProblem)).toEqual([
      'Fil «data.csv», kolonne «værdi» (H): «ukendt» er ikke et tal. Samme fejl i 800 rækker: 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 …',
    ]);
  });

  it('says an empty file is empty, and a header alone has no data', async () => {
    expect((await parseImportFile(new Uint8Array(), 'tom.csv')).problems.map(formatProblem)).toEqual([
      'Fil «tom.csv»: Filen er tom.',
    ]);
    const headerOnly = await parseImportFile(windows1252Csv([HEADER]), 'data.csv');
    expect(headerOnly.problems.map((p) => p.message)).toEqual([
      'Filen har en overskriftsrække, men ingen datarækker.',
    ]);
  });

  it('recognises files that are not CSV, XLSX or JSON by their content, whatever the extension', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const png1 = await parseImportFile(png, 'data.csv');
    expect(png1.kind).toBe('unknown');
    expect(png1.problems[0]?.message).toContain(
      'hverken en CSV-fil, et Excel-regneark (.xlsx) eller en sikkerhedskopi',
    );
    const xls = await parseImportFile(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]), 'data.xlsx');
    expect(xls.problems[0]?.message).toContain('gamle format (.xls)');
  });
});

describe('parseImportFile: Excel workbooks', () => {
  const header = HEADER.split(';');
  const row = [
    'Bolig',
    'bol-1',
    'Andel i almene boliger',
    'ja',
    '%',
    'op',
    'Maj 2008',
    47.5,
    2006,
    45,
    2010,
    55,
  ];

  it('reads the data sheet with numbers as numbers and dates as ISO dates', async () => {
    const bytes = buildXlsx([
      { name: 'Vejledning', rows: [['Læs mig']] },
      {
        name: 'Barometerdata',
        rows: [
          [...header, 'offentliggjort'],
          [...row, new Date(Date.UTC(2008, 4, 16))],
        ],
      },
    ]);
    const result = await parseImportFile(bytes, 'data.xlsx');
    expect(result).toMatchObject({ kind: 'xlsx', sheetName: 'Barometerdata', rowCount: 1 });
    expect(result.problems.map((p) => [p.severity, p.message])).toEqual([
      ['warning', ROUNDED_DECIMALS_WARNING],
    ]);
    expect(result.records.indicators[0]).toMatchObject({
      baseline: { period: '2006', value: 45 },
      precision: 0,
    });
    expect(result.records.rounds).toEqual([
      { id: 'maj-2008', label: 'Maj 2008', period: '2008-05', publishedOn: '2008-05-16' },
    ]);
    expect(result.records.measurements[0]?.value).toBe(47.5);
  });

  it('points at the Excel row and column letter of a bad cell', async () => {
    const bytes = buildXlsx([
      { name: 'Ark1', rows: [header, row, [...row.slice(0, 6), 'Juni 2008', 'ukendt', ...row.slice(8)]] },
    ]);
    const result = await parseImportFile(bytes, 'data.xlsx');
    expect(result.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([
      'Fil «data.xlsx», række 3, kolonne «værdi» (H): «ukendt» er ikke et tal.',
    ]);
  });

  it('explains that a Word document is not a workbook', async () => {
    const { zipSync, strToU8 } = await import('fflate');
    const docx = zipSync({ 'word/document.xml': strToU8('<w:document/>') });
    const result = await parseImportFile(docx, 'data.xlsx');
    expect(result.problems[0]?.message).toBe(
      'Filen er et Word-dokument, ikke et Excel-regneark. Gem data som .xlsx eller CSV.',
    );
  });
});

describe('parseImportFile: volume', () => {
  it('reads 100,000 generated rows in Windows-1252 quickly and without errors', async () => {
    const bytes = generateImportCsv(100_000, { encoding: 'windows-1252', delimiter: ';' });
    const progress: number[] = [];
    const started = performance.now();
    const result = await parseImportFile(bytes, 'stor.csv', (fraction) => progress.push(fraction));
    const elapsed = performance.now() - started;
    console.log(`100.000 rækker indlæst og kontrolleret på ${Math.round(elapsed)} ms`);
    // The generated values have one decimal and no «præcision» column: one warning for the whole file.
    expect(result.problems.map((p) => [p.severity, p.message])).toEqual([
      ['warning', ROUNDED_DECIMALS_WARNING],
    ]);
    expect(result.rowCount).toBe(100_000);
    expect(result.records.measurements).toHaveLength(100_000);
    expect(result.records.indicators[0]?.name).toContain('Østerbro');
    expect(progress.at(-1)).toBe(1);
    expect(elapsed).toBeLessThan(10_000); // generous: a regression to O(n²) would blow far past this
  });
});

describe('parseImportFile: review findings', () => {
  const row = (
    cells: Partial<
      Record<
        'round' | 'value' | 'base' | 'basePeriod' | 'target' | 'targetPeriod' | 'direction' | 'area',
        string
      >
    >,
  ) =>
    [
      cells.area ?? 'Uddannelse',
      'udd-1',
      'Unge med ungdomsuddannelse',
      'ja',
      '%',
      cells.direction ?? 'op',
      cells.round ?? '2008',
      cells.value ?? '45',
      cells.basePeriod ?? '2006',
      cells.base ?? '45',
      cells.targetPeriod ?? '2010',
      cells.target ?? '55',
    ].join(';');

  it('compares at whole numbers unless the file has a «præcision» column, and says so when it rounds', async () => {
    const whole = await parseImportFile(
      windows1252Csv([HEADER, row({ value: '45,0', base: '45,0' })]),
      'a.csv',
    );
    expect(whole.problems).toEqual([]);
    expect(whole.records.indicators[0]?.precision).toBe(0);
    expect(whole.records.inferredPrecision).toEqual(['udd-1']);

    const rounded = await parseImportFile(
      windows1252Csv([HEADER, row({ value: '45,4', base: '45,0' })]),
      'a.csv',
    );
    expect(rounded.records.indicators[0]?.precision).toBe(0);
    expect(rounded.problems).toEqual([
      expect.objectContaining({
        row: 2,
        columnName: 'værdi',
        severity: 'warning',
        message: ROUNDED_DECIMALS_WARNING,
      }),
    ]);

    const explicit = await parseImportFile(
      windows1252Csv([`${HEADER};præcision`, `${row({ value: '45,4', base: '45,0' })};1`]),
      'a.csv',
    );
    expect(explicit.problems).toEqual([]);
    expect(explicit.records.indicators[0]?.precision).toBe(1);
  });

  it('refuses baseline and target periods that cannot be read, naming row and column', async () => {
    const result = await parseImportFile(
      windows1252Csv([HEADER, row({ basePeriod: 'ultimo 2006', targetPeriod: 'snart' })]),
      'a.csv',
    );
    expect(messages(result.problems)).toEqual([
      'Fil «a.csv», række 2, kolonne «basis_periode» (I): «ultimo 2006» kan ikke læses som en periode; skriv fx «2006», «2008-05» eller «maj 2008».',
      'Fil «a.csv», række 2, kolonne «mål_periode» (K): «snart» kan ikke læses som en periode; skriv fx «2006», «2008-05» eller «maj 2008».',
    ]);
    expect(result.records.indicators).toEqual([]);
  });

  it('warns when the target lies on the wrong side of the baseline for the direction', async () => {
    const result = await parseImportFile(
      windows1252Csv([
        HEADER,
        row({ base: '45', target: '40' }),
        row({ round: '2009', base: '45', target: '40' }),
      ]),
      'a.csv',
    );
    expect(messages(result.problems)).toEqual([
      'Advarsel: Fil «a.csv», række 2, kolonne «retning» (F): Indikatoren «udd-1»: Målet ligger på den forkerte side af basis i forhold til retningen «op» — tjek kolonnen «retning».',
    ]);
    const down = await parseImportFile(
      windows1252Csv([HEADER, row({ direction: 'ned', base: '45', target: '40' })]),
      'a.csv',
    );
    expect(down.problems).toEqual([]);
  });

  it('reads every round label the domain can read, such as "2. kvartal 2008", without a warning', async () => {
    const result = await parseImportFile(
      windows1252Csv([HEADER, row({ round: '2. kvartal 2008' })]),
      'a.csv',
    );
    expect(result.problems).toEqual([]);
    expect(result.records.rounds).toEqual([
      { id: '2-kvartal-2008', label: '2. kvartal 2008', period: '2008-05' },
    ]);
  });

  it("gives a new area the domain's definite form", async () => {
    const result = await parseImportFile(windows1252Csv([HEADER, row({ area: 'Integration' })]), 'a.csv');
    expect(result.records.areas[0]?.definiteForm).toBe('integrationsområdet');
  });
});
