import type { ReactElement } from 'react';
import { periodText } from '../../shared/domain/periods';
import type { Indicator } from '../../shared/domain/types';
import { labelledIndexes, seriesLines, seriesScale, valueRange, type SeriesPoint } from './chart-series';
import { formatIndicatorValue } from './indicator-format';
import { useChartWidth } from './useChartWidth';
import '../styles/charts.css';

const FALLBACK_WIDTH = 320;
const PLOT_HEIGHT = 56;
const LABEL_ROW = 16;
const HEIGHT = PLOT_HEIGHT + LABEL_ROW;
const PAD = 6;
/** Room left and right so the first and last labels ("Basis 2006", "Maj 2008") fit inside the card. */
const SIDE = 8;

/**
 * Hand-drawn SVG sparkline of the main indicator with its target as a dashed line (no chart library). It fills
 * the card's width; the baseline is drawn hollow and labelled ("Basis 2006") like the round it ends with.
 */
export function TrendChart({
  indicator,
  points,
}: {
  indicator: Indicator;
  points: SeriesPoint[];
}): ReactElement {
  const [ref, width] = useChartWidth<HTMLSpanElement>('trend', FALLBACK_WIDTH);
  const box = { left: SIDE, right: width - SIDE, top: PAD, bottom: PLOT_HEIGHT - PAD };
  const scale = seriesScale(box, points.length, valueRange(points, indicator.target.value));
  const { x, y } = scale;
  const indexed = points.map((point, index) => ({ ...point, index }));
  const spacing = points.length > 1 ? (box.right - box.left) / (points.length - 1) : 0;
  const labelled = labelledIndexes(points.length, spacing, 110).filter(
    (index) => index === 0 || index === points.length - 1,
  );
  const described = points
    .map((p) => `${p.label}: ${p.value === null ? 'ingen måling' : formatIndicatorValue(p.value, indicator)}`)
    .join('; ');
  const label = `Udvikling i ${indicator.name}. ${described}. Mål ${formatIndicatorValue(indicator.target.value, indicator)} i ${periodText(indicator.target.period)}.`;
  const targetY = y(indicator.target.value);
  return (
    <span className="chart-box" ref={ref}>
      <svg
        className="trend-chart"
        role="img"
        aria-label={label}
        viewBox={`0 0 ${width} ${HEIGHT}`}
        width={width}
        height={HEIGHT}
      >
        <line className="chart-target" x1={box.left} x2={box.right} y1={targetY} y2={targetY} />
        {seriesLines(points, scale).map((line) => (
          <polyline key={line.key} className="chart-line" points={line.points} />
        ))}
        {indexed.map((p) =>
          p.value === null ? null : (
            <circle
              key={p.index}
              className={p.index === 0 ? 'chart-dot chart-dot-baseline' : 'chart-dot'}
              cx={x(p.index)}
              cy={y(p.value)}
              r={p.index === 0 ? 3 : 2.5}
            />
          ),
        )}
        {labelled.map((index) => (
          <text
            key={index}
            className="chart-text"
            x={x(index)}
            y={HEIGHT - 3}
            textAnchor={index === 0 ? 'start' : 'end'}
          >
            {points[index]?.label}
          </text>
        ))}
      </svg>
    </span>
  );
}
