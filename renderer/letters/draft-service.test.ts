import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { BarometerDataset } from '../../shared/domain/types';
import { DEFAULT_TEMPLATES } from '../../shared/letter/templates';
import type { LetterDraft } from '../../shared/letter/types';
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
  missingReference,
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
    const { draft: refreshed, notices } = refreshDraft(changed, DEFAULT_TEMPLATES, edited);
    expect(notices).toEqual([]);
    expect(isDraftOutdated(changed, refreshed)).toBe(false);
    expect(refreshed.variant).toBe('acknowledge');
    expect(text(refreshed.paragraphs)).toContain('Min egen indledning.');
    expect(text(refreshed.paragraphs)).toContain('hovedindikatoren er grøn på uddannelsesområdet');
  });

  const withValue = (dataset: ReturnType<typeof letterTestDataset>, indicatorId: string, value: number) => ({
    ...dataset,
    measurements: dataset.measurements.map((m) => (m.indicatorId === indicatorId ? { ...m, value } : m)),
  });
  const editRole = (draft: LetterDraft, role: string, typed: string): LetterDraft => ({
    ...draft,
    paragraphs: draft.paragraphs.map((p) =>
      p.role === role ? { ...p, runs: [{ text: typed }], editedByUser: true } : p,
    ),
  });

  it('replaces an edited call with the acknowledgement when uddannelse turns green, and says so', () => {
    const dataset = letterTestDataset();
    const draft = editRole(
      draftFromRequest(dataset, DEFAULT_TEMPLATES, request),
      'computed-call',
      'Vi opfordrer indtrængende udvalget til at handle på uddannelsesområdet.',
    );
    const changed = withValue(dataset, 'uddannelse-1', 58);
    expect(isDraftOutdated(changed, draft)).toBe(true);
    const { draft: refreshed, notices } = refreshDraft(changed, DEFAULT_TEMPLATES, draft);
    expect(refreshed.variant).toBe('acknowledge');
    expect(refreshed.paragraphs.map((p) => p.role)).not.toContain('computed-call');
    expect(text(refreshed.paragraphs)).not.toContain('indtrængende');
    expect(text(refreshed.paragraphs)).toContain('hovedindikatoren er grøn på uddannelsesområdet');
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain(
      'Din rettede opfordring («Vi opfordrer indtrængende udvalget til at handle på',
    );
    expect(notices[0]).toContain('er erstattet af anerkendelsen, fordi statusserne er ændret');
    expect(isDraftOutdated(changed, refreshed)).toBe(false);
  });

  it('replaces an edited progress paragraph when the statuses it describes change, and says so', () => {
    const dataset = letterTestDataset();
    const draft = editRole(
      draftFromRequest(dataset, DEFAULT_TEMPLATES, request),
      'computed-progress',
      'Tryghed går den forkerte vej.',
    );
    // Tryghed rises from 40 to 58: it is green now, so the progress paragraph says something else.
    const changed = withValue(dataset, 'tryghed-1', 58);
    const { draft: refreshed, notices } = refreshDraft(changed, DEFAULT_TEMPLATES, draft);
    const progress = refreshed.paragraphs.find((p) => p.role === 'computed-progress');
    expect(runsToPlainText(progress?.runs ?? [])).toContain(
      'indsatsområderne beskæftigelse, bolig, tryghed og kultur og fritid viser fremgang',
    );
    expect(progress?.editedByUser).toBe(false);
    expect(notices).toEqual([
      'Dine rettelser i afsnittet om fremgang og tilbagegang («Tryghed går den forkerte vej.») er erstattet af ' +
        'den beregnede tekst, fordi data bag afsnittet er ændret. Afsnittet skal altid passe til de nyeste data.',
    ]);
  });

  it('lets a real error surface instead of calling it a missing round or committee', () => {
    const dataset = letterTestDataset();
    const draft = draftFromRequest(dataset, DEFAULT_TEMPLATES, request);
    const broken = { ...dataset, indicators: undefined } as unknown as BarometerDataset;
    expect(() => composeDraft(broken, draft)).toThrow();
    expect(
      composeDraft({ ...dataset, areas: dataset.areas.filter((a) => a.id !== 'uddannelse') }, draft),
    ).toBeNull();
    expect(missingReference({ ...dataset, committees: [] }, draft)).toBe('Det modtagende udvalg');
    expect(missingReference(dataset, draft)).toBeNull();
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

  it('says "(EKSEMPELDATA)" in the file name of a letter on sample data', () => {
    expect(letterFileName('Børne- og Ungdomsudvalget', '2008-05-16', 'docx', true)).toBe(
      'Brev til Børne- og Ungdomsudvalget 2008-05-16 (EKSEMPELDATA).docx',
    );
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
