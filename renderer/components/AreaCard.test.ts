import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { defaultSender } from '../../shared/domain/defaults';
import { computeAreaStatuses } from '../../shared/domain/status';
import type { BarometerDataset, StatusOverride } from '../../shared/domain/types';
import { AreaCard } from './AreaCard';
import { indicatorSeries } from './chart-series';

/** The overview card as React renders it, for the figures the issue found contradicting the light. */

function dataset(latest: number, overrides: StatusOverride[] = []): BarometerDataset {
  return {
    areas: [{ id: 'uddannelse', name: 'Uddannelse', definiteForm: 'uddannelsesområdet', sortOrder: 1 }],
    committees: [],
    indicators: [
      {
        id: 'udd-1',
        areaId: 'uddannelse',
        name: 'Andel tosprogede unge med en ungdomsuddannelse',
        unit: '%',
        direction: 'up',
        isMain: true,
        precision: 0,
        baseline: { period: '2006', value: 58 },
        target: { period: '2010-05', value: 68 },
        sortOrder: 1,
      },
    ],
    rounds: [{ id: 'maj-2008', label: 'Maj 2008', period: '2008-05' }],
    measurements: [{ id: 'udd-1@maj-2008', indicatorId: 'udd-1', roundId: 'maj-2008', value: latest }],
    overrides,
    statusSettings: { rule: 'development', developmentReference: 'baseline' },
    sender: defaultSender(),
  };
}

function render(data: BarometerDataset): string {
  const [status] = computeAreaStatuses(data, 'maj-2008');
  const [area] = data.areas;
  const [main] = data.indicators;
  if (!status || !area || !main) throw new Error('fixture');
  return renderToStaticMarkup(
    createElement(AreaCard, {
      area,
      status,
      mainIndicator: main,
      series: indicatorSeries(main, data.rounds, data.measurements),
    }),
  );
}

/** The card's text as a reader sees it (tags gone, white space collapsed). */
function card(data: BarometerDataset): string {
  return render(data)
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
}

describe('AreaCard', () => {
  it('shows the figures the yellow light was decided on: 58 % against 58 %, ±0 point', () => {
    const text = card(dataset(57.5));
    expect(text).toContain('Gul');
    expect(text).toContain('58 % · mål 68 % (maj 2010)');
    expect(text).toContain('■ ±0 point siden basis 2006');
    expect(text).not.toContain('−1 point');
  });

  it('marks a main indicator set by hand, with the reason as hover title and as text', () => {
    const data = dataset(57.5, [
      {
        id: 'indicator:udd-1@maj-2008',
        roundId: 'maj-2008',
        scope: 'indicator',
        targetId: 'udd-1',
        status: 'red',
        reason: 'Tallet er foreløbigt',
        createdAt: '2008-05-20T10:00:00Z',
      },
    ]);
    const html = render(data);
    expect(html).toMatch(/title="[^"]*Hovedindikatorens status ændret manuelt: Tallet er foreløbigt"/);
    expect(html).toContain('(ændret manuelt)');
    expect(html).toContain('Rød');
  });
});
