/**
 * Child process for scenario 9: reads one spreadsheet with the app's import (parseImportFile) and prints
 * one JSON line: time, peak memory of the whole process, rows read and the first problem.
 *   node --import tsx bench/lib/spreadsheet-read.ts <file>
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseImportFile } from '../../shared/import/import-file';

const path = process.argv[2] ?? '';
const bytes = new Uint8Array(readFileSync(path));
const started = performance.now();
const parsed = await parseImportFile(bytes, basename(path));
console.log(
  JSON.stringify({
    ms: Math.round(performance.now() - started),
    peakMb: Math.round(process.resourceUsage().maxRSS / 1024),
    rows: parsed.rowCount,
    firstProblem: parsed.problems[0]?.message ?? null,
  }),
);
