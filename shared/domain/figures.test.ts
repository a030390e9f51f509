import { describe, expect, it } from 'vitest';
import { defaultSender } from './defaults';
import { areaOverrideNote, decidedFigures } from './figures';
import { computeAreaStatuses, computeIndicatorStatus } from './status';
import type { BarometerDataset, Indicator, Measurement, Round, StatusSettings } from './types';
import { formatValue } from './wording';

const baseline: StatusSettings = { rule: 'development', developmentReference: 'baseline' };
const previous: StatusSettings = { rule: 'development', developmentReference: 'previous' };
const rounds: Round[] = [
  { id: 'maj-2007', label: 'Maj 2007', period: '2007-05' },
  { id: 'maj-2008', label: 'Maj 2008', period: '2008-05' },
];

function uddannelse(extra: Partial<Indicator> = {}): Indicator {
  return {
    id: 'udd-1',
    areaId: 'uddannelse',
    name: 'Andel tosprogede unge med en ungdomsuddannelse',
    unit: '%',
    direction: 'up',
    isMain: true,
    precision: 0,
    baseline: { period: '2006', value: 58 },
    target: { period: '2010', value: 68 },
    sortOrder: 1,
    ...extra,
  };
}

const m = (roundId: string, value: number | null): Measurement => ({
  id: `udd-1@${roundId}`,
  indicatorId: 'udd-1',
  roundId,
  value,
});

describe('decidedFigures: the figures the status rule decided on', () => {
  it('57,5 against a baseline of 58,0 is 58 against 58, ±0 and yellow, not "−1 point" beside a yellow light', () => {
    const indicator = uddannelse();
    const status = computeIndicatorStatus(indicator, rounds, [m('maj-2008', 57.5)], 'maj-2008', baseline);
    const figures = decidedFigures(indicator, status);
    expect(status.status).toBe('yellow');
    expect(figures).toMatchObject({
      latest: 58,
      reference: 58,
      difference: 0,
      movement: 'same',
      since: 'basis 2006',
      status: 'yellow',
    });
    // The explanation the area screen shows prints the very same figures.
    expect(status.explanation).toBe(
      `${formatValue(figures.latest, '%')} mod basis (2006) ${formatValue(figures.reference, '%')}: uændret`,
    );
  });

  it('agrees with the light in every direction: movement better = green, worse = red', () => {
    const up = uddannelse();
    const down = uddannelse({ direction: 'down' });
    for (const [indicator, value, light, movement] of [
      [up, 58.6, 'green', 'better'],
      [up, 57.4, 'red', 'worse'],
      [down, 57.4, 'green', 'better'],
      [down, 58.5, 'red', 'worse'],
      [down, 58.4, 'yellow', 'same'],
    ] as const) {
      const status = computeIndicatorStatus(indicator, rounds, [m('maj-2008', value)], 'maj-2008', baseline);
      const figures = decidedFigures(indicator, status);
      expect([status.status, figures.movement]).toEqual([light, movement]);
    }
  });

  it('rounds at the indicator precision, free of float noise (1,005 → 1,01; difference 0,01)', () => {
    const indicator = uddannelse({ precision: 2, baseline: { period: '2006', value: 1 } });
    const status = computeIndicatorStatus(indicator, rounds, [m('maj-2008', 1.005)], 'maj-2008', baseline);
    const figures = decidedFigures(indicator, status);
    expect([figures.latest, figures.reference, figures.difference]).toEqual([1.01, 1, 0.01]);
    expect(status.status).toBe('green');
  });

  it('names the previous round when the rule compared with it, and the baseline period in words', () => {
    const indicator = uddannelse({ baseline: { period: '2006-05', value: 50 } });
    const values = [m('maj-2007', 60.4), m('maj-2008', 59.6)];
    const againstPrevious = decidedFigures(
      indicator,
      computeIndicatorStatus(indicator, rounds, values, 'maj-2008', previous),
    );
    expect(againstPrevious).toMatchObject({
      reference: 60,
      difference: 0,
      since: 'forrige måling (Maj 2007)',
    });
    const againstBaseline = decidedFigures(
      indicator,
      computeIndicatorStatus(indicator, rounds, values, 'maj-2008', baseline),
    );
    expect(againstBaseline).toMatchObject({ reference: 50, difference: 10, since: 'basis maj 2006' });
  });

  it('has no figures without a measurement', () => {
    const indicator = uddannelse();
    const figures = decidedFigures(
      indicator,
      computeIndicatorStatus(indicator, rounds, [m('maj-2008', null)], 'maj-2008', baseline),
    );
    expect(figures).toMatchObject({ latest: null, difference: null, movement: null, status: 'none' });
  });
});

describe('areaOverrideNote', () => {
  function dataset(overrides: BarometerDataset['overrides']): BarometerDataset {
    return {
      areas: [{ id: 'uddannelse', name: 'Uddannelse', definiteForm: 'uddannelsesområdet', sortOrder: 1 }],
      committees: [],
      indicators: [uddannelse()],
      rounds,
      measurements: [m('maj-2008', 57.5)],
      overrides,
      statusSettings: baseline,
      sender: defaultSender(),
    };
  }
  const override = (scope: 'area' | 'indicator', targetId: string, reason: string) => ({
    id: `${scope}:${targetId}@maj-2008`,
    roundId: 'maj-2008',
    scope,
    targetId,
    status: 'red' as const,
    reason,
    createdAt: '2008-05-20T10:00:00Z',
  });

  it('marks an area whose main indicator was overridden, with the reason', () => {
    const [status] = computeAreaStatuses(
      dataset([override('indicator', 'udd-1', 'Ny opgørelse fra DST')]),
      'maj-2008',
    );
    expect(status?.override).toBeUndefined(); // the area itself was not overridden …
    expect(status?.status).toBe('red'); // … but it shows its main indicator's manual status
    expect(status && areaOverrideNote(status)).toEqual({
      scope: 'indicator',
      reason: 'Ny opgørelse fra DST',
      computed: 'yellow',
      text: 'Hovedindikatorens status ændret manuelt: Ny opgørelse fra DST',
    });
  });

  it('prefers the area override, and has nothing to say without one', () => {
    const [overridden] = computeAreaStatuses(dataset([override('area', 'uddannelse', 'Skøn')]), 'maj-2008');
    expect(overridden && areaOverrideNote(overridden)?.text).toBe('Status ændret manuelt: Skøn');
    const [plain] = computeAreaStatuses(dataset([]), 'maj-2008');
    expect(plain && areaOverrideNote(plain)).toBeNull();
  });
});
