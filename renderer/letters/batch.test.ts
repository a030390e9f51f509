import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { BarometerDb } from '../db/database';
import { replaceDataset } from '../db/dataset';
import { listDrafts } from '../db/letters';
import { DEFAULT_TEMPLATES } from '../../shared/letter/templates';
import { writeSetting } from '../db/settings';
import {
  batchPlan,
  createBatch,
  describeBatchCreation,
  describePreferredDraft,
  preferredDraftPerCommittee,
  prepareBatchExport,
} from './batch';
import { draftFromRequest, isDraftOutdated } from './draft-service';
import { letterTestDataset } from './test-dataset';

const header = { date: '2008-05-16', dateStyle: 'numeric' as const, sagsnr: '', doknr: '' };
let db: BarometerDb | null = null;
afterEach(async () => {
  if (db) await db.delete();
  db = null;
});

describe('batch of letters', () => {
  it('plans a letter for each committee with a red or yellow area, never for the sender', () => {
    const plan = batchPlan(letterTestDataset(), 'r2008');
    // ØU coordinates all areas (some red), BUU has uddannelse, SUU sundhed og omsorg (yellow), SOU tryghed.
    expect(plan.withLetter.map((summary) => summary.committee.id).sort()).toEqual([
      'buu',
      'ou',
      'sou',
      'suu',
    ]);
    expect(plan.withoutLetter.map((summary) => summary.committee.id).sort()).toEqual(['kfu', 'tmu']);
  });

  it('stores every draft at once and reports progress', async () => {
    db = new BarometerDb(`test-${crypto.randomUUID()}`);
    await replaceDataset(db, letterTestDataset(), 'Test');
    const progress: number[] = [];
    const { created: drafts } = await createBatch(db, 'r2008', header, (done) => progress.push(done));
    expect(progress).toEqual([1, 2, 3, 4]);
    expect((await listDrafts(db)).length).toBe(4);
    expect(drafts.some((draft) => draft.sampleData)).toBe(false);
    const ou = drafts.find((draft) => draft.recipientCommitteeId === 'ou');
    expect(ou?.areaIds.sort()).toEqual(['sundhed-og-omsorg', 'tryghed', 'uddannelse']);
  });

  it('skips committees that already have a draft for the round when clicked again', async () => {
    db = new BarometerDb(`test-${crypto.randomUUID()}`);
    await replaceDataset(db, letterTestDataset(), 'Test');
    const first = await createBatch(db, 'r2008', header);
    expect(describeBatchCreation(first)).toBe('4 udkast er oprettet. De ligger under Breve.');
    const again = await createBatch(db, 'r2008', header);
    expect(again.created).toEqual([]);
    expect(again.skippedCommitteeIds.sort()).toEqual(['buu', 'ou', 'sou', 'suu']);
    expect((await listDrafts(db)).length).toBe(4);
    expect(describeBatchCreation(again)).toBe(
      'Der er ikke oprettet nye udkast. 4 udvalg har allerede et udkast for målingen og er sprunget over.',
    );
    // One committee's draft deleted: only that one is drafted again.
    const buu = first.created.find((draft) => draft.recipientCommitteeId === 'buu');
    if (buu) await db.letters.delete(buu.id);
    const third = await createBatch(db, 'r2008', header);
    expect(third.created.map((draft) => draft.recipientCommitteeId)).toEqual(['buu']);
    expect(describeBatchCreation(third)).toBe(
      '1 udkast er oprettet. De ligger under Breve. 3 udvalg har allerede et udkast for målingen og er sprunget over.',
    );
  });

  it('flags drafts made while the sample data is loaded', async () => {
    db = new BarometerDb(`test-${crypto.randomUUID()}`);
    await replaceDataset(db, letterTestDataset(), 'Test');
    await writeSetting(db, 'datasetLabel', 'Eksempeldata');
    const { created } = await createBatch(db, 'r2008', header);
    expect(created.length).toBe(4);
    expect(created.every((draft) => draft.sampleData === true)).toBe(true);
  });

  it('exports the draft furthest along per committee (a sent one only when alone), then the newest', () => {
    const base = draftFromRequest(letterTestDataset(), DEFAULT_TEMPLATES, {
      roundId: 'r2008',
      recipientCommitteeId: 'buu',
      areaIds: ['uddannelse'],
      header,
    });
    const sou = { ...base, recipientCommitteeId: 'sou' };
    const drafts = [
      { ...base, id: 'ready', state: 'klar-til-underskrift' as const, updatedAt: '2008-05-01' },
      { ...base, id: 'newer-review', state: 'til-gennemsyn' as const, updatedAt: '2008-05-03' },
      { ...base, id: 'newest-draft', updatedAt: '2008-05-04' },
      { ...base, id: 'sent', state: 'sendt' as const, updatedAt: '2008-05-05' },
      { ...base, id: 'other-round', roundId: 'r2007', state: 'klar-til-underskrift' as const },
      { ...sou, id: 'sou-sent', state: 'sendt' as const, updatedAt: '2008-05-01' },
      { ...sou, id: 'sou-old', updatedAt: '2008-05-01' },
      { ...sou, id: 'sou-new', updatedAt: '2008-05-02' },
      { ...base, id: 'kfu-sent', recipientCommitteeId: 'kfu', state: 'sendt' as const },
    ];
    const chosen = preferredDraftPerCommittee(drafts, 'r2008', ['buu', 'sou', 'kfu', 'tmu']);
    expect(chosen.map((draft) => draft.id)).toEqual(['ready', 'sou-new', 'kfu-sent']);
    const label = (state: string): string => state;
    expect(describePreferredDraft(chosen[0] ?? base, drafts, label)).toBe(
      ' – udkastet med status «klar-til-underskrift» (4 udkast i alt)',
    );
    expect(describePreferredDraft(chosen[1] ?? base, drafts, label)).toBe(
      ' – det nyeste af 2 udkast med status «kladde» (3 udkast i alt)',
    );
    expect(describePreferredDraft(chosen[2] ?? base, drafts, label)).toBe('');
  });

  it('refreshes and stores drafts whose data changed before the batch export, leaving current ones alone', async () => {
    db = new BarometerDb(`test-${crypto.randomUUID()}`);
    const dataset = letterTestDataset();
    await replaceDataset(db, dataset, 'Test');
    const { created: drafts } = await createBatch(db, 'r2008', header);
    const buu = drafts.find((draft) => draft.recipientCommitteeId === 'buu');
    if (!buu) throw new Error('BUU mangler');
    // The user rewrote the call to BUU; then uddannelse rose to green.
    const edited = {
      ...buu,
      paragraphs: buu.paragraphs.map((p) =>
        p.role === 'computed-call'
          ? { ...p, runs: [{ text: 'Prioritér uddannelse.' }], editedByUser: true }
          : p,
      ),
    };
    const changed = {
      ...dataset,
      measurements: dataset.measurements.map((m) =>
        m.indicatorId === 'uddannelse-1' ? { ...m, value: 58 } : m,
      ),
    };
    const toExport = drafts.map((draft) => (draft.id === buu.id ? edited : draft));
    const prepared = await prepareBatchExport(db, changed, toExport);

    // Every letter of the round speaks of all areas, so all four were out of date.
    expect(prepared.refreshedCount).toBe(4);
    for (const draft of prepared.drafts) expect(isDraftOutdated(changed, draft)).toBe(false);
    const freshBuu = prepared.drafts.find((draft) => draft.id === buu.id);
    expect(freshBuu?.variant).toBe('acknowledge');
    expect(freshBuu?.paragraphs.map((p) => p.role)).not.toContain('computed-call');
    expect(prepared.notices).toEqual([
      expect.stringMatching(
        /^Brev til Børne- og Ungdomsudvalget: Din rettede opfordring \(«Prioritér uddannelse\.»\)/,
      ),
    ]);
    const stored = await listDrafts(db);
    for (const draft of stored) expect(isDraftOutdated(changed, draft)).toBe(false);

    const again = await prepareBatchExport(db, changed, prepared.drafts);
    expect(again.refreshedCount).toBe(0);
    expect(again.drafts).toEqual(prepared.drafts);
  });
});
