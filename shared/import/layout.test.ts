import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildXlsx } from '../../tests/fixtures/import/build-xlsx';
import { guessColumns, headerKeyOf, ROUND_COLUMN, type ColumnChoice } from './column-guess';
import { parseImportFile, type ImportParseResult } from './import-file';
import { formatProblem, hasErrors } from './problems';
import { findRoundLookalikes, readAsStoredRounds } from './round-match';

const utf8 = (lines: readonly string[]) => new TextEncoder().encode(`${lines.join('\r\n')}\r\n`);

const CANONICAL = [
  'område;indikator_id;indikator;hovedindikator;enhed;retning;måling;værdi;basis_periode;basis_værdi;mål_periode;mål_værdi',
  'Uddannelse;udd-1;Unge i uddannelse;ja;%;op;2008;47;2006;45;2010;55',
  'Tryghed;try-1;Anmeldte forbrydelser;ja;antal;ned;2008;1.234;2006;1.500;2010;1.000',
];

async function read(lines: readonly string[], request = {}): Promise<ImportParseResult> {
  return parseImportFile(utf8(lines), 'data.csv', undefined, request);
}

function errors(result: ImportParseResult): string[] {
  return result.problems.filter((p) => p.severity === 'error').map(formatProblem);
}

describe('column guess: the headers people write', () => {
  const variants: [string, string][] = [
    [
      'Område;Indikator nr.;Indikator;Hovedindikator (ja/nej);Enhed;Retning;Måling;Værdi 2008;Basisår;Basis;Målår;Mål',
      'the issue’s Danish headers',
    ],
    [
      'Area;Indicator ID;Indicator name;Main indicator;Unit;Direction;Round;Value;Baseline year;Baseline value;Target year;Target value',
      'English',
    ],
    [
      'OMRÅDE;INDIKATOR_ID;INDIKATOR;HOVEDINDIKATOR;ENHED;RETNING;MÅLING;VÆRDI;BASIS_PERIODE;BASIS_VÆRDI;MÅL_PERIODE;MÅL_VÆRDI',
      'upper case',
    ],
    [
      'omraade;indikator id;indikator;hoved indikator;enhed;retning;maaling;vaerdi;basis periode;basis vaerdi;maal periode;maal vaerdi',
      'æ/ø/å spelled ae/oe/aa, spaces',
    ],
    [
      'Omrade;Indikator-ID;Indikatornavn;Hovedindikator;Måleenhed;Retning;Målingsår;Vardi;Basis_år;Basisværdi;Mal_ar;Malvardi',
      'a for å/æ, underscores and hyphens, synonyms',
    ],
  ];
  for (const [header, what] of variants) {
    it(`maps ${what} and stores the same records as the app’s own layout`, async () => {
      const canonical = await read(CANONICAL);
      const result = await read([header, ...CANONICAL.slice(1)]);
      expect(errors(result)).toEqual([]);
      expect(result.layout?.missing).toEqual([]);
      expect(result.records.indicators).toEqual(canonical.records.indicators);
      expect(result.records.measurements).toEqual(canonical.records.measurements);
      expect(result.records.rounds).toEqual(canonical.records.rounds);
    });
  }

  it('reads the app’s own layout without a mapping step, as before', async () => {
    const result = await read(CANONICAL);
    expect(result.layout).toMatchObject({ exact: true, headerRow: 1, wide: false });
  });

  it('guesses main and direction from the values when the header says nothing', () => {
    const guesses = guessColumns(
      ['Felt A', 'Felt B', 'Værdi'],
      [
        ['ja', 'op', 1],
        ['nej', 'ned', 2],
      ],
    );
    expect(guesses.map((g) => g.choice)).toEqual(['main', 'direction', 'value']);
  });

  it('guesses the unit from «Enh.», «Unit» and the like, and from values such as %, pct., antal, indeks', () => {
    for (const header of ['Enh.', 'enh', 'ENH', 'Unit', 'Enheder'])
      expect(
        guessColumns([header], []).map((g) => g.choice),
        header,
      ).toEqual(['unit']);
    const byValues = guessColumns(
      ['Indikator', 'Felt A', 'Felt B'],
      [
        ['Antal ledige', '%', 'x'],
        ['Andel i job', 'pct.', 'y'],
        ['Indeks for trivsel', 'Antal', 'z'],
        ['Sygedage', 'indeks', 'q'],
      ],
    );
    expect(byValues.map((g) => g.choice)).toEqual(['indicator', 'unit', 'ignore']);
    // A column of indicator names starting with «Antal» is not a unit.
    expect(guessColumns(['Felt A'], [['Antal ledige'], ['Antal i job']]).map((g) => g.choice)).toEqual([
      'ignore',
    ]);
  });

  it('takes "Værdi 2008" as the value when a round column exists, as a round column when several', () => {
    expect(guessColumns(['Måling', 'Værdi 2008'], []).map((g) => g.choice)).toEqual(['round', 'value']);
    const wide = guessColumns(['Værdi 2006', 'Værdi 2008'], []);
    expect(wide.map((g) => [g.choice, g.roundLabel])).toEqual([
      [ROUND_COLUMN, '2006'],
      [ROUND_COLUMN, '2008'],
    ]);
  });

  it('keys a remembered mapping by the normalised header row', () => {
    expect(headerKeyOf(['Basisår', 'MÅL VÆRDI'])).toBe(headerKeyOf(['basisaar', 'mål_værdi']));
  });

  it('names the fields still missing and the file’s columns, and stores nothing', async () => {
    const result = await read(['Navn på ting;Tal;Kommentar', 'a;1;x']);
    expect(result.records.measurements).toEqual([]);
    expect(errors(result)).toHaveLength(1);
    expect(errors(result)[0]).toMatch(
      /^Fil «data\.csv», række 1: Overskriftsrækken mangler kolonnerne «område»/,
    );
    expect(errors(result)[0]).toContain('«Navn på ting», «Tal», «Kommentar»');
  });

  it('maps headers named «__proto__» and «constructor» like any other', async () => {
    const header = (CANONICAL[0] ?? '').replace('område', '__proto__').replace('indikator_id', 'constructor');
    const guessed = await read([header, ...CANONICAL.slice(1)]);
    expect(guessed.layout?.missing).toEqual(['area', 'indicatorId']);
    const mapping = {
      columns: Object.fromEntries([
        ['__proto__', 'area'],
        ['constructor', 'indicatorId'],
      ]) as Record<string, ColumnChoice>,
    };
    const mapped = await read([header, ...CANONICAL.slice(1)], { mapping });
    expect(errors(mapped)).toEqual([]);
    expect(mapped.records.indicators.map((i) => [i.id, i.areaId])).toEqual([
      ['udd-1', 'uddannelse'],
      ['try-1', 'tryghed'],
    ]);
  });

  it('refuses two columns mapped to the same field, naming both', async () => {
    const result = await read(CANONICAL, {
      mapping: { columns: { område: 'area', indikator: 'area' } },
    });
    expect(errors(result).join('\n')).toContain('Både kolonne A og kolonne C er valgt som «område»');
    expect(result.records.measurements).toEqual([]);
  });
});

describe('wide tables: one column per round', () => {
  const WIDE = [
    'Område;ID;Indikator;Hovedindikator;Enhed;Retning;Basisår;Basis;Målår;Mål;2006;Maj 2008;2008K1;2021M01',
    'Uddannelse;udd-1;Unge i uddannelse;ja;%;op;2006;45;2010;55;45;47,5;..;n/a',
    'Tryghed;try-1;Anmeldte forbrydelser;ja;antal;ned;2006;1.500;2010;1.000;1.500;-;1.300;',
  ];

  it('reads one measurement per indicator per round column; missing markers are no measurement', async () => {
    const result = await read(WIDE);
    expect(errors(result)).toEqual([]);
    expect(result.layout?.wide).toBe(true);
    expect(result.layout?.columns.filter((c) => c.choice === ROUND_COLUMN).map((c) => c.roundLabel)).toEqual([
      '2006',
      'Maj 2008',
      '2008K1',
      '2021M01',
    ]);
    expect(result.records.rounds.map((r) => [r.id, r.period])).toEqual([
      ['2006', '2006'],
      ['maj-2008', '2008-05'],
      ['2008k1', '2008-02'],
      ['2021m01', '2021-01'],
    ]);
    const values = Object.fromEntries(result.records.measurements.map((m) => [m.id, m.value]));
    expect(values).toEqual({
      'udd-1@2006': 45,
      'udd-1@maj-2008': 47.5,
      'udd-1@2008k1': null,
      'udd-1@2021m01': null,
      'try-1@2006': 1500,
      'try-1@maj-2008': null,
      'try-1@2008k1': 1300,
      'try-1@2021m01': null,
    });
    expect(result.rowCount).toBe(2);
  });

  it('warns about a cell right of the header, but not about the cells the reshaping adds', async () => {
    const clean = await read(WIDE);
    expect(clean.problems.filter((p) => p.message.includes('til højre'))).toEqual([]);
    const extra = await read([...WIDE.slice(0, 2), `${WIDE[2] ?? ''};glemt`]);
    expect(errors(extra)).toEqual([]);
    expect(extra.problems.filter((p) => p.message.includes('til højre'))).toEqual([
      expect.objectContaining({ row: 3, columnLetter: 'O', severity: 'warning' }),
    ]);
  });

  it('lets the user say a column is not a round', async () => {
    const result = await read(WIDE, { mapping: { columns: { '2021M01': 'ignore' } } });
    expect(result.records.rounds.map((r) => r.id)).toEqual(['2006', 'maj-2008', '2008k1']);
  });

  it('names the row and the round column of a value that is not a number', async () => {
    const bad = [WIDE[0] ?? '', (WIDE[1] ?? '').replace('47,5', '47,5x')];
    const result = await read(bad);
    expect(errors(result)).toEqual([
      'Fil «data.csv», række 2, kolonne «Maj 2008» (L): «47,5x» er ikke et tal.',
    ]);
    expect(hasErrors(result.problems)).toBe(true);
  });
});

describe('title rows, notes and footnotes', () => {
  it('finds the header below title rows and skips the footnotes; errors keep the spreadsheet’s row numbers', async () => {
    const lines = [
      'Integrationsbarometer 2008',
      'Udtræk fra Københavns Kommune;;',
      '',
      ...CANONICAL,
      '',
      'Kilde: Københavns Kommune',
      '* Foreløbige tal',
    ];
    const result = await read(lines);
    expect(errors(result)).toEqual([]);
    expect(result.layout?.headerRow).toBe(4);
    expect(result.layout?.skippedRows.map((r) => r.row)).toEqual([1, 2, 8, 9]);
    expect(result.records.measurements).toHaveLength(2);
    const broken = await read([...lines.slice(0, 4), (CANONICAL[1] ?? '').replace(';47;', ';4x7;')]);
    expect(errors(broken)).toEqual(['Fil «data.csv», række 5, kolonne «værdi» (H): «4x7» er ikke et tal.']);
  });

  it('lets the user choose another header row', async () => {
    const result = await read(['Overskrift;Noget', ...CANONICAL], { headerRow: 1 });
    expect(result.layout?.headerRow).toBe(1);
    expect(hasErrors(result.problems)).toBe(true);
  });
});

describe('missing values in the long layout', () => {
  for (const marker of ['..', '…', '-', 'n/a', 'N/A', '']) {
    it(`«${marker}» is no measurement, never 0`, async () => {
      const result = await read([CANONICAL[0] ?? '', (CANONICAL[1] ?? '').replace(';47;', `;${marker};`)]);
      expect(errors(result)).toEqual([]);
      expect(result.records.measurements[0]?.value).toBeNull();
    });
  }
});

describe('several sheets', () => {
  const rows = CANONICAL.map((line) => line.split(';'));
  const file = buildXlsx([
    { name: 'Forside', rows: [] },
    { name: 'Noter', rows: [['Noter til tallene'], ['Se arket «Tal»']] },
    { name: 'Tal', rows },
  ]);

  it('lists each sheet with its size and preselects the first non-empty one', async () => {
    const result = await parseImportFile(file, 'bog.xlsx');
    expect(result.layout?.sheets).toEqual([
      { name: 'Forside', rows: 0, columns: 0 },
      { name: 'Noter', rows: 2, columns: 1 },
      { name: 'Tal', rows: 3, columns: 12 },
    ]);
    expect(result.sheetName).toBe('Noter');
    expect(hasErrors(result.problems)).toBe(true);
  });

  it('reads the sheet asked for', async () => {
    const result = await parseImportFile(file, 'bog.xlsx', undefined, { sheet: 'Tal' });
    expect(errors(result)).toEqual([]);
    expect(result.records.measurements).toHaveLength(2);
  });

  it('says an empty sheet is empty and keeps offering the sheets', async () => {
    const result = await parseImportFile(file, 'bog.xlsx', undefined, { sheet: 'Forside' });
    expect(errors(result)).toEqual(['Fil «bog.xlsx»: Arket «Forside» er tomt. Vælg et andet ark.']);
    expect(result.layout?.sheets.map((s) => s.name)).toEqual(['Forside', 'Noter', 'Tal']);
  });

  it('names the sheets when the one asked for does not exist', async () => {
    const result = await parseImportFile(file, 'bog.xlsx', undefined, { sheet: 'Data' });
    expect(errors(result)).toEqual([
      'Fil «bog.xlsx»: Arket «Data» findes ikke. Filens ark: «Forside», «Noter», «Tal».',
    ]);
  });
});

describe('Statistics Denmark (statbank) CSV', () => {
  const STATBANK = [
    'Beskæftigelsesfrekvens for 16-64-årige efter område og tid',
    '',
    'OMRÅDE;TID;INDHOLD',
    'København;2008K1;71,2',
    'København;2008K2;..',
    'København;2021M01;74,0',
    '',
    'Kilde: Danmarks Statistik, www.statistikbanken.dk',
  ];
  const constants = {
    indicatorId: 'besk-1',
    indicator: 'Beskæftigelsesfrekvens',
    main: 'ja',
    unit: '%',
    direction: 'op',
    baselinePeriod: '2006',
    baselineValue: '70',
    targetPeriod: '2010',
    targetValue: '75',
  };

  it('guesses OMRÅDE, TID and INDHOLD and asks for the indicator’s other fields', async () => {
    const result = await read(STATBANK);
    expect(result.layout?.columns.map((c) => [c.header, c.guess])).toEqual([
      ['OMRÅDE', 'area'],
      ['TID', 'round'],
      ['INDHOLD', 'value'],
    ]);
    expect(result.layout?.headerRow).toBe(3);
    expect(result.layout?.missing).toEqual([
      'indicatorId',
      'indicator',
      'main',
      'unit',
      'direction',
      'baselinePeriod',
      'baselineValue',
      'targetPeriod',
      'targetValue',
    ]);
    expect(hasErrors(result.problems)).toBe(true);
  });

  it('imports the values of one indicator with the fields given in the mapping step', async () => {
    const result = await read(STATBANK, { mapping: { columns: {}, constants } });
    expect(errors(result)).toEqual([]);
    expect(result.records.indicators).toEqual([
      expect.objectContaining({ id: 'besk-1', areaId: 'koebenhavn', isMain: true, direction: 'up' }),
    ]);
    expect(result.records.rounds.map((r) => [r.id, r.period])).toEqual([
      ['2008k1', '2008-02'],
      ['2008k2', '2008-05'],
      ['2021m01', '2021-01'],
    ]);
    expect(result.records.measurements.map((m) => m.value)).toEqual([71.2, null, 74]);
    expect(result.problems.filter((p) => p.message.includes('til højre'))).toEqual([]);
  });

  it('names a bad constant as given in the import', async () => {
    const result = await read(STATBANK, {
      mapping: { columns: {}, constants: { ...constants, main: 'måske' } },
    });
    // Named by the field, without a column letter the file does not have (the same on every row).
    const problem = result.problems.find((p) => p.severity === 'error');
    expect(problem).toMatchObject({
      columnName: 'hovedindikator (angivet ved import)',
      message: expect.stringContaining('«måske» skal være «ja» eller «nej».'),
    });
    expect(problem?.columnLetter).toBeUndefined();
    expect(hasErrors(result.problems)).toBe(true);
  });
});

describe('rounds given as dates', () => {
  it('a date in the round column is the month’s round («Maj 2008»)', async () => {
    const file = buildXlsx([
      {
        name: 'Data',
        rows: [
          (CANONICAL[0] ?? '').split(';'),
          [
            'Uddannelse',
            'udd-1',
            'Unge',
            'ja',
            '%',
            'op',
            new Date(Date.UTC(2008, 4, 1)),
            47,
            2006,
            45,
            2010,
            55,
          ],
        ],
      },
    ]);
    const result = await parseImportFile(file, 'data.xlsx');
    expect(result.records.rounds).toEqual([{ id: 'maj-2008', label: 'Maj 2008', period: '2008-05' }]);
  });

  it('shows date headers as their round and numbers with a decimal comma, in the step and in the message', async () => {
    const may = (year: number) => new Date(Date.UTC(year, 4, 1));
    const file = buildXlsx([
      {
        name: 'Data',
        rows: [
          ['Område', 'Nr.', 'Indikator', 'Hovedindikator', 'Retning', 'Måles i', may(2006), may(2007)],
          ['Sundhed', 'sun-1', 'Røgfri unge', 'ja', 'op', 'x', 9.5, 52.3],
          ['Sundhed', 'sun-2', 'Fysisk aktive', 'nej', 'op', 'y', 51, 12.25],
          [],
          ['Kilde: egne tal'],
        ],
      },
    ]);
    const result = await parseImportFile(file, 'eget.xlsx');
    const columns = result.layout?.columns ?? [];
    expect(columns.map((c) => c.label).slice(6)).toEqual(['Maj 2006', 'Maj 2007']);
    expect(columns.map((c) => c.header).slice(6)).toEqual(['2006-05-01', '2007-05-01']);
    expect(columns.map((c) => c.samples).slice(6)).toEqual([
      ['9,5', '51'],
      ['52,3', '12,25'],
    ]);
    expect(result.layout).toMatchObject({ dataRows: 2, readable: false });
    expect(result.layout?.missing).toContain('unit');
    const message = errors(result).join('\n');
    expect(message).toContain('«Måles i», «Maj 2006», «Maj 2007»');
    expect(message).not.toContain('2006-05-01');
  });

  it('a new round with the period of a stored one is found, and can be read as the stored one', async () => {
    const result = await read([
      CANONICAL[0] ?? '',
      (CANONICAL[1] ?? '').replace(';2008;47;', ';2008-05;47;'),
    ]);
    const storedRound = { id: 'maj-2008', label: 'Maj 2008', period: '2008-05' };
    const stored = [storedRound];
    const found = findRoundLookalikes(stored, result.records.rounds);
    expect(found.map((f) => [f.incoming.label, f.existing.label])).toEqual([['2008-05', 'Maj 2008']]);
    const merged = readAsStoredRounds(result.records, new Map([['2008-05', storedRound]]));
    expect(merged.rounds).toEqual(stored);
    expect(merged.measurements.map((m) => [m.id, m.roundId])).toEqual([['udd-1@maj-2008', 'maj-2008']]);
    expect(findRoundLookalikes(stored, merged.rounds)).toEqual([]);
  });
});

describe('merged header cells', () => {
  const top = [
    'Område',
    'ID',
    'Indikator',
    'Hovedindikator',
    'Enhed',
    'Retning',
    'Værdi',
    null,
    null,
    'Basisår',
    'Basis',
    'Målår',
    'Mål',
  ];
  const below = [null, null, null, null, null, null, 2006, 2007, 'Maj 2008'];
  const data = [
    ['Uddannelse', 'udd-1', 'Unge i uddannelse', 'ja', '%', 'op', 45, 46, 47.5, 2006, 45, 2010, 55],
    [
      'Tryghed',
      'try-1',
      'Anmeldte forbrydelser',
      'ja',
      'antal',
      'ned',
      1500,
      '..',
      1234,
      2006,
      1500,
      2010,
      1000,
    ],
  ];

  /** «Værdi» merged over G1:I1 with the rounds in the row below, as Excel and Calc save it. */
  function mergedXlsx(): Uint8Array {
    const files = unzipSync(buildXlsx([{ name: 'Data', rows: [top, below, ...data] }]));
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml'] ?? new Uint8Array());
    files['xl/worksheets/sheet1.xml'] = strToU8(
      sheet.replace(
        '</sheetData>',
        '</sheetData><mergeCells count="1"><mergeCell ref="G1:I1"/></mergeCells>',
      ),
    );
    return zipSync(files);
  }

  it('reads a header of two rows with a merged «Værdi» over the round columns as a wide table', async () => {
    const result = await parseImportFile(mergedXlsx(), 'flet.xlsx');
    expect(errors(result)).toEqual([]);
    expect(result.layout?.headerRow).toBe(1);
    expect(result.layout?.columns.slice(6, 9).map((c) => [c.letter, c.choice, c.roundLabel])).toEqual([
      ['G', ROUND_COLUMN, '2006'],
      ['H', ROUND_COLUMN, '2007'],
      ['I', ROUND_COLUMN, 'Maj 2008'],
    ]);
    const values = Object.fromEntries(result.records.measurements.map((m) => [m.id, m.value]));
    expect(values).toEqual({
      'udd-1@2006': 45,
      'udd-1@2007': 46,
      'udd-1@maj-2008': 47.5,
      'try-1@2006': 1500,
      'try-1@2007': null,
      'try-1@maj-2008': 1234,
    });
  });

  it('reads the same header written with blank cells after «Værdi» (a CSV of the same sheet)', async () => {
    const csv = [top, below, ...data].map((row) =>
      row
        .map((cell) =>
          cell === null ? '' : typeof cell === 'number' ? String(cell).replace('.', ',') : cell,
        )
        .join(';'),
    );
    const fromCsv = await read(csv);
    const fromXlsx = await parseImportFile(mergedXlsx(), 'flet.xlsx');
    expect(errors(fromCsv)).toEqual([]);
    expect(fromCsv.records.measurements).toEqual(fromXlsx.records.measurements);
  });
});
