import { describe, expect, it } from 'vitest';
import { forgetMapping, recallMapping, rememberMapping } from './import-mappings';
import { freshDatabases } from './test-db';

const freshDb = freshDatabases('import-mappings');

describe('remembered column mappings', () => {
  it('remembers a mapping by header row, recalls it, and forgets it', async () => {
    const db = freshDb();
    const mapping = {
      columns: {
        'Enh.': 'unit',
        Basisår: 'baselinePeriod',
        'Værdi 2008': 'roundColumn',
        Noter: 'ignore',
      } as const,
      constants: { indicatorId: 'besk-1' },
      roundLabels: { 'Værdi 2008': '2008' },
    };
    await rememberMapping(db, 'enh|basisaar|vaerdi2008|noter', mapping);
    expect(await recallMapping(db, 'enh|basisaar|vaerdi2008|noter')).toEqual(mapping);
    expect(await recallMapping(db, 'en|anden')).toBeUndefined();
    await forgetMapping(db, 'enh|basisaar|vaerdi2008|noter');
    expect(await recallMapping(db, 'enh|basisaar|vaerdi2008|noter')).toBeUndefined();
  });

  it('leaves out what a stored record says that is no field (an older or tampered record)', async () => {
    const db = freshDb();
    await db.importMappings.put({
      headerKey: 'a|b',
      columns: { A: 'area', B: 'constructor' },
      constants: { evilKey: 'x', unit: '%' },
      updatedAt: '2026-11-30T00:00:00.000Z',
    });
    expect(await recallMapping(db, 'a|b')).toEqual({ columns: { A: 'area' }, constants: { unit: '%' } });
  });
});
