import { formatNumber, STATUS_WORD } from '../domain/wording';
import { formatLetterDate } from './compose';
import type { AnnexIndicatorRow, ComposedLetter, InlineRun } from './types';

/** Runs as plain text; a link keeps its address in brackets so nothing the reader needs is lost. */
export function runsToPlainText(runs: readonly InlineRun[]): string {
  return runs
    .map((run) => (run.link && run.link !== run.text ? `${run.text} (${run.link})` : run.text))
    .join('');
}

function annexValue(value: number | null, row: AnnexIndicatorRow): string {
  return value === null ? '–' : formatNumber(value, row.precision);
}

function annexRow(row: AnnexIndicatorRow): string {
  const name = `${row.indicatorName}${row.unit ? ` (${row.unit})` : ''}${row.isMain ? ' (hovedindikator)' : ''}`;
  const cells = [
    `Basis ${row.baseline.period}: ${formatNumber(row.baseline.value, row.precision)}`,
    ...row.earlier.map((earlier) => `${earlier.roundLabel}: ${annexValue(earlier.value, row)}`),
    `Seneste ${row.latest.roundLabel}: ${annexValue(row.latest.value, row)}`,
    `Mål ${row.target.period}: ${formatNumber(row.target.value, row.precision)}`,
    `Status: ${STATUS_WORD[row.status]}`,
  ];
  const reason = row.overrideReason ? ` (ændret: ${row.overrideReason})` : '';
  return `- ${name}. ${cells.join('; ')}${reason}`;
}

/** The whole letter as text, in reading order: used by tests and the preview's search. */
export function letterToPlainText(letter: ComposedLetter): string {
  const { header, sender, annex } = letter;
  const lines: string[] = [letter.senderCommitteeName, ''];
  lines.push(
    `Dato: ${formatLetterDate(header)}`,
    `Sagsnr.: ${header.sagsnr}`,
    `Dok.nr.: ${header.doknr}`,
    '',
  );
  lines.push(letter.salutation, '');
  for (const paragraph of letter.paragraphs) lines.push(runsToPlainText(paragraph.runs), '');
  lines.push(letter.greeting, '', sender.signatoryName, '');
  for (const [label, value] of contactBlock(letter)) lines.push(label, value);
  for (const website of sender.websites) lines.push(website);
  lines.push('', annex.title, annex.heading, '');
  for (const area of annex.areas) {
    const reason = area.overrideReason ? ` (ændret: ${area.overrideReason})` : '';
    lines.push(`${area.areaName}: ${STATUS_WORD[area.status]}${reason}`);
    for (const row of area.indicators) lines.push(annexRow(row));
    lines.push('');
  }
  lines.push(annex.statusRuleDescription);
  return lines.join('\n');
}

/** The reference letter's contact block as label/value pairs; empty entries are left out. */
export function contactBlock(letter: ComposedLetter): [label: string, value: string][] {
  const { sender } = letter;
  const [firstAddressLine = '', ...otherAddressLines] = sender.addressLines;
  const pairs: [string, string][] = [
    [firstAddressLine, otherAddressLines.join(', ')],
    ['Telefon', sender.phone],
    ['Direkte telefon', sender.directPhone],
    ['Telefax', sender.fax],
    ['E-mail', sender.email],
  ];
  return pairs.filter(([label, value]) => label.trim() !== '' && value.trim() !== '');
}
