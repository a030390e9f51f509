import { describe, expect, it } from 'vitest';
import { sampleDataset } from '../sample/eksempeldata';
import { validateDataset } from './validate';

const messages = (dataset = sampleDataset()) => validateDataset(dataset).map((problem) => problem.message);

describe('validateDataset', () => {
  it('finds nothing wrong in a sound dataset', () => {
    expect(validateDataset(sampleDataset())).toEqual([]);
  });

  it('requires exactly one main indicator per area', () => {
    const dataset = sampleDataset();
    const bolig2 = dataset.indicators.find((indicator) => indicator.id === 'bolig-2');
    if (bolig2) bolig2.isMain = true;
    dataset.indicators = dataset.indicators.map((indicator) =>
      indicator.id === 'tryg-1' ? { ...indicator, isMain: false } : indicator,
    );
    const problems = validateDataset(dataset);
    expect(problems).toContainEqual({
      message: 'Området «Bolig» har 2 hovedindikatorer (bolig-1, bolig-2)',
      path: 'areas[2]',
      severity: 'error',
    });
    expect(problems.map((p) => p.message)).toContain('Området «Tryghed» har ingen hovedindikator');
  });

  it('reports unknown areas of indicators and committees', () => {
    const dataset = sampleDataset();
    const [first] = dataset.indicators;
    if (first) dataset.indicators.push({ ...first, id: 'x-1', areaId: 'sprog', isMain: false });
    dataset.committees[1]?.areaIds.push('ungdom');
    expect(messages(dataset)).toEqual(
      expect.arrayContaining([
        'Indikatoren «x-1» hører til et ukendt område «sprog»',
        'Udvalget «Børne- og Ungdomsudvalget» er ansvarligt for et ukendt område «ungdom»',
      ]),
    );
  });

  it('requires a precision of 0 to 6 whole decimals', () => {
    const dataset = sampleDataset();
    dataset.indicators = dataset.indicators.map((indicator, index) =>
      index === 0
        ? { ...indicator, precision: 7 }
        : index === 1
          ? { ...indicator, precision: 1.5 }
          : indicator,
    );
    const problems = validateDataset(dataset);
    expect(problems).toContainEqual({
      message: 'Indikatoren «besk-1» har præcisionen 7; den skal være et helt antal decimaler fra 0 til 6',
      path: 'indicators[0].precision',
      severity: 'error',
    });
    expect(problems.some((p) => p.path === 'indicators[1].precision')).toBe(true);
  });

  it('reports duplicate ids once per id', () => {
    const dataset = sampleDataset();
    const [first] = dataset.indicators;
    const [round] = dataset.rounds;
    if (first && round) {
      dataset.indicators.push({ ...first }, { ...first });
      dataset.rounds.push({ ...round });
    }
    const found = messages(dataset);
    expect(found.filter((m) => m === 'Indikatoren «besk-1» findes mere end én gang')).toHaveLength(1);
    expect(found).toContain('Målingen med id «maj-2006» findes mere end én gang');
  });

  it('reports values for unknown rounds or indicators and unreadable periods', () => {
    const dataset = sampleDataset();
    dataset.measurements.push({ id: 'udd-9@maj-2008', indicatorId: 'udd-9', roundId: 'maj-2008', value: 3 });
    dataset.measurements.push({ id: 'udd-1@2009', indicatorId: 'udd-1', roundId: '2009', value: 3 });
    dataset.rounds.push({ id: 'snart', label: 'Snart', period: 'snart' });
    expect(messages(dataset)).toEqual(
      expect.arrayContaining([
        'En værdi hører til en ukendt indikator «udd-9»',
        'En værdi for «udd-1» hører til en ukendt måling «2009»',
        'Målingen «Snart» har perioden «snart», som ikke kan læses (skriv fx 2008 eller 2008-05); den regnes aldrig som seneste måling',
      ]),
    );
  });

  it('requires a reason for every status override', () => {
    const dataset = sampleDataset();
    dataset.overrides.push(
      {
        id: 'area:bolig@maj-2008',
        roundId: 'maj-2008',
        scope: 'area',
        targetId: 'bolig',
        status: 'yellow',
        reason: ' ',
        createdAt: '2008-05-20T10:00:00Z',
      },
      {
        id: 'indicator:udd-1@maj-2008',
        roundId: 'maj-2008',
        scope: 'indicator',
        targetId: 'udd-1',
        status: 'yellow',
        reason: 'Databrud',
        createdAt: '2008-05-20T10:00:00Z',
      },
    );
    expect(validateDataset(dataset)).toEqual([
      {
        message: 'Statusændringen for området «Bolig» i målingen «Maj 2008» mangler en begrundelse',
        path: 'overrides[0].reason',
        severity: 'error',
      },
    ]);
  });

  it('warns when the target lies on the wrong side of the baseline for the direction', () => {
    const dataset = sampleDataset();
    dataset.indicators = dataset.indicators.map((indicator, index) =>
      index === 0
        ? {
            ...indicator,
            direction: 'up' as const,
            baseline: { period: '2006', value: 45 },
            target: { period: '2010', value: 40 },
          }
        : indicator,
    );
    expect(validateDataset(dataset)).toEqual([
      {
        message:
          'Indikatoren «besk-1»: Målet ligger på den forkerte side af basis i forhold til retningen «op» — tjek kolonnen «retning»',
        path: 'indicators[0].target.value',
        severity: 'warning',
      },
    ]);
  });

  it('treats a round of unknown time as a warning and a missing sender committee as an error', () => {
    const dataset = sampleDataset();
    dataset.rounds.push({ id: 'snart', label: 'Snart', period: 'snart' });
    dataset.sender = { ...dataset.sender, committeeId: 'xyz' };
    const problems = validateDataset(dataset);
    expect(problems.find((p) => p.path?.startsWith('rounds'))?.severity).toBe('warning');
    expect(problems).toContainEqual({
      message: 'Afsenderen er udvalget «xyz», som ikke findes',
      path: 'sender.committeeId',
      severity: 'error',
    });
  });
});
