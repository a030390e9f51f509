import type { ReactElement } from 'react';
import type { Area, AreaStatus, Indicator, StatusSettings } from '../../shared/domain/types';
import { routeHref } from '../router';
import { StatusBadge } from './StatusBadge';
import { TrendChart } from './TrendChart';
import type { SeriesPoint } from './chart-series';
import { formatDifference, formatIndicatorValue } from './indicator-format';

export interface AreaCardProps {
  area: Area;
  status: AreaStatus;
  mainIndicator: Indicator | undefined;
  series: SeriesPoint[];
  settings: StatusSettings;
}

/** "▲ +2,5 point siden basis 2006": the main indicator's movement since the reference the rule uses. */
function trendText(status: AreaStatus, indicator: Indicator, settings: StatusSettings): string | null {
  const main = status.indicators.find((s) => s.indicatorId === indicator.id);
  if (!main || main.latest === null || main.reference === null) return null;
  const difference = Number((main.latest - main.reference).toFixed(indicator.precision));
  const symbol = difference > 0 ? '▲' : difference < 0 ? '▼' : '■';
  const since =
    settings.rule === 'development' &&
    settings.developmentReference === 'previous' &&
    main.reference !== indicator.baseline.value
      ? 'siden forrige måling'
      : `siden basis ${indicator.baseline.period}`;
  const better = indicator.direction === 'down' ? ' (lavere er bedre)' : '';
  return `${symbol} ${formatDifference(difference, indicator)} ${since}${better}`;
}

/** One area on the overview: status, movement, value against target and a sparkline; opens the area. */
export function AreaCard({ area, status, mainIndicator, series, settings }: AreaCardProps): ReactElement {
  const main = mainIndicator ? status.indicators.find((s) => s.indicatorId === mainIndicator.id) : undefined;
  const trend = mainIndicator ? trendText(status, mainIndicator, settings) : null;
  return (
    <li className={`area-card card area-card-${status.status}`}>
      <a className="area-card-link" href={routeHref({ screen: 'area', areaId: area.id })}>
        <span className="area-card-head">
          <span className="area-card-name">{area.name}</span>
          <StatusBadge status={status.status} overridden={status.override !== undefined} />
        </span>
        {mainIndicator ? (
          <>
            <span className="area-card-indicator">{mainIndicator.name}</span>
            <span className="area-card-value">
              {formatIndicatorValue(main?.latest ?? null, mainIndicator)} · mål{' '}
              {formatIndicatorValue(mainIndicator.target.value, mainIndicator)} ({mainIndicator.target.period}
              )
            </span>
            <span className="area-card-trend">{trend ?? 'Ingen måling i denne runde'}</span>
            <TrendChart indicator={mainIndicator} points={series} />
          </>
        ) : (
          <span className="area-card-indicator">Området har ingen hovedindikator.</span>
        )}
        {status.override && (
          <span className="area-card-override">Status ændret manuelt: {status.override.reason}</span>
        )}
      </a>
    </li>
  );
}
