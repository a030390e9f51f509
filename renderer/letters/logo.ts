/**
 * The municipality's logo for the letterhead, if the app ships one (assets/logo.png). A glob instead of a plain
 * import: the build still works, without a logo, when the file is absent.
 */
const found = import.meta.glob<string>('../../assets/logo.png', {
  eager: true,
  query: '?url',
  import: 'default',
});

export const LOGO_URL: string | null = Object.values(found)[0] ?? null;

/** The logo's PNG bytes for the .docx, or undefined when there is none or it cannot be read. */
export async function loadLogoBytes(): Promise<Uint8Array | undefined> {
  if (!LOGO_URL) return undefined;
  try {
    const response = await fetch(LOGO_URL);
    if (!response.ok) return undefined;
    return new Uint8Array(await response.arrayBuffer());
  } catch {
    // A letter without the logo is better than no letter: the export goes on.
    return undefined;
  }
}
