import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES } from '../../shared/letter/templates';
import type { LetterDraft } from '../../shared/letter/types';
import { BarometerDb } from '../db/database';
import { getDraft, saveDraft } from '../db/letters';
import { DraftConflictError, revisionOf } from '../db/letters';
import { DraftJournal, nextUpdatedAt, readJournal } from './crash-journal';
import { draftFromRequest } from './draft-service';
import { openDraft, saveAndClearJournal } from './open-draft';
import { letterTestDataset } from './test-dataset';

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

/** Writes states the way the editor does (keystroke by keystroke) and waits until they are on disk. */
async function journal(database: BarometerDb, ...states: LetterDraft[]): Promise<void> {
  const writer = new DraftJournal(database);
  for (const state of states) writer.write(state);
  await writer.settled();
}

describe('crash journal (IndexedDB)', () => {
  it('restores edits that never reached the letter, stores them and clears the journal', async () => {
    db = new BarometerDb(`test-${crypto.randomUUID()}`);
    const stored = await saveDraft(db, base);
    // Typed, then the page was reloaded before the autosave wrote it.
    await journal(db, typed(stored, '2008-255779', '2026-01-01T10:00:05.000Z'));
    expect((await db.journal.get('brev-1'))?.draft.header.doknr).toBe('2008-255779');

    const opened = await openDraft(db, 'brev-1');
    expect(opened.restored).toBe(true);
    expect(opened.draft?.header.doknr).toBe('2008-255779');
    expect((await getDraft(db, 'brev-1'))?.header.doknr).toBe('2008-255779');
    expect(await db.journal.count()).toBe(0);
  });

  it('keeps only the newest of states written faster than the disk, never an older one last', async () => {
    db = new BarometerDb(`test-${crypto.randomUUID()}`);
    const states = ['2', '20', '200', '2008'].map((doknr, index) =>
      typed(base, doknr, `2026-01-01T10:00:0${index}.000Z`),
    );
    await journal(db, ...states);
    expect((await readJournal(db, 'brev-1'))?.header.doknr).toBe('2008');
  });

  it('ignores a journal that is not newer than the stored draft, and one of a deleted draft', async () => {
    db = new BarometerDb(`test-${crypto.randomUUID()}`);
    const stored = await saveDraft(db, typed(base, 'gemt', '2026-01-01T10:00:09.000Z'));
    await journal(db, typed(stored, 'gammel', '2026-01-01T10:00:05.000Z'));
    const opened = await openDraft(db, 'brev-1');
    expect(opened).toMatchObject({ restored: false, draft: { header: { doknr: 'gemt' } } });
    expect(await db.journal.count()).toBe(0);

    await journal(db, typed({ ...base, id: 'slettet' }, 'x', '2026-01-02T00:00:00.000Z'));
    expect(await openDraft(db, 'slettet')).toEqual({ draft: undefined, restored: false });
  });

  it("does not restore a journal begun on an older revision over another window's save: it is a conflict", async () => {
    db = new BarometerDb(`test-${crypto.randomUUID()}`);
    const first = await saveDraft(db, base);
    // This window typed on revision 0; another window saved revision 1 before this one could.
    await saveAndClearJournal(
      db,
      typed(first, 'andet vindue', '2026-01-01T10:00:06.000Z'),
      revisionOf(first),
    );
    await journal(db, typed(first, 'mit', '2026-01-01T10:00:07.000Z'));
    const opened = await openDraft(db, 'brev-1');
    expect(opened.restored).toBe(false);
    expect(opened.draft?.header.doknr).toBe('andet vindue');
    expect(opened.conflict?.header.doknr).toBe('mit');
    expect((await getDraft(db, 'brev-1'))?.header.doknr).toBe('andet vindue');
  });

  it('restores the journal of the window that saved the stored revision (typing went on while its save ran)', async () => {
    db = new BarometerDb(`test-${crypto.randomUUID()}`);
    const first = await saveDraft(db, base);
    const mine = { ...typed(first, '20', '2026-01-01T10:00:01.000Z'), editorSession: 'vindue-a' };
    // Window A saves revision 1 while the next keystroke (still on revision 0) goes to the journal; then a crash.
    await saveAndClearJournal(db, mine, revisionOf(first));
    await journal(db, { ...typed(first, '2008', '2026-01-01T10:00:02.000Z'), editorSession: 'vindue-a' });
    const opened = await openDraft(db, 'brev-1');
    expect(opened).toMatchObject({ restored: true, draft: { header: { doknr: '2008' }, revision: 2 } });
    expect(opened.conflict).toBeUndefined();
    // Anything else saving the letter is not that window: its older journal would be a conflict.
    const other = await saveDraft(db, {
      ...typed(first, 'batch', '2026-01-01T10:00:03.000Z'),
      editorSession: 'vindue-a',
    });
    expect(other.editorSession).toBeUndefined();
  });

  it('saves and clears the journal in one transaction, and refuses a save from an outdated revision', async () => {
    db = new BarometerDb(`test-${crypto.randomUUID()}`);
    const stored = await saveDraft(db, base);
    const saving = typed(stored, '1', '2026-01-01T10:00:01.000Z');
    const newer = typed(stored, '12', '2026-01-01T10:00:02.000Z');
    await journal(db, newer);
    // An older state finishing its save keeps the newer journal.
    const saved = await saveAndClearJournal(db, saving, revisionOf(stored));
    expect((await readJournal(db, 'brev-1'))?.header.doknr).toBe('12');
    await saveAndClearJournal(db, newer, revisionOf(saved));
    expect(await readJournal(db, 'brev-1')).toBeNull();

    // A writer still on the first revision: refused, nothing written, the journal left alone.
    await journal(db, typed(stored, 'forældet', '2026-01-01T10:00:03.000Z'));
    await expect(
      saveAndClearJournal(db, typed(stored, 'forældet', '2026-01-01T10:00:03.000Z'), revisionOf(stored)),
    ).rejects.toBeInstanceOf(DraftConflictError);
    expect((await getDraft(db, 'brev-1'))?.header.doknr).toBe('12');
    expect((await readJournal(db, 'brev-1'))?.header.doknr).toBe('forældet');
  });

  it('reads nothing from a damaged record', async () => {
    db = new BarometerDb(`test-${crypto.randomUUID()}`);
    await db.journal.put({ letterId: 'brev-1', draft: { id: 'brev-1' } as LetterDraft, writtenAt: '' });
    expect(await readJournal(db, 'brev-1')).toBeNull();
  });

  it('stamps every change later than the previous state, even when the clock stepped back', () => {
    const now = new Date('2026-01-01T10:00:00.000Z');
    expect(nextUpdatedAt('2026-01-01T09:00:00.000Z', now)).toBe('2026-01-01T10:00:00.000Z');
    expect(nextUpdatedAt('2026-01-01T10:00:00.000Z', now)).toBe('2026-01-01T10:00:00.001Z');
    expect(nextUpdatedAt('2026-01-01T11:00:00.000Z', now)).toBe('2026-01-01T11:00:00.001Z');
    expect(nextUpdatedAt('ugyldig', now)).toBe('2026-01-01T10:00:00.000Z');
  });
});
