import type { Area, Indicator } from '../domain/types';
import { makeProblem, type ImportProblem, type ProblemLocation } from './problems';

/**
 * domain.md: an area has exactly one main indicator. The area's status is its main indicator's,
 * so none or two would leave the letter's verdict undefined.
 */
export function checkOneMainPerArea(
  areas: readonly { area: Area; row: number }[],
  indicators: readonly { indicator: Indicator; row: number }[],
  mainColumnAt: (row: number) => ProblemLocation,
): ImportProblem[] {
  const mainsByArea = new Map<string, { indicator: Indicator; row: number }[]>();
  for (const entry of indicators) {
    if (!entry.indicator.isMain) continue;
    const list = mainsByArea.get(entry.indicator.areaId) ?? [];
    list.push(entry);
    mainsByArea.set(entry.indicator.areaId, list);
  }
  const problems: ImportProblem[] = [];
  for (const { area, row } of areas) {
    const mains = mainsByArea.get(area.id) ?? [];
    if (mains.length === 0) {
      problems.push(
        makeProblem(
          mainColumnAt(row),
          `Området «${area.name}» har ingen hovedindikator; skriv «ja» ud for præcis én af dets indikatorer.`,
        ),
      );
    }
    const first = mains[0];
    for (const extra of mains.slice(1)) {
      problems.push(
        makeProblem(
          mainColumnAt(extra.row),
          `Området «${area.name}» har allerede hovedindikatoren «${first?.indicator.id ?? ''}» (række ${first?.row ?? 0}); «${extra.indicator.id}» kan ikke også være hovedindikator. Et område har præcis én.`,
        ),
      );
    }
  }
  return problems;
}
