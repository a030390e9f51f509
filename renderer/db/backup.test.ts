import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { parseBackup, serializeBackup } from '../../shared/import/backup';
import type { StatusOverride } from '../../shared/domain/types';
import { backupCounts, readBackupData, restoreBackup } from './backup';
import { loadDataset } from './dataset';
import { freshDatabases, seedSampleData } from './test-db';

const freshDb = freshDatabases('backup-test');

describe('backup and restore', () => {
  it('gives back exactly the same data, letters and settings', async () => {
    const db = freshDb();
    await seedSampleData(db);
    const original = await readBackupData(db);
    const parsed = parseBackup(new TextEncoder().encode(serializeBackup(original)), 'kopi.json');
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));

    await db.series.clear();
    await restoreBackup(db, parsed.data);
    expect(await readBackupData(db)).toEqual(original);
  });

  it('leaves the data untouched when the restore fails half-way', async () => {
    const db = freshDb();
    await seedSampleData(db);
    const before = await loadDataset(db);
    const broken = { ...(await readBackupData(db)), rounds: [{ label: 'uden id' } as never] };
    await expect(restoreBackup(db, broken)).rejects.toThrow();
    expect(await loadDataset(db)).toEqual(before);
  });

  it('counts what a backup holds with singular and plural right', async () => {
    const db = freshDb();
    await seedSampleData(db);
    const data = await readBackupData(db);
    const override: StatusOverride = {
      id: 'area:besk@2008',
      roundId: '2008',
      scope: 'area',
      targetId: 'besk',
      status: 'red',
      reason: 'Kendt fejl i målingen',
      createdAt: '2008-05-01T10:00:00.000Z',
    };
    const counts = backupCounts({ ...data, overrides: [override], letters: [], templates: [] });
    expect(counts).toContain('1 manuel status');
    expect(counts).toContain('0 breve');
    // No own texts in the backup: the standard texts are used — not "0 skabeloner".
    expect(counts).toContain('standardtekster bruges');
    expect(counts.join(' ')).not.toContain('skabelon');
    const template = { id: 'call' as const, label: 'Opfordring', text: 'Vi håber på svar.' };
    expect(backupCounts({ ...data, templates: [template] })).toContain('1 egen standardtekst');
    expect(backupCounts({ ...data, overrides: [override, { ...override, id: 'b' }] })).toContain(
      '2 manuelle statusser',
    );
  });
});
