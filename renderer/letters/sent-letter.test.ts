import { describe, expect, it } from 'vitest';
import type { BarometerDataset } from '../../shared/domain/types';
import { runsToPlainText } from '../../shared/letter/plain-text';
import { DEFAULT_TEMPLATES } from '../../shared/letter/templates';
import { refreshOutdatedDrafts } from './batch';
import { changeDraftState, composeDraft, draftFromRequest } from './draft-service';
import { letterTestDataset } from './test-dataset';

const header = { date: '2008-05-16', dateStyle: 'numeric' as const, sagsnr: '', doknr: '' };
const request = { roundId: 'r2008', recipientCommitteeId: 'buu', areaIds: ['uddannelse'], header };

/** Uddannelse (red in the test data) turns green. */
function uddannelseGreen(dataset: BarometerDataset): BarometerDataset {
  return {
    ...dataset,
    measurements: dataset.measurements.map((m) =>
      m.indicatorId === 'uddannelse-1' ? { ...m, value: 58 } : m,
    ),
  };
}
const letterText = (letter: { paragraphs: { runs: { text: string }[] }[] }): string =>
  letter.paragraphs.map((p) => runsToPlainText(p.runs)).join('\n');
const uddannelseStatus = (letter: NonNullable<ReturnType<typeof composeDraft>>) =>
  letter.annex.areas.find((area) => area.areaName === 'Uddannelse')?.status;

describe('a letter marked "Sendt"', () => {
  const before = letterTestDataset();
  const after = uddannelseGreen(before);
  const draft = draftFromRequest(before, DEFAULT_TEMPLATES, request, 'd1', '2008-05-16T10:00:00Z');

  it('keeps text, annex and notices as sent when the data changes afterwards', () => {
    const sent = changeDraftState(before, draft, 'sendt');
    expect(sent?.state).toBe('sendt');
    const live = composeDraft(after, draft);
    expect(live && uddannelseStatus(live)).toBe('green');
    expect(live?.notices.join(' ')).toContain('anerkendende');

    const shown = sent ? composeDraft(after, sent) : null;
    expect(shown && uddannelseStatus(shown)).toBe('red');
    expect(letterText(shown ?? { paragraphs: [] })).toContain('er rød på');
    expect(shown?.notices.join(' ')).not.toContain('anerkendende');
    expect(shown?.variant).toBe('urge');
  });

  it('goes back to the live data when unlocked', () => {
    const sent = changeDraftState(before, draft, 'sendt');
    const unlocked = sent ? changeDraftState(after, sent, 'klar-til-underskrift') : null;
    expect(unlocked?.sentSnapshot).toBeUndefined();
    const shown = unlocked ? composeDraft(after, unlocked) : null;
    expect(shown && uddannelseStatus(shown)).toBe('green');
  });

  it('is not marked sent when the letter cannot be composed', () => {
    const noRound = { ...before, rounds: [] };
    expect(changeDraftState(noRound, draft, 'sendt')).toBeNull();
  });
});

describe('the batch export', () => {
  it('never refreshes a sent letter, even when its data changed', () => {
    const before = letterTestDataset();
    const draft = draftFromRequest(before, DEFAULT_TEMPLATES, request, 'd1', '2008-05-16T10:00:00Z');
    const sent = changeDraftState(before, draft, 'sendt');
    if (!sent) throw new Error('not sent');
    const prepared = refreshOutdatedDrafts(uddannelseGreen(before), DEFAULT_TEMPLATES, [sent]);
    expect(prepared.refreshedCount).toBe(0);
    expect(prepared.drafts[0]).toBe(sent);
  });
});
