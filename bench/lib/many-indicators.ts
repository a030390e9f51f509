import { exportImportCsv } from '../../shared/import/export-csv';
import { sampleDataset } from '../../shared/sample/eksempeldata';
import type { Round } from '../../shared/domain/types';
import { withIndicatorCount } from './synthetic-dataset';

/**
 * The import file of the "many indicators" case (issue 11, item 9): `indicatorCount` indicators over the sample's
 * six areas, each measured in `roundCount` yearly rounds, written as the app's own CSV export (UTF-8 with BOM,
 * ";" and decimal comma). 20,000 indicators × 5 rounds = 100,000 rows.
 */
export function manyIndicatorsCsv(indicatorCount: number, roundCount: number): Uint8Array {
  const rounds: Round[] = Array.from({ length: roundCount }, (_, index) => {
    const year = 2006 + index;
    return { id: `maj-${year}`, label: `Maj ${year}`, period: `${year}-05` };
  });
  const data = withIndicatorCount({ ...sampleDataset(), rounds }, indicatorCount);
  return exportImportCsv(data);
}
