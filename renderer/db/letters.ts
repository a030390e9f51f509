import type { LetterDraft } from '../../shared/letter/types';
import type { BarometerDb } from './database';

/** Queries and writes for stored letter drafts. Each write is one transaction: a draft is saved whole or not at all. */

/** Newest change first, as the draft list shows them. */
export async function listDrafts(db: BarometerDb): Promise<LetterDraft[]> {
  return db.letters.orderBy('updatedAt').reverse().toArray();
}

export async function getDraft(db: BarometerDb, id: string): Promise<LetterDraft | undefined> {
  return db.letters.get(id);
}

/** The revision a draft record carries; drafts from before schema v4 (and old backups) count as 0. */
export function revisionOf(draft: Pick<LetterDraft, 'revision'> | undefined): number {
  return draft?.revision ?? 0;
}

/**
 * A save refused because the stored draft is no longer the one the writer started from: another window saved it,
 * a restore replaced it, or it was deleted (`current` undefined). The writer is shown `current` and chooses.
 */
export class DraftConflictError extends Error {
  constructor(
    readonly current: LetterDraft | undefined,
    readonly baseRevision: number,
  ) {
    super(
      current
        ? 'Brevet er ændret i et andet vindue, siden du begyndte at redigere. Dine ændringer er ikke gemt oven i det.'
        : 'Brevet er slettet i et andet vindue, siden du begyndte at redigere. Dine ændringer er ikke gemt.',
    );
    this.name = 'DraftConflictError';
  }
}

/**
 * Stores a draft unconditionally (creating it, restoring it, the batch) and moves its revision past whatever is
 * stored, so an editor that started from the stored one notices the change on its next save. Returns the stored draft.
 */
export async function saveDraft(db: BarometerDb, draft: LetterDraft): Promise<LetterDraft> {
  return db.transaction('rw', db.letters, async () => {
    const stored = await db.letters.get(draft.id);
    const saved: LetterDraft = {
      ...withoutEditorSession(draft),
      revision: Math.max(revisionOf(stored), revisionOf(draft)) + (stored ? 1 : 0),
    };
    await db.letters.put(saved);
    return saved;
  });
}

/** The draft as saved by something other than an editor window (see LetterDraft.editorSession). */
function withoutEditorSession(draft: LetterDraft): LetterDraft {
  if (draft.editorSession === undefined) return draft;
  const copy = { ...draft };
  delete copy.editorSession;
  return copy;
}

/**
 * Stores `draft` only if the stored draft still has `baseRevision` (the revision the writer loaded or last saved);
 * check and write are one transaction, so two windows can never both win. Returns the stored draft with its new
 * revision; throws DraftConflictError (and writes nothing) when the draft changed or was deleted meanwhile.
 */
export async function saveDraftIfUnchanged(
  db: BarometerDb,
  draft: LetterDraft,
  baseRevision: number,
): Promise<LetterDraft> {
  return db.transaction('rw', db.letters, async () => {
    const stored = await db.letters.get(draft.id);
    if (!stored || revisionOf(stored) !== baseRevision) throw new DraftConflictError(stored, baseRevision);
    const saved: LetterDraft = { ...draft, revision: baseRevision + 1 };
    await db.letters.put(saved);
    return saved;
  });
}

/**
 * Stores many drafts (the batch) in one transaction: either every letter is stored or none is. Like saveDraft, each
 * moves past the stored revision, so an editor open on one of them notices the change instead of saving over it.
 */
export async function saveDrafts(db: BarometerDb, drafts: readonly LetterDraft[]): Promise<void> {
  await db.transaction('rw', db.letters, async () => {
    const stored = await db.letters.bulkGet(drafts.map((draft) => draft.id));
    await db.letters.bulkPut(
      drafts.map((draft, index) => {
        const before = stored[index];
        return {
          ...withoutEditorSession(draft),
          revision: Math.max(revisionOf(before), revisionOf(draft)) + (before ? 1 : 0),
        };
      }),
    );
  });
}

/**
 * "Opret udkast til alle": stores the drafts whose committee has no draft for the round yet, in one transaction (the
 * check and the write together, so a second click can never add duplicates). Returns what was added and skipped.
 */
export async function addDraftsForCommitteesWithout(
  db: BarometerDb,
  drafts: readonly LetterDraft[],
): Promise<{ added: LetterDraft[]; skipped: LetterDraft[] }> {
  return db.transaction('rw', db.letters, async () => {
    const roundIds = [...new Set(drafts.map((draft) => draft.roundId))];
    const existing = roundIds.length > 0 ? await db.letters.where('roundId').anyOf(roundIds).toArray() : [];
    const taken = new Set(existing.map((draft) => `${draft.roundId}\u0000${draft.recipientCommitteeId}`));
    const added: LetterDraft[] = [];
    const skipped: LetterDraft[] = [];
    for (const draft of drafts) {
      const key = `${draft.roundId}\u0000${draft.recipientCommitteeId}`;
      if (taken.has(key)) skipped.push(draft);
      else {
        taken.add(key);
        added.push(draft);
      }
    }
    await db.letters.bulkAdd(added);
    return { added, skipped };
  });
}

/** Deletes a draft and returns it exactly as stored, so "Fortryd" can put it back unchanged. */
export async function deleteDraft(db: BarometerDb, id: string): Promise<LetterDraft | undefined> {
  return db.transaction('rw', db.letters, async () => {
    const existing = await db.letters.get(id);
    if (existing) await db.letters.delete(id);
    return existing;
  });
}

/** Puts a deleted draft back as it was (same id, same timestamps). */
export async function restoreDraft(db: BarometerDb, draft: LetterDraft): Promise<void> {
  await db.transaction('rw', db.letters, async () => {
    await db.letters.put(draft);
  });
}

/** A copy of a draft under a new id, back in the "kladde" state without Dok.nr., so the original stays as it was. */
export async function duplicateDraft(
  db: BarometerDb,
  id: string,
  newId: string,
  now = new Date().toISOString(),
): Promise<LetterDraft> {
  return db.transaction('rw', db.letters, async () => {
    const original = await db.letters.get(id);
    if (!original) throw new Error('Brevet findes ikke længere; det kan være slettet i et andet vindue.');
    const copy = draftCopy(original, newId, now);
    await db.letters.add(copy);
    return copy;
  });
}

/**
 * A draft as a new letter (not stored): new id, back in "kladde" without Dok.nr., marked as a copy of the original.
 * Also the editor's "Gem min som nyt brev" after a conflict, where the original is the writer's unsaved version.
 */
export function draftCopy(original: LetterDraft, newId: string, now = new Date().toISOString()): LetterDraft {
  const copy: LetterDraft = {
    ...structuredClone(original),
    id: newId,
    state: 'kladde',
    // A new document gets its own number from the case system: the original's Dok.nr. would be wrong on the copy.
    header: { ...original.header, doknr: '' },
    createdAt: now,
    updatedAt: now,
    // The list shows "(kopi)" until the copy is edited, so two identical rows can be told apart.
    copyOf: original.id,
    revision: 0,
  };
  // A copy is a new letter on today's data, not the sent one.
  delete copy.sentSnapshot;
  delete copy.editorSession;
  return copy;
}
