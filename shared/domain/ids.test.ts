import { describe, expect, it } from 'vitest';
import {
  committeeIdFromShortName,
  measurementId,
  overrideId,
  roundIdFromLabel,
  slugifyAreaName,
} from './ids';

describe('slugifyAreaName', () => {
  it('gives the stable area ids of domain.md', () => {
    expect(slugifyAreaName('Beskæftigelse')).toBe('beskaeftigelse');
    expect(slugifyAreaName('Uddannelse')).toBe('uddannelse');
    expect(slugifyAreaName('Kultur og fritid')).toBe('kultur-og-fritid');
    expect(slugifyAreaName('Sundhed og omsorg')).toBe('sundhed-og-omsorg');
  });

  it('spells out ø and å and ignores spacing and case', () => {
    expect(slugifyAreaName('  Grøn   Både  ')).toBe('groen-baade');
    expect(slugifyAreaName('KULTUR OG FRITID')).toBe('kultur-og-fritid');
    expect(slugifyAreaName('Kultur - og  fritid')).toBe('kultur-og-fritid');
  });
});

describe('committeeIdFromShortName', () => {
  it('lower-cases and writes Ø as o', () => {
    expect(committeeIdFromShortName('ØU')).toBe('ou');
    expect(committeeIdFromShortName('BIU')).toBe('biu');
    expect(committeeIdFromShortName(' buu ')).toBe('buu');
  });
});

describe('record ids', () => {
  it('builds measurement, override and round ids', () => {
    expect(measurementId('udd-1', 'maj-2008')).toBe('udd-1@maj-2008');
    expect(overrideId('area', 'bolig', 'maj-2008')).toBe('area:bolig@maj-2008');
    expect(overrideId('indicator', 'bolig-1', '2008')).toBe('indicator:bolig-1@2008');
    expect(roundIdFromLabel('Maj 2008')).toBe('maj-2008');
    expect(roundIdFromLabel('2007/2008')).toBe('2007-2008');
  });
});
