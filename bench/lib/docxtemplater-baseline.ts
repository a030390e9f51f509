import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import {
  AlignmentType,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { ComposedLetter } from '../../shared/letter/types';

/**
 * The baseline for the letter scenarios: docxtemplater filling a template that holds the same letter (header
 * fields, salutation, paragraphs, signature, contact block, "Bilag 1" with one table per area and a row loop).
 * The template is written once with the `docx` package; each timed run loads it, renders and zips.
 */

const STATUS_WORD: Record<string, string> = {
  green: 'Grøn',
  yellow: 'Gul',
  red: 'Rød',
  none: 'Ingen måling',
};

function text(value: string, bold = false): Paragraph {
  return new Paragraph({ children: [new TextRun({ text: value, bold })] });
}

function cell(value: string, bold = false): TableCell {
  return new TableCell({ children: [text(value, bold)] });
}

const ANNEX_COLUMNS = ['Indikator', 'Enhed', 'Basis', 'Tidligere målinger', 'Seneste', 'Mål', 'Status'];

export async function buildTemplate(): Promise<Uint8Array> {
  const annexTable = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: ANNEX_COLUMNS.map((title) => cell(title, true)) }),
      new TableRow({
        children: [
          cell('{#rows}{name}'),
          cell('{unit}'),
          cell('{baseline}'),
          cell('{earlier}'),
          cell('{latest}'),
          cell('{target}'),
          cell('{status}{/rows}'),
        ],
      }),
    ],
  });
  const document = new Document({
    sections: [
      {
        children: [
          text('Dato: {date}'),
          text('Sagsnr.: {sagsnr}'),
          text('Dok.nr.: {doknr}'),
          text('{#recipientLines}'),
          text('{line}'),
          text('{/recipientLines}'),
          text('{salutation}'),
          text('{#paragraphs}'),
          text('{text}'),
          text('{/paragraphs}'),
          text('{greeting}'),
          text('{signatory}'),
          text('{#contact}'),
          text('{label}', true),
          text('{value}'),
          text('{/contact}'),
          new Paragraph({
            pageBreakBefore: true,
            children: [new TextRun({ text: '{annexTitle}', bold: true })],
          }),
          text('{annexHeading}'),
          text('{#areas}'),
          new Paragraph({
            alignment: AlignmentType.LEFT,
            children: [new TextRun({ text: '{areaName} – {status}', bold: true })],
          }),
          annexTable,
          text('{/areas}'),
          text('{statusRule}'),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

function valueText(value: number | null, unit: string): string {
  return value === null ? 'ingen måling' : `${String(value).replace('.', ',')} ${unit}`;
}

/** The composed letter's content as docxtemplater data: the same words the project's .docx holds. */
export function templateData(letter: ComposedLetter): Record<string, unknown> {
  const sender = letter.sender;
  const contact = [
    { label: sender.addressLines[0] ?? '', value: sender.addressLines.slice(1).join(', ') },
    { label: 'Telefon', value: sender.phone },
    { label: 'Direkte telefon', value: sender.directPhone },
    { label: 'Telefax', value: sender.fax },
    { label: 'E-mail', value: sender.email },
    ...sender.websites.map((site) => ({ label: site, value: '' })),
  ];
  return {
    date: letter.header.date,
    sagsnr: letter.header.sagsnr,
    doknr: letter.header.doknr,
    recipientLines: [{ line: letter.recipientCommitteeName }],
    salutation: letter.salutation,
    paragraphs: letter.paragraphs.map((paragraph) => ({
      text: paragraph.runs.map((run) => run.text).join(''),
    })),
    greeting: letter.greeting,
    signatory: sender.signatoryName,
    contact,
    annexTitle: letter.annex.title,
    annexHeading: letter.annex.heading,
    statusRule: letter.annex.statusRuleDescription,
    areas: letter.annex.areas.map((area) => ({
      areaName: area.areaName,
      status: STATUS_WORD[area.status] ?? area.status,
      rows: area.indicators.map((row) => ({
        name: row.indicatorName,
        unit: row.unit,
        baseline: `${row.baseline.period}: ${valueText(row.baseline.value, row.unit)}`,
        earlier: row.earlier.map((e) => `${e.roundLabel}: ${valueText(e.value, row.unit)}`).join('; '),
        latest: `${row.latest.roundLabel}: ${valueText(row.latest.value, row.unit)}`,
        target: `${row.target.period}: ${valueText(row.target.value, row.unit)}`,
        status: STATUS_WORD[row.status] ?? row.status,
      })),
    })),
  };
}

/** One docxtemplater render of the template: load, fill, zip (what a template-based app does per letter). */
export function renderTemplate(template: Uint8Array, data: Record<string, unknown>): Uint8Array {
  const doc = new Docxtemplater(new PizZip(template), { paragraphLoop: true, linebreaks: true });
  doc.render(data);
  return doc.getZip().generate({ type: 'uint8array', compression: 'DEFLATE' });
}
