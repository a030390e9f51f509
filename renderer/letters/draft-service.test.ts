import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES } from '../../shared/letter/templates';
import { runsToPlainText } from '../../shared/letter/plain-text';
import { BarometerDb } from '../db/database';
import { replaceDataset } from '../db/dataset';
import { getDraft } from '../db/letters';
import { saveTemplate } from '../db/templates';
import {
  composeDraft,
  createStoredDraft,
  defaultHeader,
  draftFromRequest,
  isDraftOutdated,
  letterFileName,
  refreshDraft,
  todayIso,
} from './draft-service';
import { letterTestDataset } from './test-dataset';

const header = {
  date: '2008-05-16',
  dateStyle: 'numeric' as const,
  sagsnr: '2007-114951',
  doknr: '2008-255779',
};
const request = { roundId: 'r2008', recipientCommitteeId: 'buu', areaIds: ['uddannelse'], header };
const text = (paragraphs: { runs: { text: string }[] }[]): string =>
  paragraphs.map((p) => runsToPlainText(p.runs)).join('\n');

let db: BarometerDb | null = null;
afterEach(async () => {
  if (db) await db.delete();
  db = null;
});

describe('draft service', () => {
  it('drafts the urging letter for a red area, naming it in definite form', () => {
    const draft = draftFromRequest(
      letterTestDataset(),
      DEFAULT_TEMPLATES,
      request,
      'id-1',
      '2008-05-16T10:00:00.000Z',
    );
    expect(draft).toMatchObject({
      id: 'id-1',
      state: 'kladde',
      variant: 'urge',
      recipientCommitteeId: 'buu',
    });
    expect(text(draft.paragraphs)).toContain('hovedindikatoren er rød på uddannelsesområdet');
  });

  it('stores the draft with the user’s own template text', async () => {
    db = new BarometerDb(`test-${crypto.randomUUID()}`);
    await replaceDataset(db, letterTestDataset(), 'Test');
    await saveTemplate(db, 'closing', 'Med venlig hilsen fra {afsender}.');
    const draft = await createStoredDraft(db, request);
    const stored = await getDraft(db, draft.id);
    expect(stored?.paragraphs.at(-1)?.runs).toEqual([
      { text: 'Med venlig hilsen fra Beskæftigelses- og Integrationsudvalget.' },
    ]);
  });

  it('notices when the data changed, and refreshes only paragraphs the user did not edit', () => {
    const dataset = letterTestDataset();
    const draft = draftFromRequest(dataset, DEFAULT_TEMPLATES, request);
    expect(isDraftOutdated(dataset, draft)).toBe(false);

    const edited = {
      ...draft,
      paragraphs: draft.paragraphs.map((p) =>
        p.role === 'context' ? { ...p, runs: [{ text: 'Min egen indledning.' }], editedByUser: true } : p,
      ),
    };
    // Uddannelse now rises: the letter to BUU becomes an acknowledgement.
    const changed = {
      ...dataset,
      measurements: dataset.measurements.map((m) =>
        m.indicatorId === 'uddannelse-1' ? { ...m, value: 58 } : m,
      ),
    };
    expect(isDraftOutdated(changed, edited)).toBe(true);
    const refreshed = refreshDraft(changed, DEFAULT_TEMPLATES, edited);
    expect(isDraftOutdated(changed, refreshed)).toBe(false);
    expect(refreshed.variant).toBe('acknowledge');
    expect(text(refreshed.paragraphs)).toContain('Min egen indledning.');
    expect(text(refreshed.paragraphs)).toContain('hovedindikatoren er grøn på uddannelsesområdet');
  });

  it('composes the stored draft with salutation and annex for the preview, or null when its round is gone', () => {
    const dataset = letterTestDataset();
    const draft = draftFromRequest(dataset, DEFAULT_TEMPLATES, request);
    const composed = composeDraft(dataset, draft);
    expect(composed?.salutation).toBe('Kære Bo Asmus Kjeldgaard');
    expect(composed?.annex.title).toBe('Bilag 1');
    expect(composeDraft({ ...dataset, rounds: [] }, draft)).toBeNull();
  });

  it('names the file after recipient and date without characters Windows refuses', () => {
    expect(letterFileName('Børne- og Ungdomsudvalget', '2008-05-16', 'docx')).toBe(
      'Brev til Børne- og Ungdomsudvalget 2008-05-16.docx',
    );
    const odd = letterFileName('Udvalg: A/B "C" <D>?*|\\', '2008-05-16', 'pdf');
    expect(odd).toMatch(/^Brev til Udvalg- A-B -C- -D-+ 2008-05-16\.pdf$/);
    expect(odd).not.toMatch(/[/\\:*?"<>|]/);
  });

  it('dates a new letter today in local time, numeric style', () => {
    expect(todayIso(new Date(2008, 4, 16, 23, 30))).toBe('2008-05-16');
    expect(defaultHeader(new Date(2008, 0, 2))).toEqual({
      date: '2008-01-02',
      dateStyle: 'numeric',
      sagsnr: '',
      doknr: '',
    });
  });
});
