import { DEFAULT_TEMPLATES } from '../../shared/letter/templates';
import type { LetterTemplate, TemplateId } from '../../shared/letter/types';
import type { BarometerDb } from './database';

/**
 * The user's boilerplate texts. A template the user never changed is not stored: the default is used, so an
 * improved default in a new version reaches users who kept it.
 */
export async function loadTemplates(db: BarometerDb): Promise<LetterTemplate[]> {
  const stored = await db.templates.toArray();
  return DEFAULT_TEMPLATES.map((fallback) => {
    const own = stored.find((template) => template.id === fallback.id);
    return own ? { ...fallback, text: own.text } : { ...fallback };
  });
}

export async function saveTemplate(db: BarometerDb, id: TemplateId, text: string): Promise<void> {
  const fallback = DEFAULT_TEMPLATES.find((template) => template.id === id);
  if (!fallback) throw new Error(`Ukendt skabelon: ${id}`);
  await db.transaction('rw', db.templates, async () => {
    await db.templates.put({ ...fallback, text });
  });
}

/** "Gendan standardtekst": forgets the user's text so the default applies again. */
export async function resetTemplate(db: BarometerDb, id: TemplateId): Promise<void> {
  await db.transaction('rw', db.templates, async () => {
    await db.templates.delete(id);
  });
}

export function isDefaultTemplate(template: LetterTemplate): boolean {
  return DEFAULT_TEMPLATES.some((fallback) => fallback.id === template.id && fallback.text === template.text);
}
