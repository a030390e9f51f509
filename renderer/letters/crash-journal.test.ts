import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES } from '../../shared/letter/templates';
import type { LetterDraft } from '../../shared/letter/types';
import { BarometerDb } from '../db/database';
import { getDraft, saveDraft } from '../db/letters';
import {
  clearJournal,
  journalKey,
  nextUpdatedAt,
  readJournal,
  writeJournal,
  type JournalStorage,
} from './crash-journal';
import { draftFromRequest } from './draft-service';
import { openDraft } from './open-draft';
import { letterTestDataset } from './test-dataset';

function memoryStorage(): JournalStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  };
}

const header = { date: '2008-05-16', dateStyle: 'numeric' as const, sagsnr: '', doknr: '' };
const base = draftFromRequest(
  letterTestDataset(),
  DEFAULT_TEMPLATES,
  { roundId: 'r2008', recipientCommitteeId: 'buu', areaIds: ['uddannelse'], header },
  'brev-1',
  '2026-01-01T10:00:00.000Z',
);
const typed = (draft: LetterDraft, doknr: string, updatedAt: string): LetterDraft => ({
  ...draft,
  header: { ...draft.header, doknr },
  updatedAt,
});

let db: BarometerDb | null = null;
afterEach(async () => {
  if (db) await db.delete();
  db = null;
});

describe('crash journal', () => {
  it('restores edits that never reached the database, stores them and clears the journal', async () => {
    db = new BarometerDb(`test-${crypto.randomUUID()}`);
    const storage = memoryStorage();
    await saveDraft(db, base);
    // Typed, then the page was reloaded before the autosave wrote it.
    writeJournal(storage, typed(base, '2008-255779', '2026-01-01T10:00:05.000Z'));

    const opened = await openDraft(db, storage, 'brev-1');
    expect(opened.restored).toBe(true);
    expect(opened.draft?.header.doknr).toBe('2008-255779');
    expect((await getDraft(db, 'brev-1'))?.header.doknr).toBe('2008-255779');
    expect(storage.map.has(journalKey('brev-1'))).toBe(false);
  });

  it('ignores a journal that is not newer than the stored draft, and one of a deleted draft', async () => {
    db = new BarometerDb(`test-${crypto.randomUUID()}`);
    const storage = memoryStorage();
    await saveDraft(db, typed(base, 'gemt', '2026-01-01T10:00:09.000Z'));
    writeJournal(storage, typed(base, 'gammel', '2026-01-01T10:00:05.000Z'));
    const opened = await openDraft(db, storage, 'brev-1');
    expect(opened).toMatchObject({ restored: false, draft: { header: { doknr: 'gemt' } } });

    writeJournal(storage, typed({ ...base, id: 'slettet' }, 'x', '2026-01-02T00:00:00.000Z'));
    expect(await openDraft(db, storage, 'slettet')).toEqual({ draft: undefined, restored: false });
  });

  it('keeps a newer journal when an older state finishes saving', () => {
    const storage = memoryStorage();
    const saving = typed(base, '1', '2026-01-01T10:00:01.000Z');
    const newer = typed(base, '12', '2026-01-01T10:00:02.000Z');
    writeJournal(storage, newer);
    clearJournal(storage, saving);
    expect(readJournal(storage, 'brev-1')?.header.doknr).toBe('12');
    // Same timestamp, other text (two keystrokes in one millisecond): still kept.
    clearJournal(storage, typed(base, '1', newer.updatedAt));
    expect(readJournal(storage, 'brev-1')?.header.doknr).toBe('12');
    clearJournal(storage, newer);
    expect(readJournal(storage, 'brev-1')).toBeNull();
  });

  it('reads nothing from a damaged entry and survives a full storage', () => {
    const storage = memoryStorage();
    storage.setItem(journalKey('brev-1'), '{"id":"brev-1"');
    expect(readJournal(storage, 'brev-1')).toBeNull();
    const full: JournalStorage = {
      ...storage,
      setItem: () => {
        throw new DOMException('Kvoten er opbrugt', 'QuotaExceededError');
      },
    };
    expect(() => writeJournal(full, base)).not.toThrow();
    expect(() => writeJournal(null, base)).not.toThrow();
  });

  it('stamps every change later than the previous state, even when the clock stepped back', () => {
    const now = new Date('2026-01-01T10:00:00.000Z');
    expect(nextUpdatedAt('2026-01-01T09:00:00.000Z', now)).toBe('2026-01-01T10:00:00.000Z');
    expect(nextUpdatedAt('2026-01-01T10:00:00.000Z', now)).toBe('2026-01-01T10:00:00.001Z');
    expect(nextUpdatedAt('2026-01-01T11:00:00.000Z', now)).toBe('2026-01-01T11:00:00.001Z');
    expect(nextUpdatedAt('ugyldig', now)).toBe('2026-01-01T10:00:00.000Z');
  });
});
