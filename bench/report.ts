import type { ScenarioResult } from './scenario';
import { formatMs } from './stats';

/** The one table `npm run bench` prints: scenario, figure, baseline, ratio, target, pass/fail. */

function formatValue(value: number, unit: 'ms' | 'kB'): string {
  return unit === 'ms' ? formatMs(value) : `${value.toFixed(1)} kB`;
}

function cells(result: ScenarioResult): string[] {
  const figure = result.figure ? formatValue(result.figure.value, result.figure.unit) : '–';
  const baseline = result.baseline
    ? `${formatValue(result.baseline.value, result.baseline.unit)} (${result.baseline.description})`
    : '–';
  const ratio = result.ratio === null ? '–' : `${result.ratio.toFixed(2)}×`;
  const verdict = result.pass === null ? (result.notMeasured ?? 'ikke målt') : result.pass ? 'PASS' : 'FAIL';
  return [`${result.id} ${result.name}`, figure, baseline, ratio, result.target.description, verdict];
}

const HEADERS = ['scenario', 'figure', 'baseline', 'ratio', 'target', 'pass/fail'];

export function formatTable(results: readonly ScenarioResult[]): string {
  const rows = [HEADERS, ...results.map(cells)];
  const widths = HEADERS.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  const line = (row: string[]): string =>
    row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ');
  const separator = widths.map((width) => '-'.repeat(width)).join('-|-');
  return [line(HEADERS), separator, ...rows.slice(1).map(line)].join('\n');
}

/** Details under the table: per-step medians, p90s, breakdowns and failed checks. */
export function formatDetails(results: readonly ScenarioResult[]): string {
  const blocks: string[] = [];
  for (const result of results) {
    const lines = [...result.details];
    for (const failed of result.target.failed) lines.push(`missed: ${failed}`);
    if (lines.length > 0)
      blocks.push([`[${result.id}] ${result.name}`, ...lines.map((l) => `  ${l}`)].join('\n'));
  }
  return blocks.join('\n');
}

/** A Markdown version of the table, for the performance notes. */
export function formatMarkdownTable(results: readonly ScenarioResult[]): string {
  const escape = (cell: string): string => cell.replaceAll('|', '\\|');
  const rows = results.map((result) => `| ${cells(result).map(escape).join(' | ')} |`);
  return [`| ${HEADERS.join(' | ')} |`, `| ${HEADERS.map(() => '---').join(' | ')} |`, ...rows].join('\n');
}
