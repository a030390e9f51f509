import { describe, expect, it } from 'vitest';
import {
  defaultAreas,
  defaultCommittees,
  defaultSender,
  defaultStatusSettings,
  definiteFormFor,
} from './defaults';
import { committeeIdFromShortName } from './ids';

describe('defaultAreas', () => {
  it('lists the six areas of the reference letter with ids and definite forms', () => {
    const areas = defaultAreas();
    expect(areas.map((area) => area.id)).toEqual([
      'beskaeftigelse',
      'uddannelse',
      'bolig',
      'tryghed',
      'kultur-og-fritid',
      'sundhed-og-omsorg',
    ]);
    expect(areas.find((area) => area.id === 'kultur-og-fritid')?.definiteForm).toBe(
      'kultur- og fritidsområdet',
    );
    expect(areas.find((area) => area.id === 'sundhed-og-omsorg')?.definiteForm).toBe(
      'sundheds- og omsorgsområdet',
    );
    expect(new Set(areas.map((area) => area.sortOrder)).size).toBe(6);
  });

  it('returns fresh copies so an edit does not leak into the next call', () => {
    const [first] = defaultAreas();
    if (first) first.name = 'Ændret';
    expect(defaultAreas()[0]?.name).toBe('Beskæftigelse');
  });
});

describe('defaultCommittees', () => {
  it('has the seven committees with ids derived from their short names', () => {
    const committees = defaultCommittees();
    expect(committees.map((committee) => committee.id)).toEqual([
      'ou',
      'buu',
      'kfu',
      'suu',
      'sou',
      'tmu',
      'biu',
    ]);
    for (const committee of committees) {
      expect(committeeIdFromShortName(committee.shortName)).toBe(committee.id);
      expect(committee.chairName).toBe('');
    }
  });

  it('gives ØU every area and the others their natural area', () => {
    const byId = new Map(defaultCommittees().map((committee) => [committee.id, committee]));
    expect(byId.get('ou')?.areaIds).toHaveLength(6);
    expect(byId.get('buu')?.areaIds).toEqual(['uddannelse']);
    expect(byId.get('tmu')?.areaIds).toEqual(['bolig']);
    expect(byId.get('sou')?.areaIds).toEqual(['tryghed']);
    expect(byId.get('biu')?.chairTitle).toBe('Beskæftigelses- og Integrationsborgmester');
  });

  it('does not share the area list between calls', () => {
    defaultCommittees()[0]?.areaIds.pop();
    expect(defaultCommittees()[0]?.areaIds).toHaveLength(6);
  });
});

describe('defaultSender and settings', () => {
  it('is BIU with the reference letter contact block', () => {
    const sender = defaultSender();
    expect(sender.committeeId).toBe('biu');
    expect(sender.signatoryName).toBe('Jakob Hougaard');
    expect(sender.addressLines).toEqual(['Rådhuset', '1599 København V.']);
    expect([sender.phone, sender.directPhone, sender.fax]).toEqual([
      '33 66 28 51',
      '33 66 28 50',
      '33 66 71 30',
    ]);
    expect(sender.websites).toEqual(['www.kk.dk', 'www.jakobhougaard.dk']);
  });

  it('uses the development rule against the baseline by default', () => {
    expect(defaultStatusSettings()).toEqual({ rule: 'development', developmentReference: 'baseline' });
  });
});

describe('definiteFormFor', () => {
  it('returns the known forms whatever the spelling', () => {
    expect(definiteFormFor('Beskæftigelse')).toBe('beskæftigelsesområdet');
    expect(definiteFormFor('kultur og fritid')).toBe('kultur- og fritidsområdet');
    expect(definiteFormFor('Tryghed')).toBe('tryghedsområdet');
  });

  it('builds a best-effort form for unknown areas', () => {
    expect(definiteFormFor('Integration')).toBe('integrationsområdet');
    expect(definiteFormFor('Miljø')).toBe('miljøområdet');
    expect(definiteFormFor('Sprog og læring')).toBe('sprog- og læringsområdet');
    expect(definiteFormFor('SSP')).toBe('SSP-området');
    expect(definiteFormFor('Børn og unge i 2010')).toBe('børn og unge i 2010-området');
    expect(definiteFormFor('Ældreområdet')).toBe('ældreområdet');
  });
});
