import { periodText } from '../domain/periods';
import { roundsUpTo } from '../domain/rounds';
import type { AreaStatus, BarometerDataset, RoundId, StatusSettings } from '../domain/types';
import { inSentence } from './progress-paragraph';
import type { Annex, AnnexArea, AnnexIndicatorRow } from './types';

/** How the statuses were found, in one Danish sentence under the annex table (domain.md, "Status rules"). */
export function statusRuleDescription(settings: StatusSettings): string {
  if (settings.rule === 'on-track') {
    return (
      'Status efter reglen «på rette kurs mod målsætningen»: grøn, når den seneste værdi er på eller foran den lige ' +
      'linje fra basismålingen til målsætningen; gul, når der er fremgang, men bagud i forhold til linjen; rød, når ' +
      'der ikke er fremgang.'
    );
  }
  const reference = settings.developmentReference === 'previous' ? 'den forrige måling' : 'basismålingen';
  return (
    `Status efter reglen «udvikling siden ${reference}»: grøn, når udviklingen går i den rigtige retning mod ` +
    'målsætningen; gul, når der ikke er nogen væsentlig udvikling; rød, når udviklingen går i den forkerte retning.'
  );
}

/** "Bilag 1": every area of the round (sort order), each indicator with baseline, earlier and latest values and target. */
export function buildAnnex(
  dataset: BarometerDataset,
  roundId: RoundId,
  areaStatuses: readonly AreaStatus[],
): Annex {
  const rounds = roundsUpTo(dataset.rounds, roundId);
  const round = rounds[rounds.length - 1];
  if (!round) throw new Error(`Målingen «${roundId}» findes ikke i data.`);
  const earlierRounds = rounds.slice(0, -1);
  const valueOf = new Map(dataset.measurements.map((m) => [`${m.indicatorId}@${m.roundId}`, m.value]));
  const value = (indicatorId: string, id: RoundId): number | null =>
    valueOf.get(`${indicatorId}@${id}`) ?? null;
  const areaStatusOf = new Map(areaStatuses.map((status) => [status.areaId, status]));

  const areas: AnnexArea[] = [...dataset.areas]
    .sort((a, b) => a.sortOrder - b.sortOrder)
    .map((area) => {
      const areaStatus = areaStatusOf.get(area.id);
      const indicatorStatusOf = new Map((areaStatus?.indicators ?? []).map((s) => [s.indicatorId, s]));
      const indicators: AnnexIndicatorRow[] = dataset.indicators
        .filter((indicator) => indicator.areaId === area.id)
        // The main indicator first: it decides the area's status, so the reader looks for it first.
        .sort((a, b) => Number(b.isMain) - Number(a.isMain) || a.sortOrder - b.sortOrder)
        .map((indicator) => {
          const status = indicatorStatusOf.get(indicator.id);
          const reason = status?.override?.reason;
          return {
            indicatorName: indicator.name,
            unit: indicator.unit,
            isMain: indicator.isMain,
            baseline: { period: periodText(indicator.baseline.period), value: indicator.baseline.value },
            earlier: earlierRounds.map((r) => ({ roundLabel: r.label, value: value(indicator.id, r.id) })),
            latest: { roundLabel: round.label, value: value(indicator.id, round.id) },
            target: { period: periodText(indicator.target.period), value: indicator.target.value },
            status: status?.status ?? 'none',
            ...(reason ? { overrideReason: reason } : {}),
            precision: indicator.precision,
          };
        });
      const areaReason = areaStatus?.override?.reason;
      return {
        areaName: area.name,
        status: areaStatus?.status ?? 'none',
        ...(areaReason ? { overrideReason: areaReason } : {}),
        indicators,
      };
    });

  return {
    title: 'Bilag 1',
    heading: `Resultater af integrationsbarometrets måling, ${inSentence(round.label)}`,
    roundLabel: round.label,
    statusRuleDescription: statusRuleDescription(dataset.statusSettings),
    areas,
  };
}
