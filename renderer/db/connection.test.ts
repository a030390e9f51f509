import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { BarometerDb } from './database';
import { watchConnection, type ConnectionNotice } from './connection';
import { SCHEMA_V3 } from './schema';
import { describeStorageError } from './errors';

/** What a later release of the app would open: one schema version beyond the current one. */
class NewerBarometerDb extends Dexie {
  constructor(name: string) {
    super(name);
    this.version(30).stores({ ...SCHEMA_V3, notes: 'id' });
  }
}

describe('another window upgrading the database', () => {
  it('closes this connection, tells the user, and lets the newer window open', async () => {
    const name = `connection-${Math.random()}`;
    const ours = new BarometerDb(name);
    const notices: ConnectionNotice[] = [];
    watchConnection(ours, (notice) => notices.push(notice));
    await ours.areas.put({ id: 'bolig', name: 'Bolig', definiteForm: 'boligområdet', sortOrder: 1 });

    const newer = new NewerBarometerDb(name);
    await newer.open();

    expect(notices).toEqual(['closed-by-newer-version']);
    expect(ours.isOpen()).toBe(false);
    // What this window wrote before is still there for the newer one.
    expect(await newer.table('areas').get('bolig')).toMatchObject({ name: 'Bolig' });
    newer.close();
  });
});

describe('storage errors in Danish', () => {
  it('explains a full disk and promises that nothing changed', () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    expect(describeStorageError(quota)).toMatch(/ikke plads nok på disken.*Intet er ændret/);
    // Dexie wraps the browser's error; the inner name still decides.
    const wrapped = Object.assign(new Error('AbortError'), {
      name: 'AbortError',
      inner: { name: 'QuotaExceededError' },
    });
    expect(describeStorageError(wrapped)).toMatch(/ikke plads nok/);
  });

  it('tells the user to update when a newer app wrote the database', () => {
    expect(describeStorageError(Object.assign(new Error('x'), { name: 'VersionError' }))).toMatch(
      /nyere version/,
    );
  });

  it('falls back to the error text for anything else', () => {
    expect(describeStorageError(new Error('noget gik galt'))).toBe(
      'Data kunne ikke gemmes: noget gik galt. Intet er ændret.',
    );
  });
});
