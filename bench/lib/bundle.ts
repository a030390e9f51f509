import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { build } from 'esbuild';

/** Bundles a bench page (ESM, browser) into a temp folder with an index.html that loads it. */
export async function bundlePage(entry: string, title: string): Promise<string> {
  const outdir = mkdtempSync(join(tmpdir(), 'barometerbrev-bench-page-'));
  try {
    await build({
      entryPoints: [entry],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'chrome120',
      outfile: join(outdir, 'bench.js'),
      logLevel: 'silent',
      define: { __APP_VERSION__: '"bench"' },
    });
  } catch (error) {
    // esbuild's message names the unresolved import: the clearest "ikke målt" reason.
    const errors = (error as { errors?: { text: string; location?: { file: string } | null }[] }).errors;
    const first = errors?.[0];
    if (first)
      throw new Error(
        `bench-siden kunne ikke bygges: ${first.text}${first.location ? ` (${relative(process.cwd(), first.location.file)})` : ''}`,
      );
    throw error;
  }
  writeFileSync(
    join(outdir, 'index.html'),
    `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>${title}</title></head><body><script type="module" src="./bench.js"></script></body></html>`,
  );
  return outdir;
}

/** A page.evaluate that gives up with a clear message instead of hanging the whole bench. */
export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`${what}: ingen svar efter ${Math.round(ms / 1000)} s`)),
          ms,
        );
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}
