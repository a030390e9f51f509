import type { ReactElement } from 'react';
import { areaOverrideNote, decidedFigures } from '../../shared/domain/figures';
import { periodText } from '../../shared/domain/periods';
import type { Area, AreaStatus, Indicator } from '../../shared/domain/types';
import { routeHref } from '../router';
import { StatusBadge } from './StatusBadge';
import { TrendChart } from './TrendChart';
import type { SeriesPoint } from './chart-series';
import { formatIndicatorValue, trendText } from './indicator-format';

export interface AreaCardProps {
  area: Area;
  status: AreaStatus;
  mainIndicator: Indicator | undefined;
  series: SeriesPoint[];
}

/** One area on the overview: status, movement, value against target and a sparkline; opens the area. */
export function AreaCard({ area, status, mainIndicator, series }: AreaCardProps): ReactElement {
  const main = mainIndicator ? status.indicators.find((s) => s.indicatorId === mainIndicator.id) : undefined;
  const figures = mainIndicator && main ? decidedFigures(mainIndicator, main) : null;
  const trend = mainIndicator && figures ? trendText(figures, mainIndicator) : null;
  const note = areaOverrideNote(status);
  return (
    <li className={`area-card card area-card-${status.status}`}>
      <a className="area-card-link" href={routeHref({ screen: 'area', areaId: area.id })}>
        <span className="area-card-head">
          <span className="area-card-name">{area.name}</span>
          <StatusBadge status={status.status} overrideNote={note?.text} />
        </span>
        {mainIndicator ? (
          <>
            <span className="area-card-indicator">{mainIndicator.name}</span>
            <span className="area-card-value">
              {formatIndicatorValue(figures?.latest ?? null, mainIndicator)} · mål{' '}
              {formatIndicatorValue(mainIndicator.target.value, mainIndicator)} (
              {periodText(mainIndicator.target.period)})
            </span>
            <span className="area-card-trend">{trend ?? 'Ingen værdi i denne måling'}</span>
            <TrendChart indicator={mainIndicator} points={series} />
          </>
        ) : (
          <span className="area-card-indicator">Området har ingen hovedindikator.</span>
        )}
        {note && <span className="area-card-override">{note.text}</span>}
      </a>
    </li>
  );
}
