import { describe, expect, it } from 'vitest';
import { createDraft, draftToComposed } from './draft';
import { REFERENCE_STATUSES, fixtureDataset, fixtureLetter, fixtureStatuses } from './test-fixtures';

const dataset = fixtureDataset();
const identity = { id: 'd1', roundId: '2008', recipientCommitteeId: 'buu', areaIds: ['uddannelse'] };

describe('notices shown with a draft', () => {
  it('describe the urging text of a stale draft whose areas turned green, and what the update will make of it', () => {
    const draft = createDraft(fixtureLetter({ dataFingerprint: 'fp-1' }), identity);
    const greenNow = fixtureStatuses(dataset, { ...REFERENCE_STATUSES, uddannelse: 'green' });
    const shown = draftToComposed(draft, dataset, greenNow);
    const notices = shown.notices.join('\n');
    expect(notices).not.toContain('brevet er skrevet som et anerkendende brev');
    expect(notices).toContain(
      'Brevet er skrevet som et brev med en opfordring. Data er ændret: efter «Opdatér de beregnede afsnit» ' +
        'bliver brevet et anerkendende brev',
    );
  });

  it('stay as composed when the draft still ends the way the data says', () => {
    const draft = createDraft(fixtureLetter({ dataFingerprint: 'fp-1' }), identity);
    const shown = draftToComposed(draft, dataset, fixtureStatuses(dataset, REFERENCE_STATUSES));
    expect(shown.notices.join('\n')).not.toContain('Data er ændret');
  });
});

describe('a placeholder without a value', () => {
  it('is reported on an acknowledging letter, not silently left out', () => {
    const templates = [
      {
        id: 'acknowledge' as const,
        label: 'Anerkendelse',
        text: 'Hovedindikatoren er {farve}, og vi takker.',
      },
    ];
    const statuses = { ...REFERENCE_STATUSES, uddannelse: 'green' as const };
    const letter = fixtureLetter({ templates, statuses });
    expect(letter.variant).toBe('acknowledge');
    const expected =
      'Pladsholderen {farve} har ingen værdi i et anerkendende brev og er udeladt. ' +
      'Ret skabelonen «Anerkendelse» under Indstillinger.';
    expect(letter.notices).toContain(expected);
    // Also in the editor, where the draft is shown (draftToComposed).
    const draft = createDraft(letter, identity);
    const shown = draftToComposed(draft, dataset, fixtureStatuses(dataset, statuses), templates);
    expect(shown.notices).toContain(expected);
  });

  it('is not reported on a stale draft without the paragraph of that template', () => {
    const templates = [{ id: 'acknowledge' as const, label: 'Anerkendelse', text: 'Den er {farve}. Tak.' }];
    const draft = createDraft(fixtureLetter({ templates }), identity);
    // Uddannelse turned green: the fresh letter would acknowledge, but the draft's text still urges.
    const greenNow = fixtureStatuses(dataset, { ...REFERENCE_STATUSES, uddannelse: 'green' });
    const shown = draftToComposed(draft, dataset, greenNow, templates);
    expect(shown.notices.join('\n')).not.toContain('Pladsholderen {farve}');
    expect(shown.notices.join('\n')).toContain('bliver brevet et anerkendende brev');
  });
});
