import type { BarometerDataset, Indicator, Measurement } from '../../shared/domain/types';

/**
 * The sample dataset with `count` invented indicators spread evenly over its areas (one main indicator each),
 * measured in every round: a large "Bilag 1" from the same code path as a real letter.
 */
export function withIndicatorCount(base: BarometerDataset, count: number): BarometerDataset {
  const areas = [...base.areas].sort((a, b) => a.sortOrder - b.sortOrder);
  const rounds = [...base.rounds].sort((a, b) => a.period.localeCompare(b.period));
  const indicators: Indicator[] = [];
  const measurements: Measurement[] = [];
  for (let i = 0; i < count; i++) {
    const area = areas[i % areas.length];
    if (!area) throw new Error('datasættet har ingen indsatsområder');
    const id = `bench-${i + 1}`;
    const direction = i % 3 === 0 ? 'down' : 'up';
    const base0 = 20 + (i % 50);
    indicators.push({
      id,
      areaId: area.id,
      name: `Indikator ${i + 1}: andel borgere med anden etnisk baggrund end dansk i ${area.name.toLowerCase()}`,
      unit: i % 4 === 0 ? 'antal' : '%',
      direction,
      isMain: i < areas.length,
      precision: i % 5 === 0 ? 1 : 0,
      baseline: { period: '2006', value: base0 },
      target: { period: '2010', value: direction === 'up' ? base0 + 10 : base0 - 10 },
      sortOrder: Math.floor(i / areas.length) + 1,
    });
    rounds.forEach((round, index) => {
      // Some go up, some down, some stand still, and a few rounds lack a value: every status appears.
      const drift = ((i % 7) - 3) * (index + 1);
      measurements.push({
        id: `${id}@${round.id}`,
        indicatorId: id,
        roundId: round.id,
        value: (i + index) % 17 === 0 ? null : base0 + drift,
      });
    });
  }
  return { ...base, indicators, measurements, overrides: [] };
}
