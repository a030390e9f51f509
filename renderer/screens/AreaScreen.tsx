import { useMemo, type ReactElement } from 'react';
import type { Indicator, IndicatorStatus, Measurement, Round } from '../../shared/domain/types';
import { areaOverrideNote, decidedFigures } from '../../shared/domain/figures';
import { periodText } from '../../shared/domain/periods';
import { computeAreaStatuses, roundsUpTo } from '../../shared/domain/status';
import { STATUS_WORD } from '../../shared/domain/wording';
import { OverrideEditor } from '../components/OverrideEditor';
import { RoundPicker } from '../components/RoundPicker';
import { SampleDataNotice } from '../components/SampleDataNotice';
import { SeriesChart } from '../components/SeriesChart';
import { StatusBadge } from '../components/StatusBadge';
import { MoreIndicators } from '../components/MoreIndicators';
import { useIncrementalCount } from '../components/useIncrementalCount';
import { indicatorSeries } from '../components/chart-series';
import { formatIndicatorValue, trendText } from '../components/indicator-format';
import { useAreaDataset } from '../hooks/useDataset';
import { useDatasetLabel } from '../hooks/useDatasetLabel';
import { useRound } from '../hooks/useRound';
import { routeHref } from '../router';
import '../styles/data.css';

function IndicatorSection({
  indicator,
  status,
  rounds,
  round,
  measurements,
}: {
  indicator: Indicator;
  status: IndicatorStatus;
  rounds: Round[];
  round: Round;
  /** This indicator's measurements (the screen groups them once; scanning all per indicator was quadratic). */
  measurements: readonly Measurement[];
}): ReactElement {
  const series = indicatorSeries(indicator, rounds, measurements);
  const headingId = `indikator-${indicator.id}`;
  const figures = decidedFigures(indicator, status);
  const trend = trendText(figures, indicator);
  const overrideNote = status.override ? `Status ændret manuelt: ${status.override.reason.trim()}` : null;
  return (
    <section className="card area-indicator" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {indicator.name} {indicator.isMain && <span className="muted">(hovedindikator)</span>}
      </h2>
      <p className="indicator-meta">
        Enhed: {indicator.unit || 'ingen'} ·{' '}
        {indicator.direction === 'up' ? 'Højere er bedre' : 'Lavere er bedre'}
        {/* For whoever keeps the data file: small and to the side, not part of what the indicator is called. */}
        <span
          className="indicator-id"
          title="Indikatorens id i datafilen (kolonnen indikator_id); bruges, når data rettes eller importeres igen"
        >
          indikator_id {indicator.id}
        </span>
      </p>
      <p className="indicator-trend">
        {round.label}: {formatIndicatorValue(figures.latest, indicator)} · {trend ?? 'ingen måling'}
      </p>
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Basis ({periodText(indicator.baseline.period)})</th>
              {rounds.map((r) => (
                <th scope="col" key={r.id}>
                  {r.label}
                </th>
              ))}
              <th scope="col">Mål ({periodText(indicator.target.period)})</th>
              <th scope="col">Status ({round.label})</th>
              <th scope="col">Forklaring</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td className="number">{formatIndicatorValue(indicator.baseline.value, indicator)}</td>
              {series.slice(1).map((point, index) => (
                <td className="number" key={rounds[index]?.id ?? index}>
                  {point.value === null ? 'ingen måling' : formatIndicatorValue(point.value, indicator)}
                </td>
              ))}
              <td className="number">{formatIndicatorValue(indicator.target.value, indicator)}</td>
              <td>
                <StatusBadge status={status.status} overrideNote={overrideNote} />
              </td>
              <td>{status.explanation}</td>
            </tr>
          </tbody>
        </table>
      </div>
      <SeriesChart indicator={indicator} points={series} />
      <OverrideEditor
        key={`${indicator.id}@${round.id}`}
        scope="indicator"
        targetId={indicator.id}
        targetName={indicator.name}
        roundId={round.id}
        roundLabel={round.label}
        current={status.override}
        computed={status.computed}
      />
    </section>
  );
}

export default function AreaScreen({ areaId }: { areaId: string }): ReactElement {
  // This area's indicators and values only: an import can hold 20,000 indicators in other areas.
  const dataset = useAreaDataset(areaId);
  const label = useDatasetLabel();
  const { round, rounds, select } = useRound(dataset);
  const areaStatus = useMemo(
    () => (dataset && round ? computeAreaStatuses(dataset, round.id, { areaIds: [areaId] })[0] : undefined),
    [dataset, round, areaId],
  );
  const area = dataset?.areas.find((a) => a.id === areaId);
  const indicators = useMemo(
    () =>
      (dataset?.indicators ?? [])
        .filter((i) => i.areaId === areaId)
        .sort((a, b) => Number(b.isMain) - Number(a.isMain) || a.sortOrder - b.sortOrder),
    [dataset, areaId],
  );
  const measurementsOf = useMemo(() => {
    const ids = new Set(indicators.map((i) => i.id));
    const grouped = new Map<string, Measurement[]>();
    for (const m of dataset?.measurements ?? []) {
      if (!ids.has(m.indicatorId)) continue;
      const list = grouped.get(m.indicatorId);
      if (list) list.push(m);
      else grouped.set(m.indicatorId, [m]);
    }
    return grouped;
  }, [dataset, indicators]);
  const statusOf = useMemo(
    () => new Map((areaStatus?.indicators ?? []).map((s) => [s.indicatorId, s])),
    [areaStatus],
  );
  // An area with thousands of indicators is drawn a chunk at a time, and beyond 100 on request.
  const { shown, showMore } = useIncrementalCount(indicators.length, {
    resetKey: `${areaId}@${round?.id ?? ''}`,
  });

  if (!dataset) {
    return (
      <section>
        <h1 tabIndex={-1}>Område</h1>
        <p className="loading">Indlæser data …</p>
      </section>
    );
  }
  if (!area || !round || !areaStatus) {
    return (
      <section>
        <h1 tabIndex={-1}>Område</h1>
        <p>
          Området «{areaId}» findes ikke i de indlæste data.{' '}
          <a href={routeHref({ screen: 'overview' })}>Tilbage til oversigten</a>
        </p>
      </section>
    );
  }
  const shownRounds = roundsUpTo(dataset.rounds, round.id);
  const areaNote = areaOverrideNote(areaStatus);
  return (
    <section className="area-screen">
      <p>
        <a href={routeHref({ screen: 'overview' })}>← Oversigt</a>
      </p>
      <div className="screen-head">
        <h1 tabIndex={-1}>{area.name}</h1>
        <StatusBadge status={areaStatus.status} overrideNote={areaNote?.text} />
        <SampleDataNotice label={label} />
      </div>
      <RoundPicker rounds={rounds} round={round} onSelect={select} />
      {areaNote && (
        <p className="override-note">
          {areaNote.scope === 'area' ? 'Områdets status' : 'Hovedindikatorens status'} er ændret manuelt fra{' '}
          {STATUS_WORD[areaNote.computed].toLowerCase()}: {areaNote.reason}
        </p>
      )}
      <OverrideEditor
        key={`area-${area.id}@${round.id}`}
        scope="area"
        targetId={area.id}
        targetName={area.name}
        roundId={round.id}
        roundLabel={round.label}
        current={areaStatus.override}
        computed={areaStatus.computed}
      />
      <h2 className="visually-hidden">Indikatorer</h2>
      {indicators.length === 0 && <p>Området har ingen indikatorer.</p>}
      {indicators.slice(0, shown).map((indicator) => {
        const status = statusOf.get(indicator.id);
        return status ? (
          <IndicatorSection
            key={indicator.id}
            indicator={indicator}
            status={status}
            rounds={shownRounds}
            round={round}
            measurements={measurementsOf.get(indicator.id) ?? []}
          />
        ) : null;
      })}
      <MoreIndicators shown={shown} total={indicators.length} onMore={showMore} />
    </section>
  );
}
