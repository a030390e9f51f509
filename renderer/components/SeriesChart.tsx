import type { ReactElement } from 'react';
import type { Indicator } from '../../shared/domain/types';
import { formatNumber } from '../../shared/domain/wording';
import { niceTicks, seriesLines, seriesScale, valueRange, type SeriesPoint } from './chart-series';
import { decimalsOf, formatIndicatorValue } from './indicator-format';

const WIDTH = 640;
const HEIGHT = 240;
const LEFT = 56;
const RIGHT = 70;
const TOP = 26;
const BOTTOM = 36;
const TICKS = 4;
/** Points sit this far inside the axes, so a value label above the first point never covers a tick label. */
const INSET = 28;

/** An indicator's series over the rounds against its target, with Danish-formatted axis labels. */
export function SeriesChart({
  indicator,
  points,
}: {
  indicator: Indicator;
  points: SeriesPoint[];
}): ReactElement {
  const range = valueRange(points, indicator.target.value);
  const { ticks, step: tickStep } = niceTicks(range.min, range.max, TICKS);
  const min = ticks[0] ?? range.min;
  const max = ticks[ticks.length - 1] ?? range.max;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const box = { left: LEFT + INSET, right: WIDTH - RIGHT - INSET, top: TOP, bottom: TOP + plotHeight };
  const scale = seriesScale(box, points.length, { min, max }, { centreLonePoint: true });
  const { x, y } = scale;
  const tickDecimals = decimalsOf(tickStep, 2);
  const indexed = points.map((point, index) => ({ ...point, index }));
  const targetY = y(indicator.target.value);
  const target = formatIndicatorValue(indicator.target.value, indicator);
  const label = `Graf over ${indicator.name}: ${points
    .map((p) => `${p.label} ${p.value === null ? 'ingen måling' : formatIndicatorValue(p.value, indicator)}`)
    .join(', ')}. Mål ${target} i ${indicator.target.period}.`;
  return (
    <svg
      className="series-chart"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width="100%"
      style={{ maxWidth: WIDTH }}
    >
      {ticks.map((tick) => (
        <g key={tick}>
          <line className="chart-grid" x1={LEFT} x2={WIDTH - RIGHT} y1={y(tick)} y2={y(tick)} />
          <text className="chart-text" x={LEFT - 6} y={y(tick) + 4} textAnchor="end">
            {formatNumber(tick, tickDecimals)}
          </text>
        </g>
      ))}
      <line className="chart-axis" x1={LEFT} x2={LEFT} y1={TOP} y2={TOP + plotHeight} />
      <line className="chart-axis" x1={LEFT} x2={WIDTH - RIGHT} y1={TOP + plotHeight} y2={TOP + plotHeight} />
      <text className="chart-text" x={LEFT - 6} y={TOP - 14} textAnchor="end">
        {indicator.unit}
      </text>
      {indexed.map((p) => (
        <text
          key={p.index}
          className="chart-text"
          x={x(p.index)}
          y={HEIGHT - BOTTOM + 16}
          textAnchor="middle"
        >
          {p.label}
        </text>
      ))}
      <line className="chart-target" x1={LEFT} x2={WIDTH - RIGHT} y1={targetY} y2={targetY} />
      <text className="chart-target-text" x={WIDTH - RIGHT + 4} y={targetY + 4}>
        Mål {target}
      </text>
      {seriesLines(points, scale).map((line) => (
        <polyline key={line.key} className="chart-line" points={line.points} />
      ))}
      {indexed.map((p) =>
        p.value === null ? null : (
          <g key={p.index}>
            <circle className="chart-dot" cx={x(p.index)} cy={y(p.value)} r={4} />
            <text className="chart-text" x={x(p.index)} y={y(p.value) - 8} textAnchor="middle">
              {formatNumber(p.value, indicator.precision)}
            </text>
          </g>
        ),
      )}
    </svg>
  );
}
