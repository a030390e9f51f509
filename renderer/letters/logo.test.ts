import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { parseBackup, serializeBackup } from '../../shared/import/backup';
import { bytesToDataUrl, type LetterheadSetting } from '../../shared/letter/logo-check';
import { readBackupData, restoreBackup } from '../db/backup';
import { writeSetting } from '../db/settings';
import { freshDatabases, seedSampleData } from '../db/test-db';
import { loadLetterhead, loadLogoOptions, logoDisplaySize, saveLetterhead } from './logo';

const newDb = freshDatabases('logo');
/** The first bytes of a 1024 × 1024 PNG (signature and header): all that storage and sizing read. */
const icon = new Uint8Array(33);
icon.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
new DataView(icon.buffer).setUint32(16, 1024);
new DataView(icon.buffer).setUint32(20, 1024);
const iconUrl = bytesToDataUrl(icon, 'image/png');
const letterhead: LetterheadSetting = {
  logo: {
    fileName: 'logo.png',
    format: 'png',
    dataUrl: iconUrl,
    pngDataUrl: iconUrl,
    width: 1024,
    height: 1024,
  },
  position: 'left',
};

describe('the stored letterhead', () => {
  it('is neutral until a logo is saved: no logo, position right', async () => {
    const db = newDb();
    expect(await loadLetterhead(db)).toEqual({ logo: null, position: 'right' });
    expect(await loadLogoOptions(db)).toEqual({ logoPosition: 'right' });
  });

  it('gives the .docx builder the PNG bytes and the position', async () => {
    const db = newDb();
    await saveLetterhead(letterhead, db);
    expect(await loadLogoOptions(db)).toEqual({ logoPng: icon, logoPosition: 'left' });
  });

  it('reads a damaged stored value as the neutral default rather than failing the letter', async () => {
    const db = newDb();
    await writeSetting(db, 'letterhead', { logo: { dataUrl: 'javascript:alert(1)' }, position: 'middle' });
    expect(await loadLetterhead(db)).toEqual({ logo: null, position: 'right' });
  });

  it('travels in a backup and comes back with a restore', async () => {
    const db = newDb();
    await seedSampleData(db);
    await saveLetterhead(letterhead, db);
    const text = serializeBackup(await readBackupData(db));
    const parsed = parseBackup(new TextEncoder().encode(text), 'kopi.json');
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const other = newDb();
    await restoreBackup(other, parsed.data);
    expect(await loadLetterhead(other)).toEqual(letterhead);
  });

  it('sizes the logo like the .docx: fit the box, never enlarge, from the PNG header', () => {
    const logo = letterhead.logo ?? (undefined as never);
    expect(logoDisplaySize(logo, { width: 220, height: 70 })).toEqual({ width: 70, height: 70 });
    expect(logoDisplaySize(logo, { width: 2000, height: 2000 })).toEqual({ width: 1024, height: 1024 });
  });
});
