import type { Area, Committee, SenderProfile, StatusSettings } from './types';
import { slugifyAreaName } from './ids';

/** The six areas of the reference letter, in its order, with the definite forms the letters use. */
const AREAS: readonly (readonly [name: string, definiteForm: string])[] = [
  ['Beskæftigelse', 'beskæftigelsesområdet'],
  ['Uddannelse', 'uddannelsesområdet'],
  ['Bolig', 'boligområdet'],
  ['Tryghed', 'tryghedsområdet'],
  ['Kultur og fritid', 'kultur- og fritidsområdet'],
  ['Sundhed og omsorg', 'sundheds- og omsorgsområdet'],
];

/** Fresh copies each call: callers store and edit them. */
export function defaultAreas(): Area[] {
  return AREAS.map(([name, definiteForm], index) => ({
    id: slugifyAreaName(name),
    name,
    definiteForm,
    sortOrder: index + 1,
  }));
}

interface CommitteeDefault {
  id: string;
  name: string;
  shortName: string;
  chairTitle: string;
  administration: string;
  areaIds: string[];
}

const ALL_AREA_IDS = AREAS.map(([name]) => slugifyAreaName(name));

/** The seven standing committees of Copenhagen (domain.md) with their natural areas. */
const COMMITTEES: readonly CommitteeDefault[] = [
  {
    id: 'ou',
    name: 'Økonomiudvalget',
    shortName: 'ØU',
    chairTitle: 'Overborgmester',
    administration: 'Økonomiforvaltningen',
    // ØU coordinates across the municipality, so every area is "its" area.
    areaIds: ALL_AREA_IDS,
  },
  {
    id: 'buu',
    name: 'Børne- og Ungdomsudvalget',
    shortName: 'BUU',
    chairTitle: 'Børne- og Ungdomsborgmester',
    administration: 'Børne- og Ungdomsforvaltningen',
    areaIds: ['uddannelse'],
  },
  {
    id: 'kfu',
    name: 'Kultur- og Fritidsudvalget',
    shortName: 'KFU',
    chairTitle: 'Kultur- og Fritidsborgmester',
    administration: 'Kultur- og Fritidsforvaltningen',
    areaIds: ['kultur-og-fritid'],
  },
  {
    id: 'suu',
    name: 'Sundheds- og Omsorgsudvalget',
    shortName: 'SUU',
    chairTitle: 'Sundheds- og Omsorgsborgmester',
    administration: 'Sundheds- og Omsorgsforvaltningen',
    areaIds: ['sundhed-og-omsorg'],
  },
  {
    id: 'sou',
    name: 'Socialudvalget',
    shortName: 'SOU',
    chairTitle: 'Socialborgmester',
    administration: 'Socialforvaltningen',
    areaIds: ['tryghed'],
  },
  {
    id: 'tmu',
    name: 'Teknik- og Miljøudvalget',
    shortName: 'TMU',
    chairTitle: 'Teknik- og Miljøborgmester',
    administration: 'Teknik- og Miljøforvaltningen',
    areaIds: ['bolig'],
  },
  {
    id: 'biu',
    name: 'Beskæftigelses- og Integrationsudvalget',
    shortName: 'BIU',
    chairTitle: 'Beskæftigelses- og Integrationsborgmester',
    administration: 'Beskæftigelses- og Integrationsforvaltningen',
    areaIds: ['beskaeftigelse'],
  },
];

/** Chairs' names and addresses are left empty: the user fills them in (they change with elections). */
export function defaultCommittees(): Committee[] {
  return COMMITTEES.map((committee, index) => ({
    ...committee,
    areaIds: [...committee.areaIds],
    chairName: '',
    addressLines: [],
    sortOrder: index + 1,
  }));
}

/** BIU as the sender, with the reference letter's signatory and contact block. */
export function defaultSender(): SenderProfile {
  return {
    committeeId: 'biu',
    signatoryName: 'Jakob Hougaard',
    signatoryTitle: 'Beskæftigelses- og Integrationsborgmester',
    addressLines: ['Rådhuset', '1599 København V.'],
    phone: '33 66 28 51',
    directPhone: '33 66 28 50',
    fax: '33 66 71 30',
    email: 'Jakob.Hougaard@bif.kk.dk',
    websites: ['www.kk.dk', 'www.jakobhougaard.dk'],
  };
}

/** The national barometer's rule against the baseline: the documented default (domain.md). */
export function defaultStatusSettings(): StatusSettings {
  return { rule: 'development', developmentReference: 'baseline' };
}

const KNOWN_DEFINITE_FORMS = new Map(AREAS.map(([name, form]) => [slugifyAreaName(name), form]));

/**
 * Danish compounds take a linking -s- after these endings ("tryghedsområdet", "fritidsområdet"),
 * but not after most others ("boligområdet", "miljøområdet"). A heuristic: the user can edit the result.
 */
const LINKING_S_ENDINGS = ['else', 'hed', 'tid', 'ion', 'ing', 'skab', 'dom', 'sorg', 'tet', 'ns', 'æt'];

function compoundStem(word: string): string {
  if (word.endsWith('s')) return word;
  return LINKING_S_ENDINGS.some((ending) => word.endsWith(ending)) ? `${word}s` : word;
}

const PLAIN_WORD = /^[a-zæøåéü]+$/;

/**
 * Definite form for an area name ("Integration" → "integrationsområdet").
 * Known areas get the forms of domain.md; "A og B" becomes "A- og Bområdet"; anything else that does not
 * compound cleanly (acronyms, several words, digits) gets "X-området".
 */
export function definiteFormFor(areaName: string): string {
  const trimmed = areaName.trim().replace(/\s+/g, ' ');
  const known = KNOWN_DEFINITE_FORMS.get(slugifyAreaName(trimmed));
  if (known) return known;
  if (trimmed === '') return 'området';
  const isAcronym = trimmed === trimmed.toLocaleUpperCase('da-DK') && /\p{L}/u.test(trimmed);
  if (isAcronym) return `${trimmed}-området`;
  const lowered = trimmed.toLocaleLowerCase('da-DK');
  if (lowered.endsWith('området')) return lowered;
  if (lowered.endsWith('område')) return `${lowered}t`;
  const words = lowered.split(' ');
  const [first, second, third] = words;
  if (words.length === 1 && first && PLAIN_WORD.test(first)) return `${compoundStem(first)}området`;
  if (
    words.length === 3 &&
    second === 'og' &&
    first &&
    third &&
    PLAIN_WORD.test(first) &&
    PLAIN_WORD.test(third)
  ) {
    return `${compoundStem(first)}- og ${compoundStem(third)}området`;
  }
  return `${lowered}-området`;
}
