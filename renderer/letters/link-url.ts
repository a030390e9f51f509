import { isSafeLinkUrl } from '../../shared/letter/inline-markup';

/**
 * What the user typed in the link field, as an address the letter accepts (http, https or mailto), or an error
 * in Danish. "www.kk.dk" and "kk.dk/test" get https:// and "navn@kk.dk" gets mailto: because that is plainly what
 * was meant.
 */
/** "kk.dk", "kk.dk/test", "borger.kk.dk:8080/a?b": a host name with a dot and a top-level domain, no scheme. */
const BARE_DOMAIN = /^(?:[\p{L}\p{N}-]+\.)+\p{L}{2,}(?::\d+)?(?:[/?#]\S*)?$/u;

export function normalizeLinkUrl(input: string): { ok: true; url: string } | { ok: false; message: string } {
  const trimmed = input.trim();
  if (trimmed === '') return { ok: false, message: 'Skriv en adresse, fx https://www.kk.dk.' };
  let url = trimmed;
  if (/^www\./i.test(url) || BARE_DOMAIN.test(url)) url = `https://${url}`;
  else if (/^[^\s@:/]+@[^\s@/]+\.[^\s@/]+$/.test(url)) url = `mailto:${url}`;
  if (!isSafeLinkUrl(url)) {
    return {
      ok: false,
      message: `«${trimmed}» er ikke en web- eller mailadresse. Linket skal begynde med https://, http:// eller mailto: (fx https://www.kk.dk).`,
    };
  }
  return { ok: true, url };
}
