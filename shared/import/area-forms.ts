import type { Area } from '../domain/types';

/** The six areas of domain.md with the definite forms letters use. */
const KNOWN_DEFINITE_FORMS: Readonly<Record<string, string>> = {
  beskaeftigelse: 'beskæftigelsesområdet',
  uddannelse: 'uddannelsesområdet',
  bolig: 'boligområdet',
  tryghed: 'tryghedsområdet',
  'kultur-og-fritid': 'kultur- og fritidsområdet',
  'sundhed-og-omsorg': 'sundheds- og omsorgsområdet',
};

/**
 * Danish compounds ("sundheds- og omsorgsområdet") cannot be derived safely from any name, so an
 * unknown area gets a form that is always correct Danish; the user can edit it in the app.
 */
export function definiteFormOf(areaId: string, name: string): string {
  return KNOWN_DEFINITE_FORMS[areaId] ?? `området for ${name.toLocaleLowerCase('da-DK')}`;
}

export function newArea(id: string, name: string, sortOrder: number): Area {
  return { id, name, definiteForm: definiteFormOf(id, name), sortOrder };
}
