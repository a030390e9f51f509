import { defaultAreas, defaultCommittees, defaultSender, defaultStatusSettings } from '../domain/defaults';
import type { AreaStatus, BarometerDataset, Indicator, Status } from '../domain/types';
import { composeLetter, type ComposeInput } from './compose';
import type { ComposedLetter, LetterHeader } from './types';

/**
 * Hand-built data for the letter and docx tests: the reference letter's situation (green: beskæftigelse, bolig,
 * kultur og fritid; red/yellow: tryghed, uddannelse, sundhed og omsorg). Statuses are given by hand so these tests do
 * not depend on the status rules.
 */

const MAIN_NAMES: Readonly<Record<string, string>> = {
  beskaeftigelse: 'Beskæftigelsesfrekvens for indvandrere og efterkommere, 16–64 år',
  uddannelse: 'Andel tosprogede unge med en ungdomsuddannelse',
  bolig: 'Andel almene boligafdelinger med høj koncentration af ledige',
  tryghed: 'Andel borgere, der føler sig trygge i deres bydel',
  'kultur-og-fritid': 'Andel tosprogede børn, der går til en fritidsaktivitet',
  'sundhed-og-omsorg': 'Andel ældre indvandrere, der bruger forebyggende hjemmebesøg',
};

export const REFERENCE_STATUSES: Readonly<Record<string, Status>> = {
  beskaeftigelse: 'green',
  uddannelse: 'yellow',
  bolig: 'green',
  tryghed: 'red',
  'kultur-og-fritid': 'green',
  'sundhed-og-omsorg': 'red',
};

export function fixtureDataset(): BarometerDataset {
  const areas = defaultAreas();
  const committees = defaultCommittees().map((committee) =>
    committee.id === 'buu' ? { ...committee, chairName: 'Bo Asmus Kjeldgaard' } : committee,
  );
  const indicators: Indicator[] = areas.flatMap((area, index) => [
    {
      id: `${area.id}-1`,
      areaId: area.id,
      name: MAIN_NAMES[area.id] ?? area.name,
      unit: '%',
      direction: 'up',
      isMain: true,
      precision: 0,
      baseline: { period: '2006', value: 40 + index },
      target: { period: '2010', value: 55 + index },
      sortOrder: 1,
    },
  ]);
  indicators.push({
    id: 'uddannelse-2',
    areaId: 'uddannelse',
    name: 'Frafald på erhvervsuddannelserne',
    unit: '%',
    direction: 'down',
    isMain: false,
    precision: 1,
    baseline: { period: '2006', value: 31.5 },
    target: { period: '2010', value: 20 },
    sortOrder: 2,
  });
  const rounds = [
    { id: '2008', label: 'Maj 2008', period: '2008-05', publishedOn: '2008-05-28' },
    { id: '2007', label: 'Maj 2007', period: '2007-05' },
  ];
  const measurements = indicators.flatMap((indicator) =>
    rounds.map((round) => ({
      id: `${indicator.id}@${round.id}`,
      indicatorId: indicator.id,
      roundId: round.id,
      value:
        round.id === '2007' && indicator.id === 'uddannelse-2'
          ? null
          : indicator.baseline.value + (round.id === '2008' ? 2 : 1),
    })),
  );
  return {
    areas,
    committees,
    indicators,
    rounds,
    measurements,
    overrides: [],
    statusSettings: defaultStatusSettings(),
    sender: defaultSender(),
  };
}

/** AreaStatus records with the given statuses (main indicator takes the area's status). */
export function fixtureStatuses(
  dataset: BarometerDataset,
  statuses: Readonly<Record<string, Status>> = REFERENCE_STATUSES,
  roundId = '2008',
): AreaStatus[] {
  return dataset.areas.map((area) => {
    const status = statuses[area.id] ?? 'none';
    const indicators = dataset.indicators
      .filter((indicator) => indicator.areaId === area.id)
      .map((indicator) => ({
        indicatorId: indicator.id,
        roundId,
        computed: indicator.isMain ? status : ('green' as Status),
        status: indicator.isMain ? status : ('green' as Status),
        latest: null,
        reference: null,
        expected: null,
        explanation: '',
      }));
    return {
      areaId: area.id,
      roundId,
      computed: status,
      status,
      mainIndicatorId: `${area.id}-1`,
      indicators,
    };
  });
}

export const FIXTURE_HEADER: LetterHeader = {
  date: '2008-05-16',
  dateStyle: 'numeric',
  sagsnr: '2007-114951',
  doknr: '2008-255779',
};

/**
 * The reference letter's request over the fixture data: BUU about Uddannelse in round 2008, statuses set by hand
 * (REFERENCE_STATUSES unless `statuses` is given). Any other part of the request can be overridden.
 */
export function fixtureLetter(
  overrides: Partial<ComposeInput> & { statuses?: Readonly<Record<string, Status>> } = {},
): ComposedLetter {
  const { statuses = REFERENCE_STATUSES, ...input } = overrides;
  const dataset = input.dataset ?? fixtureDataset();
  return composeLetter({
    roundId: '2008',
    recipientCommitteeId: 'buu',
    areaIds: ['uddannelse'],
    areaStatuses: fixtureStatuses(dataset, statuses),
    header: FIXTURE_HEADER,
    dataFingerprint: 'fp-fixture',
    ...input,
    dataset,
  });
}

/** Text a user could paste: every C0 control, non-characters, a lone surrogate, emoji, Arabic and Hebrew names. */
export const HOSTILE_TEXT =
  'Kontrol:' +
  Array.from({ length: 32 }, (_unused, code) => String.fromCharCode(code)).join('') +
  '\u0008 ikke-tegn:\uFFFE\uFFFF ensom:\uD83D slut. Tak 👍🏽 til محمد og דוד & <b>"Ærø"</b>';

/** The reference letter with hostile text in the names, the body and a 20,000-character paragraph. */
export function hostileDataset(): BarometerDataset {
  const dataset = fixtureDataset();
  return {
    ...dataset,
    committees: dataset.committees.map((committee) =>
      committee.id === 'buu' ? { ...committee, chairName: `محمد ${HOSTILE_TEXT}` } : committee,
    ),
    areas: dataset.areas.map((area) =>
      area.id === 'tryghed' ? { ...area, name: `Tryghed ${HOSTILE_TEXT}` } : area,
    ),
    indicators: dataset.indicators.map((indicator) =>
      indicator.id === 'uddannelse-1'
        ? { ...indicator, name: `${indicator.name} ${HOSTILE_TEXT}` }
        : indicator,
    ),
  };
}

export const LONG_PARAGRAPH = 'Lang tekst med æøå og 👍🏽. '.repeat(800).slice(0, 20_000);
