import { describe, expect, it } from 'vitest';
import { defaultAreas } from '../domain/defaults';
import type { AreaStatus, Status } from '../domain/types';
import { inSentence, progressParagraphText } from './progress-paragraph';

const areas = defaultAreas();

function statuses(byArea: Record<string, Status>): AreaStatus[] {
  return Object.entries(byArea).map(([areaId, status]) => ({
    areaId,
    roundId: 'r',
    computed: status,
    status,
    mainIndicatorId: null,
    indicators: [],
  }));
}

describe('progressParagraphText', () => {
  it('words the reference letter situation like the reference letter', () => {
    const text = progressParagraphText(
      areas,
      statuses({
        beskaeftigelse: 'green',
        bolig: 'green',
        'kultur-og-fritid': 'green',
        tryghed: 'red',
        uddannelse: 'yellow',
        'sundhed-og-omsorg': 'red',
      }),
    );
    expect(text).toBe(
      'Vi kan på baggrund af integrationsbarometrets målinger konstatere, at indsatsområderne beskæftigelse, bolig og ' +
        'kultur og fritid viser fremgang og er på rette kurs mod at opfylde integrationspolitikens målsætning på de ' +
        'respektive områder. For indsatsområderne uddannelse, tryghed og sundhed og omsorg er der registreret ' +
        'tilbagegang eller stilstand i udviklingen frem mod målsætningen på området.',
    );
  });

  it('uses the singular for one area', () => {
    const text = progressParagraphText(areas, statuses({ bolig: 'green', tryghed: 'red' }));
    expect(text).toContain(
      'at indsatsområdet bolig viser fremgang og er på rette kurs mod at opfylde integrationspolitikens målsætning på området.',
    );
    expect(text).toContain('For indsatsområdet tryghed er der registreret tilbagegang i udviklingen');
  });

  it('says "stilstand" when every setback is yellow', () => {
    const text = progressParagraphText(areas, statuses({ bolig: 'yellow', tryghed: 'yellow' }));
    expect(text).toContain('ingen af indsatsområderne endnu viser fremgang');
    expect(text).toContain('For indsatsområderne bolig og tryghed er der registreret stilstand');
  });

  it('says no area has setbacks when all measured areas are green, and names the unmeasured ones', () => {
    const text = progressParagraphText(
      areas,
      statuses({ beskaeftigelse: 'green', bolig: 'green', tryghed: 'none' }),
    );
    expect(text).toContain(
      'Der er ikke registreret tilbagegang eller stilstand på nogen af indsatsområderne.',
    );
    // Areas without a status record count as unmeasured too: never silently green.
    expect(text).toContain(
      'For indsatsområderne uddannelse, tryghed, kultur og fritid og sundhed og omsorg foreligger der endnu ingen måling.',
    );
  });
});

describe('inSentence', () => {
  it('lower-cases a capitalised word but leaves acronyms alone', () => {
    expect(inSentence('Maj 2008')).toBe('maj 2008');
    expect(inSentence('Kultur og fritid')).toBe('kultur og fritid');
    expect(inSentence('BIU-tal')).toBe('BIU-tal');
    expect(inSentence('2008')).toBe('2008');
  });
});

describe('progressParagraphText under the on-track rule', () => {
  // Only the areas named: the others would be listed as not measured yet.
  const onTrack = (byArea: Record<string, Status>): string =>
    progressParagraphText(
      areas.filter((area) => area.id in byArea),
      statuses(byArea),
      'on-track',
    );
  const lead = 'Vi kan på baggrund af integrationsbarometrets målinger konstatere, at ';

  it('words green areas alone as on track (1 group)', () => {
    expect(onTrack({ beskaeftigelse: 'green', bolig: 'green' })).toBe(
      `${lead}indsatsområderne beskæftigelse og bolig viser fremgang og er på rette kurs mod at opfylde ` +
        'integrationspolitikens målsætning på de respektive områder. Der er ikke registreret tilbagegang eller ' +
        'stilstand på nogen af indsatsområderne.',
    );
  });

  it('says a yellow area shows progress but is not yet on track, never "tilbagegang" (2 groups)', () => {
    const text = onTrack({ beskaeftigelse: 'green', uddannelse: 'yellow' });
    expect(text).toBe(
      `${lead}indsatsområdet beskæftigelse viser fremgang og er på rette kurs mod at opfylde integrationspolitikens ` +
        'målsætning på området. Indsatsområdet uddannelse viser fremgang, men er endnu ikke på rette kurs mod ' +
        'målsætningen. Der er ikke registreret tilbagegang eller stilstand på nogen af indsatsområderne.',
    );
  });

  it('keeps red as "tilbagegang eller stilstand" beside green and yellow (3 groups)', () => {
    const text = onTrack({
      beskaeftigelse: 'green',
      uddannelse: 'yellow',
      'sundhed-og-omsorg': 'yellow',
      tryghed: 'red',
    });
    expect(text).toBe(
      `${lead}indsatsområdet beskæftigelse viser fremgang og er på rette kurs mod at opfylde integrationspolitikens ` +
        'målsætning på området. Indsatsområderne uddannelse og sundhed og omsorg viser fremgang, men er endnu ikke ' +
        'på rette kurs mod målsætningen. For indsatsområdet tryghed er der registreret tilbagegang eller stilstand i ' +
        'udviklingen frem mod målsætningen på området.',
    );
  });

  it('does not claim that no area shows progress when only yellow and red are there', () => {
    const text = onTrack({ uddannelse: 'yellow', tryghed: 'red' });
    expect(text).not.toContain('endnu viser fremgang');
    expect(text).toContain('ingen af indsatsområderne endnu er på rette kurs');
    expect(text).toContain('Indsatsområdet uddannelse viser fremgang, men er endnu ikke på rette kurs');
  });
});
