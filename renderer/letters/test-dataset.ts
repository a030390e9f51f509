import {
  defaultAreas,
  defaultCommittees,
  defaultSender,
  defaultStatusSettings,
} from '../../shared/domain/defaults';
import type { BarometerDataset, Indicator, Measurement } from '../../shared/domain/types';

/**
 * A small dataset for the letter tests: one main indicator per area (higher is better, baseline 50), measured in
 * round "2008". Uddannelse and tryghed fall (red), sundhed og omsorg stands still (yellow), the rest rise (green).
 */
export function letterTestDataset(): BarometerDataset {
  const areas = defaultAreas();
  const latest: Record<string, number> = { uddannelse: 45, tryghed: 40, 'sundhed-og-omsorg': 50 };
  const indicators: Indicator[] = areas.map((area, index) => ({
    id: `${area.id}-1`,
    areaId: area.id,
    name: `Hovedindikator for ${area.name}`,
    unit: '%',
    direction: 'up',
    isMain: true,
    precision: 0,
    baseline: { period: '2006', value: 50 },
    target: { period: '2010', value: 60 },
    sortOrder: index,
  }));
  const measurements: Measurement[] = indicators.map((indicator) => ({
    id: `${indicator.id}@r2008`,
    indicatorId: indicator.id,
    roundId: 'r2008',
    value: latest[indicator.areaId] ?? 55,
  }));
  return {
    areas,
    committees: defaultCommittees().map((committee) =>
      committee.id === 'buu' ? { ...committee, chairName: 'Bo Asmus Kjeldgaard' } : committee,
    ),
    indicators,
    rounds: [{ id: 'r2008', label: 'Maj 2008', period: '2008-05', publishedOn: '2008-05-28' }],
    measurements,
    overrides: [],
    statusSettings: defaultStatusSettings(),
    sender: defaultSender(),
  };
}
