import type { ReactElement } from 'react';
import { periodText } from '../../shared/domain/periods';
import type { Indicator } from '../../shared/domain/types';
import { formatNumber } from '../../shared/domain/wording';
import {
  labelledIndexes,
  niceTicks,
  seriesLines,
  seriesScale,
  valueRange,
  type SeriesPoint,
} from './chart-series';
import { decimalsOf, formatIndicatorValue } from './indicator-format';
import { useChartWidth } from './useChartWidth';
import '../styles/charts.css';

const FALLBACK_WIDTH = 640;
const HEIGHT = 240;
const LEFT = 56;
const TOP = 26;
const BOTTOM = 36;
const TICKS = 4;
/** Points sit this far inside the axes, so a value label above the first point never covers a tick label. */
const INSET = 40;
/** Least room between two round labels on the x axis ("Basis 2006/2007" is about 90 px at 11 px). */
const LABEL_GAP = 96;

/**
 * An indicator's series over the rounds against its target, with Danish-formatted axis labels. It fills the
 * width of its card; the baseline is a hollow point labelled "Basis 2006" on the axis, the rounds solid.
 */
export function SeriesChart({
  indicator,
  points,
}: {
  indicator: Indicator;
  points: SeriesPoint[];
}): ReactElement {
  const [ref, measured] = useChartWidth<HTMLDivElement>('series', FALLBACK_WIDTH);
  const width = Math.max(320, measured);
  const target = formatIndicatorValue(indicator.target.value, indicator);
  // Room at the right for "Mål 6,5 karakter" (about 6.5 px per character at 11 px bold).
  const RIGHT = Math.max(70, Math.ceil((`Mål ${target}`.length * 13) / 2) + 10);
  const range = valueRange(points, indicator.target.value);
  const { ticks, step: tickStep } = niceTicks(range.min, range.max, TICKS);
  const min = ticks[0] ?? range.min;
  const max = ticks[ticks.length - 1] ?? range.max;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const box = { left: LEFT + INSET, right: width - RIGHT - INSET, top: TOP, bottom: TOP + plotHeight };
  const scale = seriesScale(box, points.length, { min, max }, { centreLonePoint: true });
  const { x, y } = scale;
  const tickDecimals = decimalsOf(tickStep, 2);
  const indexed = points.map((point, index) => ({ ...point, index }));
  const spacing = points.length > 1 ? (box.right - box.left) / (points.length - 1) : 0;
  const labelled = new Set(labelledIndexes(points.length, spacing, LABEL_GAP));
  const valueLabelled = new Set(labelledIndexes(points.length, spacing, 36));
  const targetY = y(indicator.target.value);
  const label = `Graf over ${indicator.name}: ${points
    .map((p) => `${p.label} ${p.value === null ? 'ingen måling' : formatIndicatorValue(p.value, indicator)}`)
    .join(', ')}. Mål ${target} i ${periodText(indicator.target.period)}.`;
  return (
    <div className="chart-box" ref={ref}>
      <svg
        className="series-chart"
        role="img"
        aria-label={label}
        viewBox={`0 0 ${width} ${HEIGHT}`}
        width={width}
        height={HEIGHT}
      >
        {ticks.map((tick) => (
          <g key={tick}>
            <line className="chart-grid" x1={LEFT} x2={width - RIGHT} y1={y(tick)} y2={y(tick)} />
            <text className="chart-text" x={LEFT - 6} y={y(tick) + 4} textAnchor="end">
              {formatNumber(tick, tickDecimals)}
            </text>
          </g>
        ))}
        <line className="chart-axis" x1={LEFT} x2={LEFT} y1={TOP} y2={TOP + plotHeight} />
        <line
          className="chart-axis"
          x1={LEFT}
          x2={width - RIGHT}
          y1={TOP + plotHeight}
          y2={TOP + plotHeight}
        />
        <text className="chart-text" x={LEFT - 6} y={TOP - 14} textAnchor="end">
          {indicator.unit}
        </text>
        {indexed.map((p) =>
          labelled.has(p.index) ? (
            <text
              key={p.index}
              className={p.index === 0 ? 'chart-text chart-text-baseline' : 'chart-text'}
              x={x(p.index)}
              y={HEIGHT - BOTTOM + 16}
              textAnchor="middle"
            >
              {p.label}
            </text>
          ) : null,
        )}
        <line className="chart-target" x1={LEFT} x2={width - RIGHT} y1={targetY} y2={targetY} />
        <text className="chart-target-text" x={width - RIGHT + 4} y={targetY + 4}>
          Mål {target}
        </text>
        {seriesLines(points, scale).map((line) => (
          <polyline key={line.key} className="chart-line" points={line.points} />
        ))}
        {indexed.map((p) =>
          p.value === null ? null : (
            <g key={p.index}>
              <circle
                className={p.index === 0 ? 'chart-dot chart-dot-baseline' : 'chart-dot'}
                cx={x(p.index)}
                cy={y(p.value)}
                r={4}
              />
              {valueLabelled.has(p.index) && (
                <text className="chart-text" x={x(p.index)} y={y(p.value) - 8} textAnchor="middle">
                  {formatNumber(p.value, indicator.precision)}
                </text>
              )}
            </g>
          ),
        )}
      </svg>
    </div>
  );
}
