import { useEffect, useMemo, type ReactElement } from 'react';
import { computeAreaStatuses, roundsUpTo } from '../../shared/domain/status';
import { AreaCard } from '../components/AreaCard';
import { FirstRunOffer } from '../components/FirstRunOffer';
import { RoundPicker } from '../components/RoundPicker';
import { SampleDataNotice } from '../components/SampleDataNotice';
import { indicatorSeries } from '../components/chart-series';
import { useDataset } from '../hooks/useDataset';
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
  const dataset = useDataset();
  const label = useDatasetLabel();
  const { round, rounds, select } = useRound(dataset);
  const statuses = useMemo(
    () => (dataset && round ? computeAreaStatuses(dataset, round.id) : []),
    [dataset, round],
  );
  const hasCards = statuses.length > 0;

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
  const shownRounds = roundsUpTo(dataset.rounds, round.id);
  return (
    <section className="overview">
      <div className="screen-head">
        <h1 tabIndex={-1}>Oversigt</h1>
        <SampleDataNotice label={label} />
      </div>
      <RoundPicker rounds={rounds} round={round} onSelect={select} />
      <ul className="area-cards" aria-label={`Indsatsområder, måling ${round.label}`}>
        {statuses.map((status) => {
          const area = dataset.areas.find((a) => a.id === status.areaId);
          if (!area) return null;
          const main = dataset.indicators.find((i) => i.id === status.mainIndicatorId);
          return (
            <AreaCard
              key={area.id}
              area={area}
              status={status}
              mainIndicator={main}
              series={main ? indicatorSeries(main, shownRounds, dataset.measurements) : []}
            />
          );
        })}
      </ul>
    </section>
  );
}
