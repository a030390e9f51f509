import { strToU8, zipSync } from 'fflate';
import { FIELD_HEADER, LAYOUT_FIELDS, REQUIRED_FIELDS, type FieldKey } from './fields';

/** One example row: a user sees at once how each column is written. */
const EXAMPLE: Record<FieldKey, string | number> = {
  area: 'Uddannelse',
  indicatorId: 'udd-1',
  indicator: 'Andel tosprogede unge med en ungdomsuddannelse',
  main: 'ja',
  unit: '%',
  direction: 'op',
  round: 'Maj 2008',
  value: 47.5,
  baselinePeriod: '2006',
  baselineValue: 45,
  targetPeriod: '2010',
  targetValue: 55,
  precision: 1,
  published: '30-05-2008',
  roundPeriod: '2008-05',
};

/** What each column may hold, in Danish, for the template's guide. */
export const ALLOWED_VALUES: Record<FieldKey, string> = {
  area: 'Områdets navn, fx «Uddannelse» eller «Beskæftigelse».',
  indicatorId:
    'Kort, fast id for indikatoren (bogstaver, tal og bindestreg), fx «udd-1». Samme id på alle indikatorens rækker.',
  indicator: 'Indikatorens navn, som det skal stå i brevet.',
  main: '«ja» eller «nej»: er det områdets hovedindikator? Højst én pr. område.',
  unit: 'Enhed, fx «%», «antal» eller «pct.-point».',
  direction: '«op» (højere er bedre) eller «ned» (lavere er bedre).',
  round: 'Målingens navn, fx «2008» eller «Maj 2008». Én række pr. indikator pr. måling.',
  value: 'Tallet, med decimalkomma, fx 47,5. Tom, «..», «-» eller «n/a» betyder ingen måling (aldrig 0).',
  baselinePeriod: 'Basisperioden, fx «2006» eller «maj 2006».',
  baselineValue: 'Værdien i basisperioden.',
  targetPeriod: 'Perioden målsætningen gælder for, fx «2010».',
  targetValue: 'Målsætningens værdi.',
  precision: 'Valgfri: antal decimaler statussen beregnes med (0–6). Tom betyder hele tal.',
  published: 'Valgfri: datoen målingen blev offentliggjort, fx 30-05-2008.',
  roundPeriod: 'Valgfri: målingens periode, når navnet ikke siger den, fx «2008-05».',
};

function required(field: FieldKey): string {
  return REQUIRED_FIELDS.includes(field) ? 'skal udfyldes' : 'valgfri';
}

function csvCell(text: string): string {
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * «Hent skabelon» as CSV for Danish Excel: the layout's header, one example row, and below an empty row
 * notes on what each column may hold (the import skips such note rows). UTF-8 with BOM, ";" and decimal comma.
 */
export function templateCsv(): Uint8Array {
  const header = LAYOUT_FIELDS.map((field) => FIELD_HEADER[field]).join(';');
  const example = LAYOUT_FIELDS.map((field) => {
    const value = EXAMPLE[field];
    return csvCell(typeof value === 'number' ? String(value).replace('.', ',') : value);
  }).join(';');
  const notes = LAYOUT_FIELDS.map((field) =>
    csvCell(`Note: ${FIELD_HEADER[field]} (${required(field)}): ${ALLOWED_VALUES[field]}`),
  );
  const text = [
    header,
    example,
    '',
    'Note: Erstat eksempelrækken med jeres egne tal, og slet disse noter.',
    ...notes,
  ];
  return strToU8(`\ufeff${text.join('\r\n')}\r\n`);
}

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** Text cells as inline strings (style 1: bold for the header), numbers as numbers. */
function sheetXml(
  rows: readonly (readonly (string | number)[])[],
  boldFirstRow: boolean,
  widths: number[],
): string {
  const body = rows
    .map((row, r) => {
      const style = boldFirstRow && r === 0 ? ' s="1"' : '';
      const cells = row
        .map((cell, c) => {
          const ref = `${columnName(c)}${r + 1}`;
          return typeof cell === 'number'
            ? `<c r="${ref}"${style}><v>${cell}</v></c>`
            : `<c r="${ref}" t="inlineStr"${style}><is><t xml:space="preserve">${escapeXml(cell)}</t></is></c>`;
        })
        .join('');
      return `<row r="${r + 1}">${cells}</row>`;
    })
    .join('');
  const cols = widths
    .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`)
    .join('');
  return `${XML_HEAD}<worksheet xmlns="${MAIN_NS}"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><cols>${cols}</cols><sheetData>${body}</sheetData></worksheet>`;
}

/**
 * «Hent skabelon» as .xlsx: sheet «Data» with the layout's header and one example row, sheet «Vejledning»
 * with what each column may hold. Written by hand (SpreadsheetML zipped with fflate): no writer library needed.
 */
export function templateXlsx(): Uint8Array {
  const header = LAYOUT_FIELDS.map((field) => FIELD_HEADER[field]);
  const example = LAYOUT_FIELDS.map((field) => EXAMPLE[field]);
  const guide: (string | number)[][] = [
    ['kolonne', 'udfyldes', 'hvad den indeholder'],
    ...LAYOUT_FIELDS.map((field) => [FIELD_HEADER[field], required(field), ALLOWED_VALUES[field]]),
    [],
    ['', '', 'Erstat eksempelrækken på arket «Data» med jeres egne tal: én række pr. indikator pr. måling.'],
  ];
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    ),
    '_rels/.rels': strToU8(
      `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/><sheet name="Vejledning" sheetId="2" r:id="rId2"/></sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL_NS}/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId3" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`,
    ),
    'xl/styles.xml': strToU8(
      `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0"/><xf numFmtId="0" fontId="1" applyFont="1"/></cellXfs></styleSheet>`,
    ),
    'xl/worksheets/sheet1.xml': strToU8(
      sheetXml(
        [header, example],
        true,
        header.map((name) => Math.max(12, name.length + 4)),
      ),
    ),
    'xl/worksheets/sheet2.xml': strToU8(sheetXml(guide, true, [18, 14, 100])),
  };
  return zipSync(files);
}
