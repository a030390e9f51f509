import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/**
 * The JavaScript a first screen must load before it can run: index.html's entry module scripts and
 * modulepreload links, plus every chunk they import statically (dynamic import() chunks are not counted).
 */

const STATIC_IMPORT =
  /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]+from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;
const HTML_SCRIPT = /<script[^>]+type="module"[^>]*src="([^"]+)"/g;
const HTML_PRELOAD = /<link[^>]+rel="modulepreload"[^>]*href="([^"]+)"/g;

export interface InitialJs {
  files: { path: string; bytes: number; gzipBytes: number }[];
  gzipBytes: number;
  bytes: number;
}

export function initialJavaScript(distDir: string): InitialJs {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const queue = [...html.matchAll(HTML_SCRIPT), ...html.matchAll(HTML_PRELOAD)].map((m) =>
    resolve(distDir, m[1] ?? ''),
  );
  const seen = new Set<string>();
  const files: InitialJs['files'] = [];
  while (queue.length > 0) {
    const path = queue.shift() ?? '';
    if (seen.has(path)) continue;
    seen.add(path);
    const source = readFileSync(path);
    files.push({
      path: path.slice(distDir.length + 1),
      bytes: source.length,
      gzipBytes: gzipSync(source, { level: 9 }).length,
    });
    for (const match of source.toString('utf8').matchAll(STATIC_IMPORT))
      queue.push(resolve(dirname(path), match[1] ?? ''));
  }
  return {
    files,
    gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0),
    bytes: files.reduce((sum, file) => sum + file.bytes, 0),
  };
}

/** The floor any React 19 app pays: react + react-dom/client rendering one element, minified and gzipped. */
export async function reactFloorGzipBytes(): Promise<number> {
  const output = await build({
    stdin: {
      contents:
        "import { createElement } from 'react'; import { createRoot } from 'react-dom/client';" +
        "createRoot(document.getElementById('root')).render(createElement('h1', null, 'Oversigt'));",
      resolveDir: resolve(import.meta.dirname, '..', '..'),
      loader: 'js',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    define: { 'process.env.NODE_ENV': '"production"' },
    write: false,
    logLevel: 'silent',
  });
  const code = output.outputFiles[0]?.contents;
  if (!code) throw new Error('esbuild gav ingen React-bundle');
  return gzipSync(code, { level: 9 }).length;
}
