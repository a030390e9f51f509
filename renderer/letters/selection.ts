import { joinDanish } from '../../shared/domain/wording';
import { groupAreasByStatus } from '../../shared/letter/progress-paragraph';
import { conclusionRole } from '../../shared/letter/variant';
import type {
  Area,
  AreaId,
  AreaStatus,
  BarometerDataset,
  Committee,
  Status,
} from '../../shared/domain/types';

export interface CommitteeSummary {
  committee: Committee;
  /** The committee's areas with their status, in the dataset's area order. */
  areas: { areaId: AreaId; name: string; status: Status }[];
  /** Areas whose main indicator is red or yellow: what a letter urges priority on. */
  attentionAreaIds: AreaId[];
}

/** Every committee that can receive a letter (all but the sender), with the status of each of its areas. */
export function committeeSummaries(
  dataset: BarometerDataset,
  statuses: readonly AreaStatus[],
): CommitteeSummary[] {
  const statusOf = (areaId: AreaId): Status =>
    statuses.find((status) => status.areaId === areaId)?.status ?? 'none';
  return [...dataset.committees]
    .filter((committee) => committee.id !== dataset.sender.committeeId)
    .sort((a, b) => a.sortOrder - b.sortOrder)
    .map((committee) => {
      const own = dataset.areas.filter((area) => committee.areaIds.includes(area.id));
      const grouped = groupAreasByStatus(own, statuses);
      return {
        committee,
        areas: [...own]
          .sort((a, b) => a.sortOrder - b.sortOrder)
          .map((area) => ({ areaId: area.id, name: area.name, status: statusOf(area.id) })),
        attentionAreaIds: grouped.setback.map((entry) => entry.area.id),
      };
    });
}

/** What the chosen areas make of the letter, for the hint on "Nyt brev" (the letter engine's own rule). */
export function selectionKind(
  chosenAreas: readonly Area[],
  statuses: readonly AreaStatus[],
): 'empty' | 'urge' | 'acknowledge' | 'unmeasured' {
  if (chosenAreas.length === 0) return 'empty';
  const conclusion = conclusionRole(groupAreasByStatus(chosenAreas, statuses));
  if (conclusion === 'computed-call') return 'urge';
  if (conclusion === 'computed-acknowledge') return 'acknowledge';
  return 'unmeasured';
}

/**
 * Why a committee gets no letter, for "Alle udvalg" and "Nyt brev" alike. Missing data never reads as green: an
 * area without a measurement is named, e.g. "ingen røde eller gule områder (ingen måling for uddannelse)".
 */
export function noLetterReason(summary: Pick<CommitteeSummary, 'areas'>): string {
  if (summary.areas.length === 0) return 'ingen indsatsområder';
  const unmeasured = summary.areas.filter((area) => area.status === 'none');
  if (unmeasured.length === 0) return 'kun grønne områder';
  const names = joinDanish(unmeasured.map((area) => area.name.toLocaleLowerCase('da-DK')));
  return `ingen røde eller gule områder (ingen måling for ${names})`;
}

/** The committees in the plan whose chair has no name yet: their letters open with the title ("Kære …borgmester"). */
export function committeesWithoutChairName(summaries: readonly CommitteeSummary[]): string[] {
  return summaries
    .filter((summary) => summary.committee.chairName.trim() === '')
    .map((summary) => summary.committee.name);
}
