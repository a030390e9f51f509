/**
 * Eksempeldata: an invented dataset shaped like the 2008 situation of the reference letter, so a new user
 * can try the app before importing real data. The figures are NOT real barometer results.
 * In May 2008, under both status rules: beskæftigelse, bolig and kultur og fritid are green;
 * uddannelse, tryghed and sundhed og omsorg are yellow or red (uddannelse red).
 */
import type { BarometerDataset, Direction, Indicator, Measurement, Round } from '../domain/types';
import { defaultAreas, defaultCommittees, defaultSender, defaultStatusSettings } from '../domain/defaults';
import { measurementId, roundIdFromLabel } from '../domain/ids';

export const SAMPLE_DATASET_LABEL = 'Eksempeldata';

const ROUNDS: Round[] = [
  { label: 'Maj 2006', period: '2006-05', publishedOn: '2006-05-31' },
  { label: 'Maj 2007', period: '2007-05', publishedOn: '2007-05-31' },
  { label: 'Maj 2008', period: '2008-05', publishedOn: '2008-05-30' },
].map((round) => ({ id: roundIdFromLabel(round.label), ...round }));

interface SampleIndicator {
  id: string;
  areaId: string;
  name: string;
  unit: string;
  direction: Direction;
  isMain?: boolean;
  precision?: number;
  baseline: [period: string, value: number];
  target: [period: string, value: number];
  /** Values of Maj 2006, Maj 2007, Maj 2008; null = no measurement that round. */
  values: [number | null, number | null, number | null];
}

// School-year indicators use the school year 2006/2007 as their baseline; the others the year 2006.
const INDICATORS: SampleIndicator[] = [
  {
    id: 'besk-1',
    areaId: 'beskaeftigelse',
    name: 'Beskæftigelsesfrekvens for indvandrere og efterkommere (16–64 år)',
    unit: '%',
    direction: 'up',
    isMain: true,
    baseline: ['2006', 51],
    target: ['2010', 60],
    values: [51, 53, 56],
  },
  {
    id: 'besk-2',
    areaId: 'beskaeftigelse',
    name: 'Ledighedsprocent for indvandrere og efterkommere',
    unit: '%',
    direction: 'down',
    precision: 1,
    baseline: ['2006', 9.8],
    target: ['2010', 6.0],
    values: [9.8, 8.1, 7.9],
  },
  {
    id: 'besk-3',
    areaId: 'beskaeftigelse',
    name: 'Antal virksomhedspraktikker for ledige med anden etnisk baggrund end dansk',
    unit: 'antal',
    direction: 'up',
    baseline: ['2006', 420],
    target: ['2010', 800],
    values: [420, 455, 510],
  },
  {
    id: 'udd-1',
    areaId: 'uddannelse',
    name: 'Andel tosprogede unge (25 år) med en ungdomsuddannelse',
    unit: '%',
    direction: 'up',
    isMain: true,
    baseline: ['2006/2007', 58],
    target: ['2010', 85],
    values: [57, 58, 57],
  },
  {
    id: 'udd-2',
    areaId: 'uddannelse',
    name: 'Andel tosprogede elever i 9. klasse, der går til folkeskolens afgangsprøve',
    unit: '%',
    direction: 'up',
    baseline: ['2006/2007', 82],
    target: ['2010', 90],
    values: [null, 82, 84],
  },
  {
    id: 'udd-3',
    areaId: 'uddannelse',
    name: 'Karaktergennemsnit for tosprogede elever ved folkeskolens afgangsprøve',
    unit: 'karakter',
    direction: 'up',
    precision: 1,
    baseline: ['2006/2007', 5.9],
    target: ['2010', 6.5],
    values: [5.8, 5.9, 5.9],
  },
  {
    id: 'bolig-1',
    areaId: 'bolig',
    name: 'Andel indvandrere og efterkommere, der bor i et udsat boligområde',
    unit: '%',
    direction: 'down',
    isMain: true,
    baseline: ['2006', 34],
    target: ['2010', 28],
    values: [34, 32, 30],
  },
  {
    id: 'bolig-2',
    areaId: 'bolig',
    name: 'Andel beboere i almene boliger, der er glade for deres boligområde',
    unit: '%',
    direction: 'up',
    baseline: ['2006', 78],
    target: ['2010', 85],
    values: [78, 79, 79],
  },
  {
    id: 'tryg-1',
    areaId: 'tryghed',
    name: 'Andel indvandrere og efterkommere, der føler sig trygge i deres boligområde',
    unit: '%',
    direction: 'up',
    isMain: true,
    baseline: ['2006', 82],
    target: ['2010', 90],
    values: [82, 81, 82],
  },
  {
    id: 'tryg-2',
    areaId: 'tryghed',
    name: 'Andel indvandrere og efterkommere, der udsættes for forskelsbehandling på grund af etnisk baggrund',
    unit: '%',
    direction: 'down',
    baseline: ['2006', 27],
    target: ['2010', 15],
    values: [27, 26, 29],
  },
  {
    id: 'kult-1',
    areaId: 'kultur-og-fritid',
    name: 'Andel tosprogede børn og unge (7–17 år), der er medlem af en idrætsforening',
    unit: '%',
    direction: 'up',
    isMain: true,
    baseline: ['2006', 38],
    target: ['2010', 50],
    values: [38, 41, 45],
  },
  {
    id: 'kult-2',
    areaId: 'kultur-og-fritid',
    name: 'Andel indvandrere og efterkommere, der har brugt et folkebibliotek det seneste år',
    unit: '%',
    direction: 'up',
    baseline: ['2006', 61],
    target: ['2010', 65],
    values: [61, 60, 61],
  },
  {
    id: 'sund-1',
    areaId: 'sundhed-og-omsorg',
    name: 'Andel indvandrere og efterkommere, der vurderer eget helbred som godt eller virkelig godt',
    unit: '%',
    direction: 'up',
    isMain: true,
    baseline: ['2006', 71],
    target: ['2010', 78],
    values: [71, 70, 70],
  },
  {
    id: 'sund-2',
    areaId: 'sundhed-og-omsorg',
    name: 'Andel ældre indvandrere (65+ år), der tager imod forebyggende hjemmebesøg',
    unit: '%',
    direction: 'up',
    baseline: ['2006', 45],
    target: ['2010', 60],
    values: [45, 48, 53],
  },
  {
    id: 'sund-3',
    areaId: 'sundhed-og-omsorg',
    name: 'Andel tosprogede børn med overvægt ved skolestart',
    unit: '%',
    direction: 'down',
    precision: 1,
    baseline: ['2006', 14.2],
    target: ['2010', 10.0],
    values: [14.2, 13.9, 13.5],
  },
];

function toIndicator(sample: SampleIndicator, sortOrder: number): Indicator {
  return {
    id: sample.id,
    areaId: sample.areaId,
    name: sample.name,
    unit: sample.unit,
    direction: sample.direction,
    isMain: sample.isMain ?? false,
    precision: sample.precision ?? 0,
    baseline: { period: sample.baseline[0], value: sample.baseline[1] },
    target: { period: sample.target[0], value: sample.target[1] },
    sortOrder,
  };
}

function toMeasurements(sample: SampleIndicator): Measurement[] {
  return ROUNDS.map((round, index) => ({
    id: measurementId(sample.id, round.id),
    indicatorId: sample.id,
    roundId: round.id,
    value: sample.values[index] ?? null,
  }));
}

/** A fresh copy of the sample each call: the caller may store and edit it. */
export function sampleDataset(): BarometerDataset {
  const sortOrderInArea = new Map<string, number>();
  const indicators = INDICATORS.map((sample) => {
    const next = (sortOrderInArea.get(sample.areaId) ?? 0) + 1;
    sortOrderInArea.set(sample.areaId, next);
    return toIndicator(sample, next);
  });
  return {
    areas: defaultAreas(),
    committees: defaultCommittees(),
    indicators,
    rounds: ROUNDS.map((round) => ({ ...round })),
    measurements: INDICATORS.flatMap(toMeasurements),
    overrides: [],
    statusSettings: defaultStatusSettings(),
    sender: defaultSender(),
  };
}
