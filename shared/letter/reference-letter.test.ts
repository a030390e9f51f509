/**
 * Integration: the sample data through the real status rules and the letter engine reproduces the statements of the
 * 2008 reference letter (/work/shared/reference-letter-2008.md) for Børne- og Ungdomsudvalget and uddannelse.
 */
import { describe, expect, it } from 'vitest';
import { computeAreaStatuses } from '../domain/status';
import type { StatusRule } from '../domain/types';
import { sampleDataset } from '../sample/eksempeldata';
import { composeLetter } from './compose';
import { letterDataFingerprint } from './compose-request';
import { runsToPlainText } from './plain-text';

function referenceLetter(rule: StatusRule) {
  const base = sampleDataset();
  const dataset = { ...base, statusSettings: { ...base.statusSettings, rule } };
  const roundId = 'maj-2008';
  return composeLetter({
    dataset,
    roundId,
    recipientCommitteeId: 'buu',
    areaIds: ['uddannelse'],
    areaStatuses: computeAreaStatuses(dataset, roundId),
    header: { date: '2008-05-16', dateStyle: 'numeric', sagsnr: '2007-114951', doknr: '2008-255779' },
    dataFingerprint: letterDataFingerprint(dataset, roundId),
  });
}

/**
 * What each rule makes of the sample's May 2008 round: under "development" tryghed stands still (yellow) while
 * uddannelse and sundhed og omsorg fall back (red), as in the reference letter; under "on-track" all three are off
 * course (red): under that rule red means "tilbagegang eller stilstand" (yellow is progress that is too slow).
 */
const SETBACK_WORDING: Record<StatusRule, string> = {
  development: 'tilbagegang eller stilstand',
  'on-track': 'tilbagegang eller stilstand',
};

describe.each<StatusRule>(['development', 'on-track'])(
  'the reference letter from the sample data (%s)',
  (rule) => {
    const letter = referenceLetter(rule);
    const text = (role: string) =>
      runsToPlainText(letter.paragraphs.find((p) => p.role === role)?.runs ?? []);

    it('says which areas show progress and which show setback or standstill, like the reference', () => {
      const progress = text('computed-progress');
      expect(progress).toContain(
        'Vi kan på baggrund af integrationsbarometrets målinger konstatere, at indsatsområderne beskæftigelse, bolig og ' +
          'kultur og fritid viser fremgang og er på rette kurs mod at opfylde integrationspolitikens målsætning på de ' +
          'respektive områder.',
      );
      expect(progress).toContain(
        `. For indsatsområderne uddannelse, tryghed og sundhed og omsorg er der registreret ${SETBACK_WORDING[rule]} ` +
          'i udviklingen frem mod målsætningen på området.',
      );
      expect(progress.endsWith('på området.')).toBe(true);
    });

    it('urges Børne- og Ungdomsudvalget on uddannelsesområdet, where the main indicator is red', () => {
      expect(letter.variant).toBe('urge');
      expect(text('computed-call')).toBe(
        'Beskæftigelses- og Integrationsudvalget konstaterer således, at hovedindikatoren er rød på ' +
          'uddannelsesområdet og opfordrer udvalget til at prioritere de af Borgerrepræsentationen vedtagne mål på ' +
          'integrationsområdet i forbindelse med udvalgets løbende arbejde – herunder udvalgets budgetlægning.',
      );
      expect(text('closing')).toBe(
        'Beskæftigelses- og Integrationsudvalget ser frem til et fortsat konstruktivt samarbejde om opfølgningen på ' +
          'integrationsbarometrets resultater og integrationsindsatsen i København.',
      );
    });

    it('encloses the May 2008 results as Bilag 1', () => {
      expect(text('results')).toContain('fra maj 2008 (Bilag 1)');
      expect(letter.annex.heading).toBe('Resultater af integrationsbarometrets måling, maj 2008');
      expect(letter.annex.areas).toHaveLength(6);
      expect(letter.annex.areas[1]?.indicators[0]?.earlier.map((e) => e.roundLabel)).toEqual([
        'Maj 2006',
        'Maj 2007',
      ]);
    });
  },
);
