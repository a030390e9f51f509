import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES } from '../../shared/letter/templates';
import { BarometerDb } from './database';
import { loadTemplates, resetTemplate, saveTemplate } from './templates';

let db: BarometerDb | null = null;
afterEach(async () => {
  if (db) await db.delete();
  db = null;
});

describe('letter templates in the database', () => {
  it('uses the default texts while the user has changed nothing', async () => {
    db = new BarometerDb(`test-${crypto.randomUUID()}`);
    expect(await loadTemplates(db)).toEqual(DEFAULT_TEMPLATES);
  });

  it('keeps the user’s text for one template and restores the default on request', async () => {
    db = new BarometerDb(`test-${crypto.randomUUID()}`);
    await saveTemplate(db, 'closing', 'Tak for samarbejdet, {formand}.');
    const saved = await loadTemplates(db);
    expect(saved.find((template) => template.id === 'closing')?.text).toBe('Tak for samarbejdet, {formand}.');
    expect(saved.find((template) => template.id === 'context')).toEqual(
      DEFAULT_TEMPLATES.find((t) => t.id === 'context'),
    );
    await resetTemplate(db, 'closing');
    expect(await loadTemplates(db)).toEqual(DEFAULT_TEMPLATES);
  });
});
