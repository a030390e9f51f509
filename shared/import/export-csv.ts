import type { BarometerDataset } from '../domain/types';
import { FIELD_HEADER, LAYOUT_FIELDS } from './fields';
import { canonicalPeriod } from '../domain/periods';

export type ExportableData = Pick<BarometerDataset, 'areas' | 'indicators' | 'rounds' | 'measurements'>;

const BOM = '\ufeff';
/** Excel runs a cell starting with one of these as a formula ("=HYPERLINK(…)"); a leading ' makes it text. */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[;"\r\n]/;

/**
 * The data in the import layout for Danish Excel: ";" between cells, decimal comma, CRLF, UTF-8 with
 * BOM (without the BOM Excel reads UTF-8 as ANSI and garbles æøå). One row per indicator per round
 * that has a measurement; an indicator without any measurement has no row to live on.
 */
export function exportImportCsv(data: ExportableData): Uint8Array {
  return new TextEncoder().encode(BOM + exportImportCsvText(data));
}

export function exportImportCsvText(data: ExportableData): string {
  const areaName = new Map(data.areas.map((area) => [area.id, area.name]));
  const measurement = new Map(data.measurements.map((m) => [m.id, m]));
  const indicators = [...data.indicators].sort((a, b) => a.sortOrder - b.sortOrder || compare(a.id, b.id));
  const rounds = [...data.rounds].sort((a, b) => compare(a.period, b.period) || compare(a.label, b.label));
  const lines = [LAYOUT_FIELDS.map((field) => FIELD_HEADER[field]).join(';')];
  for (const indicator of indicators) {
    for (const round of rounds) {
      const found = measurement.get(`${indicator.id}@${round.id}`);
      if (!found) continue;
      const cells = [
        text(areaName.get(indicator.areaId) ?? indicator.areaId),
        text(indicator.id),
        text(indicator.name),
        indicator.isMain ? 'ja' : 'nej',
        text(indicator.unit),
        indicator.direction === 'up' ? 'op' : 'ned',
        text(round.label),
        found.value === null ? '' : number(found.value),
        text(indicator.baseline.period),
        number(indicator.baseline.value),
        text(indicator.target.period),
        number(indicator.target.value),
        String(indicator.precision),
        text(round.publishedOn ?? ''),
        // Only a period the importer can read back; otherwise the label stands for itself.
        canonicalPeriod(round.period) === round.period ? round.period : '',
      ];
      lines.push(cells.join(';'));
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function text(value: string): string {
  const guarded = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(guarded) || guarded !== guarded.trim()
    ? `"${guarded.replace(/"/g, '""')}"`
    : guarded;
}

/** Full precision with a decimal comma; never exponent notation, which Danish Excel would not read. */
function number(value: number): string {
  const plain = String(value);
  const expanded = plain.includes('e')
    ? value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 })
    : plain;
  return expanded.replace('.', ',');
}
