import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { LetterDraft } from '../../shared/letter/types';
import { sampleDataset } from '../../shared/sample/eksempeldata';
import { canUndoClear, clearDatasetWithUndo, undoClear, UndoExpiredError } from './clear';
import { loadDataset, replaceDataset } from './dataset';
import { readSetting, writeSetting } from './settings';
import { freshDatabases, seedSampleData } from './test-db';

const freshDb = freshDatabases('clear-test');

describe('clearing the data with undo', () => {
  it('clears everything and the undo brings back exactly what was there', async () => {
    const db = freshDb();
    await seedSampleData(db);
    const before = await loadDataset(db);
    const cleared = await clearDatasetWithUndo(db);
    expect(cleared.dataset).toEqual(before);
    expect(await canUndoClear(db, cleared)).toBe(true);
    expect(await db.indicators.count()).toBe(0);
    expect(await readSetting(db, 'datasetLabel')).toBeUndefined();

    await undoClear(db, cleared);
    expect(await loadDataset(db)).toEqual(before);
    expect(await readSetting(db, 'datasetLabel')).toBe('Eksempeldata');
  });

  it('refuses to undo once something was stored after the clear, and keeps that', async () => {
    const db = freshDb();
    await seedSampleData(db);
    const cleared = await clearDatasetWithUndo(db);
    const other = sampleDataset();
    other.indicators = other.indicators.slice(0, 1);
    await replaceDataset(db, other, 'ny.csv');
    const afterImport = await loadDataset(db);

    // Coming back to the Data screen, "Fortryd" is no longer offered.
    expect(await canUndoClear(db, cleared)).toBe(false);
    await expect(undoClear(db, cleared)).rejects.toBeInstanceOf(UndoExpiredError);
    expect(await loadDataset(db)).toEqual(afterImport);
    expect(await readSetting(db, 'datasetLabel')).toBe('ny.csv');
  });

  it('refuses to undo once the sender was edited after the clear', async () => {
    const db = freshDb();
    await seedSampleData(db);
    const cleared = await clearDatasetWithUndo(db);
    const sender = { ...cleared.dataset.sender, signatoryName: 'Ny underskriver' };
    await writeSetting(db, 'sender', sender);
    await expect(undoClear(db, cleared)).rejects.toThrow('Fortryd er ikke længere muligt');
    expect(await readSetting(db, 'sender')).toEqual(sender);
  });

  it('never removes the letters (drafts) or templates', async () => {
    const db = freshDb();
    await seedSampleData(db);
    const draft: LetterDraft = {
      id: 'brev-1',
      roundId: '2008',
      recipientCommitteeId: 'buu',
      areaIds: ['uddannelse'],
      state: 'kladde',
      variant: 'urge',
      header: { date: '2008-05-16', dateStyle: 'numeric', sagsnr: '1', doknr: '2' },
      paragraphs: [],
      dataFingerprint: 'abc',
      statusRule: 'development',
      createdAt: '2008-05-01T00:00:00.000Z',
      updatedAt: '2008-05-01T00:00:00.000Z',
    };
    await db.letters.put(draft);
    await clearDatasetWithUndo(db);
    expect(await db.letters.toArray()).toEqual([draft]);
  });
});
