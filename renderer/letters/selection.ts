import type { AreaId, AreaStatus, BarometerDataset, Committee, Status } from '../../shared/domain/types';

const needsAttention = (status: Status): boolean => status === 'red' || status === 'yellow';

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
  const areaOrder = [...dataset.areas].sort((a, b) => a.sortOrder - b.sortOrder);
  return [...dataset.committees]
    .filter((committee) => committee.id !== dataset.sender.committeeId)
    .sort((a, b) => a.sortOrder - b.sortOrder)
    .map((committee) => {
      const areas = areaOrder
        .filter((area) => committee.areaIds.includes(area.id))
        .map((area) => ({ areaId: area.id, name: area.name, status: statusOf(area.id) }));
      return {
        committee,
        areas,
        attentionAreaIds: areas.filter((area) => needsAttention(area.status)).map((area) => area.areaId),
      };
    });
}

/** What the chosen areas make of the letter, for the hint on "Nyt brev". */
export function selectionKind(
  areaIds: readonly AreaId[],
  statuses: readonly AreaStatus[],
): 'empty' | 'urge' | 'acknowledge' | 'unmeasured' {
  if (areaIds.length === 0) return 'empty';
  const chosen = areaIds.map((id) => statuses.find((status) => status.areaId === id)?.status ?? 'none');
  if (chosen.some(needsAttention)) return 'urge';
  if (chosen.includes('green')) return 'acknowledge';
  return 'unmeasured';
}
