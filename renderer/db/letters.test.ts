import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { LetterDraft } from '../../shared/letter/types';
import { BarometerDb } from './database';
import {
  deleteDraft,
  duplicateDraft,
  getDraft,
  listDrafts,
  DraftConflictError,
  restoreDraft,
  saveDraft,
  saveDraftIfUnchanged,
  saveDrafts,
} from './letters';

const draft = (id: string, updatedAt: string): LetterDraft => ({
  id,
  roundId: 'r2008',
  recipientCommitteeId: 'buu',
  areaIds: ['uddannelse'],
  state: 'til-gennemsyn',
  variant: 'urge',
  header: { date: '2008-05-16', dateStyle: 'numeric', sagsnr: '1', doknr: '2' },
  paragraphs: [{ id: 'p-context', role: 'context', runs: [{ text: 'Hej', bold: true }], editedByUser: true }],
  dataFingerprint: 'abc',
  statusRule: 'development',
  createdAt: '2008-05-01T00:00:00.000Z',
  updatedAt,
});

let db: BarometerDb | null = null;
afterEach(async () => {
  if (db) await db.delete();
  db = null;
});
const open = (): BarometerDb => (db = new BarometerDb(`test-${crypto.randomUUID()}`));

describe('letter drafts in the database', () => {
  it('lists the most recently changed draft first', async () => {
    const database = open();
    await saveDrafts(database, [
      draft('a', '2008-05-01T10:00:00.000Z'),
      draft('b', '2008-05-02T10:00:00.000Z'),
    ]);
    expect((await listDrafts(database)).map((d) => d.id)).toEqual(['b', 'a']);
  });

  it('restores a deleted draft exactly as it was', async () => {
    const database = open();
    const original = draft('a', '2008-05-01T10:00:00.000Z');
    await saveDraft(database, original);
    const removed = await deleteDraft(database, 'a');
    expect(await getDraft(database, 'a')).toBeUndefined();
    expect(removed).toEqual({ ...original, revision: 0 });
    await restoreDraft(database, removed as LetterDraft);
    expect(await getDraft(database, 'a')).toEqual({ ...original, revision: 0 });
  });

  it('duplicates a draft under a new id as a fresh "kladde", leaving the original alone', async () => {
    const database = open();
    await saveDraft(database, draft('a', '2008-05-01T10:00:00.000Z'));
    const copy = await duplicateDraft(database, 'a', 'b', '2008-06-01T00:00:00.000Z');
    expect(copy).toMatchObject({ id: 'b', state: 'kladde', updatedAt: '2008-06-01T00:00:00.000Z' });
    expect(copy.paragraphs).toEqual(draft('a', '').paragraphs);
    expect((await getDraft(database, 'a'))?.state).toBe('til-gennemsyn');
    // Sagsnr. stays (same case), Dok.nr. is cleared (a new document gets a new number).
    expect(copy.header).toMatchObject({ sagsnr: '1', doknr: '' });
    expect((await getDraft(database, 'b'))?.header.doknr).toBe('');
    expect((await getDraft(database, 'a'))?.header.doknr).toBe('2');
    await expect(duplicateDraft(database, 'missing', 'c')).rejects.toThrow('findes ikke længere');
  });

  it('refuses a save that started from an older revision, and writes nothing', async () => {
    const database = open();
    const stored = await saveDraft(database, draft('a', '2008-05-01T10:00:00.000Z'));
    expect(stored.revision).toBe(0);
    // Window A and window B both loaded revision 0; A saves first.
    const fromA = await saveDraftIfUnchanged(database, { ...stored, variant: 'acknowledge' }, 0);
    expect(fromA.revision).toBe(1);
    const fromB = saveDraftIfUnchanged(database, { ...stored, header: { ...stored.header, sagsnr: 'B' } }, 0);
    await expect(fromB).rejects.toBeInstanceOf(DraftConflictError);
    await expect(fromB).rejects.toMatchObject({ current: { revision: 1, variant: 'acknowledge' } });
    expect(await getDraft(database, 'a')).toMatchObject({ revision: 1, header: { sagsnr: '1' } });
    // A continues from its own save.
    expect((await saveDraftIfUnchanged(database, fromA, 1)).revision).toBe(2);
  });

  it('refuses to bring back a draft deleted meanwhile, and an unconditional save moves the revision on', async () => {
    const database = open();
    const stored = await saveDraft(database, draft('a', '2008-05-01T10:00:00.000Z'));
    await deleteDraft(database, 'a');
    await expect(saveDraftIfUnchanged(database, stored, 0)).rejects.toMatchObject({ current: undefined });
    expect(await getDraft(database, 'a')).toBeUndefined();
    await saveDraft(database, stored);
    const again = await saveDraft(database, stored);
    expect(again.revision).toBe(1);
    await expect(saveDraftIfUnchanged(database, stored, 0)).rejects.toBeInstanceOf(DraftConflictError);
  });
  it('moves the revision on when the batch stores refreshed drafts, so an open editor cannot save over them', async () => {
    const database = open();
    const stored = await saveDraft(database, draft('a', '2008-05-01T10:00:00.000Z'));
    await saveDrafts(database, [
      { ...stored, variant: 'acknowledge' },
      draft('new', '2008-05-02T10:00:00.000Z'),
    ]);
    expect((await getDraft(database, 'a'))?.revision).toBe(1);
    expect((await getDraft(database, 'new'))?.revision ?? 0).toBe(0);
    // The editor that loaded revision 0 is refused.
    await expect(saveDraftIfUnchanged(database, stored, 0)).rejects.toBeInstanceOf(DraftConflictError);
  });
});
