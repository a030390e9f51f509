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

export async function saveDraft(db: BarometerDb, draft: LetterDraft): Promise<void> {
  await db.transaction('rw', db.letters, async () => {
    await db.letters.put(draft);
  });
}

/** Stores many drafts (the batch) in one transaction: either every letter is created or none is. */
export async function saveDrafts(db: BarometerDb, drafts: readonly LetterDraft[]): Promise<void> {
  await db.transaction('rw', db.letters, async () => {
    await db.letters.bulkPut([...drafts]);
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
    };
    // A copy is a new letter on today's data, not the sent one.
    delete copy.sentSnapshot;
    await db.letters.add(copy);
    return copy;
  });
}
