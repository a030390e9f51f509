import { describe, expect, it } from 'vitest';
import { defaultAreas } from '../domain/defaults';
import type { AreaStatus, Status } from '../domain/types';
import { groupAreasByStatus } from './progress-paragraph';
import { conclusionRole, letterVariant } from './variant';

const areas = defaultAreas().filter((area) => ['uddannelse', 'bolig'].includes(area.id));
const status = (areaId: string, value: Status): AreaStatus => ({
  areaId,
  roundId: '2008',
  computed: value,
  status: value,
  mainIndicatorId: null,
  indicators: [],
});
const grouped = (uddannelse: Status, bolig: Status) =>
  groupAreasByStatus(areas, [status('uddannelse', uddannelse), status('bolig', bolig)]);

describe('letterVariant', () => {
  it.each<[Status, Status, string, string | null]>([
    ['red', 'green', 'urge', 'computed-call'],
    ['yellow', 'none', 'urge', 'computed-call'],
    ['green', 'green', 'acknowledge', 'computed-acknowledge'],
    ['green', 'none', 'acknowledge', 'computed-acknowledge'],
    ['none', 'none', 'urge', null],
  ])('uddannelse %s and bolig %s make an %s letter ending in %s', (uddannelse, bolig, variant, role) => {
    expect(letterVariant(grouped(uddannelse, bolig))).toBe(variant);
    expect(conclusionRole(grouped(uddannelse, bolig))).toBe(role);
  });
});
