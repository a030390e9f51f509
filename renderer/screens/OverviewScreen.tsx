import { useEffect, useMemo, type ReactElement } from 'react';
import { computeAreaStatuses, roundsUpTo } from '../../shared/domain/status';
import type { Measurement } from '../../shared/domain/types';
import { AreaCard } from '../components/AreaCard';
import { FirstRunOffer } from '../components/FirstRunOffer';
import { RoundPicker } from '../components/RoundPicker';
import { SampleDataNotice } from '../components/SampleDataNotice';
import { indicatorSeries } from '../components/chart-series';
import { useOverviewDataset } from '../hooks/useDataset';
import { useDatasetLabel } from '../hooks/useDatasetLabel';
import { useRound } from '../hooks/useRound';
import '../styles/data.css';

/** Benchmarks measure start-up time to this mark; set once per page load. */
let overviewMarked = false;
function markOverviewDrawn(): void {
  if (overviewMarked) return;
  overviewMarked = true;
  performance.mark('barometerbrev:overview-drawn');
}

export function OverviewScreen(): ReactElement {
  // Main indicators' values only: the cards show nothing else (a large import has 20,000 indicators).
  const dataset = useOverviewDataset();
  const label = useDatasetLabel();
  const { round, rounds, select } = useRound(dataset);
  // The cards show each area's light and main indicator only: judging every sub-indicator (20,000 in a large
  // import) for them held the main thread for half a second.
  const statuses = useMemo(
    () => (dataset && round ? computeAreaStatuses(dataset, round.id, { mainOnly: true }) : []),
    [dataset, round],
  );
  // Each card's main indicator and its series, from one pass over the measurements (not one per card).
  const cards = useMemo(() => {
    if (!dataset || !round) return [];
    const indicatorById = new Map(dataset.indicators.map((indicator) => [indicator.id, indicator]));
    const areaById = new Map(dataset.areas.map((area) => [area.id, area]));
    const mains = new Set(statuses.flatMap((status) => status.mainIndicatorId ?? []));
    const measurementsOf = new Map<string, Measurement[]>();
    for (const m of dataset.measurements) {
      if (!mains.has(m.indicatorId)) continue;
      const list = measurementsOf.get(m.indicatorId);
      if (list) list.push(m);
      else measurementsOf.set(m.indicatorId, [m]);
    }
    const shownRounds = roundsUpTo(dataset.rounds, round.id);
    return statuses.flatMap((status) => {
      const area = areaById.get(status.areaId);
      if (!area) return [];
      const main = status.mainIndicatorId ? indicatorById.get(status.mainIndicatorId) : undefined;
      const series = main ? indicatorSeries(main, shownRounds, measurementsOf.get(main.id) ?? []) : [];
      return [{ area, status, main, series }];
    });
  }, [dataset, round, statuses]);
  const hasCards = cards.length > 0;

  useEffect(() => {
    if (hasCards) markOverviewDrawn();
  }, [hasCards]);

  if (!dataset) {
    return (
      <section>
        <h1 tabIndex={-1}>Oversigt</h1>
        <p className="loading">Indlæser data …</p>
      </section>
    );
  }
  if (dataset.indicators.length === 0 || !round) {
    return (
      <section>
        <h1 tabIndex={-1}>Oversigt</h1>
        <FirstRunOffer />
      </section>
    );
  }
  return (
    <section className="overview">
      <div className="screen-head">
        <h1 tabIndex={-1}>Oversigt</h1>
        <SampleDataNotice label={label} />
      </div>
      <RoundPicker rounds={rounds} round={round} onSelect={select} />
      <ul className="area-cards" aria-label={`Indsatsområder, måling ${round.label}`}>
        {cards.map(({ area, status, main, series }) => (
          <AreaCard key={area.id} area={area} status={status} mainIndicator={main} series={series} />
        ))}
      </ul>
    </section>
  );
}
