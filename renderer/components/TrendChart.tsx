import type { ReactElement } from 'react';
import type { Indicator } from '../../shared/domain/types';
import { seriesLines, seriesScale, valueRange, type SeriesPoint } from './chart-series';
import { formatIndicatorValue } from './indicator-format';

const WIDTH = 220;
const HEIGHT = 56;
const PAD = 6;

/** Hand-drawn SVG sparkline of the main indicator with its target as a dashed line (no chart library). */
export function TrendChart({
  indicator,
  points,
}: {
  indicator: Indicator;
  points: SeriesPoint[];
}): ReactElement {
  const box = { left: PAD, right: WIDTH - PAD, top: PAD, bottom: HEIGHT - PAD };
  const scale = seriesScale(box, points.length, valueRange(points, indicator.target.value));
  const { x, y } = scale;
  const indexed = points.map((point, index) => ({ ...point, index }));
  const described = points
    .map((p) => `${p.label}: ${p.value === null ? 'ingen måling' : formatIndicatorValue(p.value, indicator)}`)
    .join('; ');
  const label = `Udvikling i ${indicator.name}. ${described}. Mål ${formatIndicatorValue(indicator.target.value, indicator)} i ${indicator.target.period}.`;
  const targetY = y(indicator.target.value);
  return (
    <svg
      className="trend-chart"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width={WIDTH}
      height={HEIGHT}
    >
      <line className="chart-target" x1={PAD} x2={WIDTH - PAD} y1={targetY} y2={targetY} />
      {seriesLines(points, scale).map((line) => (
        <polyline key={line.key} className="chart-line" points={line.points} />
      ))}
      {indexed.map((p) =>
        p.value === null ? null : (
          <circle key={p.index} className="chart-dot" cx={x(p.index)} cy={y(p.value)} r={2.5} />
        ),
      )}
    </svg>
  );
}
