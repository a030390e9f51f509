import { BarometerDb } from './database';

export type ConnectionNotice = 'closed-by-newer-version' | 'upgrade-blocked';
type NoticeListener = (notice: ConnectionNotice) => void;

const listeners = new Set<NoticeListener>();
let database: BarometerDb | null = null;

/** Lets the UI show a banner when another window changes the database under us. */
export function onConnectionNotice(listener: NoticeListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function notify(notice: ConnectionNotice): void {
  for (const listener of listeners) listener(notice);
}

/**
 * Another window opened a newer schema: close instead of holding it up, and tell the user to reload (continuing on
 * a closed connection would lose writes silently). Our own upgrade waiting for an older window is reported too.
 */
export function watchConnection(db: BarometerDb, report: NoticeListener): void {
  db.on('versionchange', () => {
    db.close();
    report('closed-by-newer-version');
    return false;
  });
  db.on('blocked', () => report('upgrade-blocked'));
}

/** The app's one database connection. */
export function getDb(): BarometerDb {
  if (database) return database;
  const db = new BarometerDb();
  watchConnection(db, notify);
  database = db;
  return db;
}

/**
 * Asks the browser not to evict our data under storage pressure. Electron grants it; a browser may say no,
 * which the data screen reports.
 */
export async function requestPersistentStorage(): Promise<boolean> {
  if (!navigator.storage?.persist) return false;
  try {
    return (await navigator.storage.persisted()) || (await navigator.storage.persist());
  } catch {
    return false;
  }
}
