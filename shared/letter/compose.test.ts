import { describe, expect, it } from 'vitest';
import type { Status } from '../domain/types';
import type { ComposeInput } from './compose';
import { letterToPlainText, runsToPlainText } from './plain-text';
import { REFERENCE_STATUSES, fixtureDataset, fixtureLetter, fixtureStatuses } from './test-fixtures';
import type { ComposedLetter } from './types';

function compose(
  overrides: Partial<ComposeInput> & { statuses?: Record<string, Status> } = {},
): ComposedLetter {
  return fixtureLetter({ dataFingerprint: 'fp-1', ...overrides });
}

const textOf = (letter: ComposedLetter, role: string): string =>
  runsToPlainText(letter.paragraphs.find((paragraph) => paragraph.role === role)?.runs ?? []);

describe('composeLetter', () => {
  it('writes the urging letter of the reference situation', () => {
    const letter = compose();
    expect(letter.variant).toBe('urge');
    expect(letter.salutation).toBe('Kære Bo Asmus Kjeldgaard');
    expect(letter.paragraphs.map((paragraph) => paragraph.role)).toEqual([
      'context',
      'results',
      'computed-progress',
      'computed-call',
      'closing',
    ]);
    expect(textOf(letter, 'computed-call')).toBe(
      'Beskæftigelses- og Integrationsudvalget konstaterer således, at hovedindikatoren er gul på uddannelsesområdet ' +
        'og opfordrer udvalget til at prioritere de af Borgerrepræsentationen vedtagne mål på integrationsområdet i ' +
        'forbindelse med udvalgets løbende arbejde – herunder udvalgets budgetlægning.',
    );
    expect(textOf(letter, 'results')).toContain('offentliggjort den 28. maj 2008 på barometrets hjemmeside');
    expect(textOf(letter, 'results')).toContain('fra maj 2008 (Bilag 1).');
    expect(textOf(letter, 'closing')).toContain('ser frem til et fortsat konstruktivt samarbejde');
    expect(letter.notices).toEqual([]);
  });

  it('says "rød/gul" and joins definite forms when the chosen areas differ in colour', () => {
    const letter = compose({ recipientCommitteeId: 'ou', areaIds: ['tryghed', 'uddannelse'] });
    expect(textOf(letter, 'computed-call')).toContain(
      'hovedindikatoren er rød/gul på uddannelsesområdet og tryghedsområdet',
    );
  });

  it('leaves a green chosen area out of the call and says so', () => {
    const letter = compose({ recipientCommitteeId: 'ou', areaIds: ['bolig', 'tryghed'] });
    expect(textOf(letter, 'computed-call')).toContain('er rød på tryghedsområdet og opfordrer');
    expect(letter.notices.join('\n')).toContain('Hovedindikatoren er grøn på boligområdet');
  });

  it('writes the acknowledging variant when every chosen area is green', () => {
    const letter = compose({ recipientCommitteeId: 'tmu', areaIds: ['bolig'] });
    expect(letter.variant).toBe('acknowledge');
    expect(letter.paragraphs.some((paragraph) => paragraph.role === 'computed-call')).toBe(false);
    expect(textOf(letter, 'computed-acknowledge')).toContain('hovedindikatoren er grøn på boligområdet');
    expect(letter.notices.join('\n')).toContain('anerkendende brev');
  });

  it('notes a chosen area without a measurement', () => {
    const letter = compose({
      areaIds: ['uddannelse'],
      statuses: { ...REFERENCE_STATUSES, uddannelse: 'none' },
    });
    expect(letter.paragraphs.some((paragraph) => paragraph.role === 'computed-call')).toBe(false);
    expect(letter.notices.join('\n')).toContain('ingen måling for uddannelsesområdet');
  });

  it('greets the chair by title and warns when the chair has no name', () => {
    const letter = compose({ recipientCommitteeId: 'sou', areaIds: ['tryghed'] });
    expect(letter.salutation).toBe('Kære Socialborgmester');
    expect(letter.notices.join('\n')).toContain('Formandens navn mangler for Socialudvalget');
  });

  it('reports an unknown placeholder in a user template instead of printing it', () => {
    const letter = compose({ templates: [{ id: 'closing', label: 'Afslutning', text: 'Tak, {modtager}.' }] });
    expect(textOf(letter, 'closing')).toBe('Tak.');
    expect(letter.notices.join('\n')).toContain('ukendte pladsholder {modtager}');
  });

  it('fills properties for the document and the case system', () => {
    const { properties } = compose();
    expect(properties.title).toBe('Integrationsbarometret Maj 2008: brev til Børne- og Ungdomsudvalget');
    expect(properties.author).toBe('Jakob Hougaard');
    expect(properties.keywords).toContain('Sagsnr. 2007-114951');
    expect(properties.statusRule).toBe('development');
    expect(properties.dataFingerprint).toBe('fp-1');
  });

  it('builds the annex with every area, earlier rounds oldest first and the main indicator first', () => {
    const { annex } = compose();
    expect(annex.heading).toBe('Resultater af integrationsbarometrets måling, maj 2008');
    expect(annex.areas.map((area) => area.areaName)).toEqual([
      'Beskæftigelse',
      'Uddannelse',
      'Bolig',
      'Tryghed',
      'Kultur og fritid',
      'Sundhed og omsorg',
    ]);
    const education = annex.areas[1];
    expect(education?.indicators.map((row) => row.isMain)).toEqual([true, false]);
    expect(education?.indicators[0]?.earlier).toEqual([{ roundLabel: 'Maj 2007', value: 42 }]);
    expect(education?.indicators[0]?.latest).toEqual({ roundLabel: 'Maj 2008', value: 43 });
    expect(education?.indicators[1]?.earlier).toEqual([{ roundLabel: 'Maj 2007', value: null }]);
  });

  it('shows the override reason in the annex', () => {
    const dataset = fixtureDataset();
    const statuses = fixtureStatuses(dataset).map((status) =>
      status.areaId === 'tryghed'
        ? {
            ...status,
            override: {
              id: 'x',
              roundId: '2008',
              scope: 'area' as const,
              targetId: 'tryghed',
              status: 'red' as const,
              reason: 'Ny opgørelse',
              createdAt: '',
            },
          }
        : status,
    );
    const letter = compose({ dataset, areaStatuses: statuses });
    expect(letter.annex.areas[3]?.overrideReason).toBe('Ny opgørelse');
    expect(letterToPlainText(letter)).toContain('Tryghed: Rød (ændret: Ny opgørelse)');
  });

  it('refuses an unknown round, committee or area with a Danish message', () => {
    expect(() => compose({ roundId: '1999' })).toThrow('Målingen «1999» findes ikke i data.');
    expect(() => compose({ recipientCommitteeId: 'xyz' })).toThrow('Udvalget «xyz» findes ikke i data.');
    expect(() => compose({ areaIds: ['rummet'] })).toThrow('Indsatsområdet «rummet» findes ikke i data.');
  });

  it('gives every paragraph a stable id per role', () => {
    const first = compose();
    const second = compose({ statuses: { ...REFERENCE_STATUSES, uddannelse: 'red' } });
    expect(first.paragraphs.map((p) => p.id)).toEqual(second.paragraphs.map((p) => p.id));
    expect(first.paragraphs.find((p) => p.role === 'computed-call')?.id).toBe('p-computed-call');
  });
});

describe('letterToPlainText', () => {
  it('reads the letter in order: header, salutation, body, signature, contact block, annex', () => {
    const text = letterToPlainText(compose());
    const order = [
      'Dato: 16-05-2008',
      'Sagsnr.: 2007-114951',
      'Kære Bo',
      'Vi kan på baggrund',
      'Venlig hilsen',
      'Jakob Hougaard',
      'Telefon',
      'www.jakobhougaard.dk',
      'Resultater af integrationsbarometrets måling',
    ];
    const positions = order.map((needle) => text.indexOf(needle));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(text).toContain('(hovedindikator)');
    expect(text).toContain('Status: Gul');
  });
});
