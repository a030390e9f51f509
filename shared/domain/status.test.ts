import { describe, expect, it } from 'vitest';
import type {
  Area,
  BarometerDataset,
  Indicator,
  Measurement,
  Round,
  StatusOverride,
  StatusSettings,
} from './types';
import { computeAreaStatuses, computeIndicatorStatus } from './status';
import { defaultSender } from './defaults';

const development: StatusSettings = { rule: 'development', developmentReference: 'baseline' };
const previous: StatusSettings = { rule: 'development', developmentReference: 'previous' };
const onTrack: StatusSettings = { rule: 'on-track', developmentReference: 'baseline' };

const rounds: Round[] = [
  { id: 'maj-2008', label: 'Maj 2008', period: '2008-05' },
  { id: 'maj-2006', label: 'Maj 2006', period: '2006-05' },
  { id: 'maj-2007', label: 'Maj 2007', period: '2007-05' },
];

function indicator(id: string, areaId: string, extra: Partial<Indicator> = {}): Indicator {
  return {
    id,
    areaId,
    name: `Indikator ${id}`,
    unit: '%',
    direction: 'up',
    isMain: false,
    precision: 0,
    baseline: { period: '2006', value: 40 },
    target: { period: '2010', value: 60 },
    sortOrder: 1,
    ...extra,
  };
}

const m = (indicatorId: string, roundId: string, value: number | null): Measurement => ({
  id: `${indicatorId}@${roundId}`,
  indicatorId,
  roundId,
  value,
});

function override(
  scope: 'area' | 'indicator',
  targetId: string,
  status: StatusOverride['status'],
  reason: string,
) {
  return {
    id: `${scope}:${targetId}@maj-2008`,
    roundId: 'maj-2008',
    scope,
    targetId,
    status,
    reason,
    createdAt: '2008-05-20T10:00:00Z',
  };
}

describe('computeIndicatorStatus', () => {
  const ind = indicator('a', 'x');
  const history = [m('a', 'maj-2006', 44), m('a', 'maj-2007', 46), m('a', 'maj-2008', 45)];

  it('compares with the baseline by default', () => {
    const status = computeIndicatorStatus(ind, rounds, history, 'maj-2008', development);
    expect(status).toMatchObject({
      computed: 'green',
      status: 'green',
      latest: 45,
      reference: 40,
      expected: null,
    });
    expect(status.explanation).toBe('45 % mod basis (2006) 40 %: fremgang');
  });

  it('compares with the previous round when the settings say so', () => {
    const status = computeIndicatorStatus(ind, rounds, history, 'maj-2008', previous);
    expect(status).toMatchObject({ status: 'red', reference: 46 });
    expect(status.explanation).toContain('forrige måling (Maj 2007)');
  });

  it('skips earlier rounds without a value and falls back to the baseline when none has one', () => {
    const gappy = [m('a', 'maj-2006', 47), m('a', 'maj-2007', null), m('a', 'maj-2008', 45)];
    expect(computeIndicatorStatus(ind, rounds, gappy, 'maj-2008', previous)).toMatchObject({
      status: 'red',
      reference: 47,
    });
    const first = computeIndicatorStatus(ind, rounds, [m('a', 'maj-2006', 41)], 'maj-2006', previous);
    expect(first).toMatchObject({ status: 'green', reference: 40 });
    expect(first.explanation).toContain('sammenlignet med basis');
  });

  it('is "ingen måling" when the round has no value, never green', () => {
    const missing = computeIndicatorStatus(ind, rounds, [m('a', 'maj-2006', 44)], 'maj-2008', development);
    expect(missing).toMatchObject({ computed: 'none', status: 'none', latest: null });
    expect(missing.explanation).toBe('Ingen måling i Maj 2008');
    expect(computeIndicatorStatus(ind, rounds, [m('a', 'maj-2008', null)], 'maj-2008', onTrack).status).toBe(
      'none',
    );
    expect(computeIndicatorStatus(ind, rounds, history, 'maj-2010', development).status).toBe('none');
  });

  it('uses the line to the target under the on-track rule', () => {
    // May 2008 lies 0.47 of the way from mid-2006 to mid-2010: expected about 49.4.
    const status = computeIndicatorStatus(ind, rounds, history, 'maj-2008', onTrack);
    expect(status.status).toBe('yellow');
    expect(status.expected).toBeCloseTo(49.4, 1);
    expect(status.reference).toBe(40);
  });

  it('falls back to the development rule when a period cannot be read, and says so', () => {
    const odd = indicator('a', 'x', { target: { period: 'på sigt', value: 60 } });
    const status = computeIndicatorStatus(odd, rounds, history, 'maj-2008', onTrack);
    expect(status.status).toBe('green');
    expect(status.explanation).toMatch(/^Perioden «på sigt» kan ikke læses/);
  });

  it('shows an override with its reason but keeps the computed status', () => {
    const overrides = [override('indicator', 'a', 'yellow', 'Ny opgørelsesmetode')];
    const status = computeIndicatorStatus(ind, rounds, history, 'maj-2008', development, overrides);
    expect(status).toMatchObject({ computed: 'green', status: 'yellow' });
    expect(status.override?.reason).toBe('Ny opgørelsesmetode');
    expect(status.explanation).toContain('Ændret manuelt til gul: Ny opgørelsesmetode');
  });

  it('ignores an override without a reason and overrides of other rounds', () => {
    const overrides = [
      override('indicator', 'a', 'red', '  '),
      { ...override('indicator', 'a', 'red', 'x'), roundId: 'maj-2007' },
    ];
    const status = computeIndicatorStatus(ind, rounds, history, 'maj-2008', development, overrides);
    expect(status.status).toBe('green');
    expect(status.override).toBeUndefined();
  });
});

const areas: Area[] = [
  { id: 'b', name: 'B', definiteForm: 'b-området', sortOrder: 2 },
  { id: 'a', name: 'A', definiteForm: 'a-området', sortOrder: 1 },
  { id: 'c', name: 'C', definiteForm: 'c-området', sortOrder: 3 },
  { id: 'd', name: 'D', definiteForm: 'd-området', sortOrder: 4 },
];

function dataset(overrides: StatusOverride[] = []): BarometerDataset {
  return {
    areas,
    committees: [],
    indicators: [
      indicator('a-main', 'a', { isMain: true }),
      indicator('a-sub', 'a', { sortOrder: 2 }),
      // Area b has no main indicator: its three indicators are combined.
      indicator('b-1', 'b'),
      indicator('b-2', 'b', { sortOrder: 2 }),
      indicator('b-3', 'b', { sortOrder: 3 }),
      indicator('c-main', 'c', { isMain: true }),
    ],
    rounds,
    measurements: [
      m('a-main', 'maj-2008', 39),
      m('a-sub', 'maj-2008', 50),
      m('b-1', 'maj-2008', 45),
      m('b-2', 'maj-2008', 30),
      m('b-3', 'maj-2008', 41),
      m('c-main', 'maj-2007', 50),
    ],
    overrides,
    statusSettings: development,
    sender: defaultSender(),
  };
}

describe('computeAreaStatuses', () => {
  it('gives one status per area in sort order, following the main indicator', () => {
    const statuses = computeAreaStatuses(dataset(), 'maj-2008');
    expect(statuses.map((s) => s.areaId)).toEqual(['a', 'b', 'c', 'd']);
    const [a, b, c, d] = statuses;
    expect(a).toMatchObject({ status: 'red', mainIndicatorId: 'a-main' });
    expect(a?.indicators.map((s) => s.status)).toEqual(['red', 'green']);
    expect(b).toMatchObject({ status: 'green', mainIndicatorId: null });
    expect(c).toMatchObject({ status: 'none', mainIndicatorId: 'c-main' });
    expect(d).toMatchObject({ status: 'none', indicators: [] });
  });

  it('follows an override of the main indicator', () => {
    const statuses = computeAreaStatuses(
      dataset([override('indicator', 'a-main', 'yellow', 'Databrud')]),
      'maj-2008',
    );
    expect(statuses[0]).toMatchObject({ computed: 'yellow', status: 'yellow' });
  });

  it('lets an area override with a reason replace the computed status and keeps it', () => {
    const statuses = computeAreaStatuses(
      dataset([override('area', 'a', 'green', 'Målet nået i 2. halvår')]),
      'maj-2008',
    );
    expect(statuses[0]).toMatchObject({ computed: 'red', status: 'green' });
    expect(statuses[0]?.override?.reason).toBe('Målet nået i 2. halvår');
  });

  it('recomputes for an earlier round without later measurements', () => {
    const statuses = computeAreaStatuses(dataset(), 'maj-2007');
    expect(statuses.map((s) => s.status)).toEqual(['none', 'none', 'green', 'none']);
  });
});

describe('computeAreaStatuses for large datasets', () => {
  /** 600 indicators over three areas (one without a main indicator), two rounds, some overrides. */
  function large(): BarometerDataset {
    const areas: Area[] = ['a', 'b', 'c'].map((id, index) => ({
      id,
      name: id.toUpperCase(),
      definiteForm: `${id}-området`,
      sortOrder: index,
    }));
    const indicators = Array.from({ length: 600 }, (_, i) =>
      indicator(`i${i}`, areas[i % 3]?.id ?? 'a', {
        isMain: i < 2, // areas a and b have a main indicator, c has none
        direction: i % 4 === 0 ? 'down' : 'up',
        sortOrder: 600 - i,
      }),
    );
    const measurements = indicators.flatMap((ind, i) => [
      m(ind.id, 'maj-2007', 40 + (i % 5)),
      m(ind.id, 'maj-2008', i % 11 === 0 ? null : 38 + (i % 7)),
    ]);
    return {
      areas,
      committees: [],
      indicators,
      rounds,
      measurements,
      overrides: [override('indicator', 'i1', 'red', 'Skøn'), override('area', 'c', 'green', 'Ny opgørelse')],
      statusSettings: development,
      sender: defaultSender(),
    };
  }

  it('gives every area the same light and main-indicator status when judging main indicators only', () => {
    const data = large();
    const full = computeAreaStatuses(data, 'maj-2008');
    const mainOnly = computeAreaStatuses(data, 'maj-2008', { mainOnly: true });
    expect(mainOnly.map((s) => [s.areaId, s.status, s.computed, s.mainIndicatorId])).toEqual(
      full.map((s) => [s.areaId, s.status, s.computed, s.mainIndicatorId]),
    );
    for (const [index, status] of mainOnly.entries()) {
      const fullStatus = full[index];
      if (status.mainIndicatorId) {
        expect(status.indicators.map((s) => s.indicatorId)).toEqual([status.mainIndicatorId]);
        expect(status.indicators[0]).toEqual(
          fullStatus?.indicators.find((s) => s.indicatorId === status.mainIndicatorId),
        );
      } else {
        expect(status.indicators).toEqual(fullStatus?.indicators); // no main: all decide by majority
      }
    }
    expect(full[1]?.status).toBe('red'); // area b follows its main indicator's override
    expect(full[2]?.override?.reason).toBe('Ny opgørelse');
  });

  it('computes one area alone exactly as among all', () => {
    const data = large();
    const [only] = computeAreaStatuses(data, 'maj-2008', { areaIds: ['b'] });
    expect(only).toEqual(computeAreaStatuses(data, 'maj-2008')[1]);
  });
});
