/**
 * Independent readers see the letter's structure: python-docx (Debian python3-docx), pandoc and mammoth read
 * "Bilag 1" as a level-1 heading and every area of the annex as a level-2 heading, and find the annex tables.
 */
import { execFile, spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLetterDocx } from '../shared/docx/build-docx';
import { STATUS_WORD } from '../shared/domain/wording';
import { fixtureDataset, fixtureLetter } from '../shared/letter/test-fixtures';

const run = promisify(execFile);
const letter = {
  ...fixtureLetter({ dataset: fixtureDataset(), dataFingerprint: 'fp-readers' }),
  sampleData: true,
};
const areaHeadings = letter.annex.areas.map((area) => `${area.areaName} – ${STATUS_WORD[area.status]}`);

/** Debian's python3 (the one with python3-docx), not a pyenv python3 on PATH. */
const PYTHON = '/usr/bin/python3';
const hasPythonDocx = spawnSync(PYTHON, ['-c', 'import docx'], { stdio: 'ignore' }).status === 0;
const hasPandoc = spawnSync('pandoc', ['--version'], { stdio: 'ignore' }).status === 0;
// Locally a missing reader skips with a reason; in CI (.ci/run installs them) the tests must run.
const skipPython = !hasPythonDocx && !process.env.CI;
const skipPandoc = !hasPandoc && !process.env.CI;
if (skipPython) console.warn('Springer python-docx-testen over: python3-docx er ikke installeret.');
if (skipPandoc) console.warn('Springer pandoc-testen over: pandoc er ikke installeret.');

let dir = '';
let path = '';
let bytes: Uint8Array = new Uint8Array();
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'barometerbrev-readers-'));
  path = join(dir, 'brev.docx');
  bytes = await buildLetterDocx(letter);
  await writeFile(path, bytes);
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('independent readers of the letter', () => {
  it.skipIf(skipPython)('python-docx sees Heading 1 "Bilag 1" and a Heading 2 per area', async () => {
    const script = [
      'import docx, json, sys',
      'document = docx.Document(sys.argv[1])',
      'headings = [[p.style.name, p.text] for p in document.paragraphs if p.style.name.startswith("Heading")]',
      'print(json.dumps({"headings": headings, "tables": len(document.tables)}))',
    ].join('\n');
    const { stdout } = await run(PYTHON, ['-c', script, path]);
    const result = JSON.parse(stdout) as { headings: [string, string][]; tables: number };
    expect(result.headings).toEqual([
      ['Heading 1', 'Bilag 1'],
      ...areaHeadings.map((text) => ['Heading 2', text]),
    ]);
    expect(result.tables).toBe(1 + letter.annex.areas.length); // header fields and one per area
  });

  it.skipIf(skipPandoc)('pandoc converts them to # and ## headings', async () => {
    const { stdout } = await run(
      'pandoc',
      ['-f', 'docx', '-t', 'markdown-smart', '--markdown-headings=atx', path],
      {
        maxBuffer: 10 * 1024 * 1024,
      },
    );
    const headings = stdout.split('\n').filter((line) => line.startsWith('#'));
    expect(headings).toEqual(['# Bilag 1', ...areaHeadings.map((text) => `## ${text}`)]);
  });

  it('mammoth converts them to <h1> and <h2> without unknown-style warnings for them', async () => {
    const { value: html, messages } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    const headings = [...html.matchAll(/<(h\d)>(.*?)<\/\1>/g)].map(([, tag, text]) => `${tag}:${text}`);
    expect(headings).toEqual(['h1:Bilag 1', ...areaHeadings.map((text) => `h2:${text}`)]);
    expect((html.match(/<table>/g) ?? []).length).toBe(1 + letter.annex.areas.length);
    expect(messages.filter((message) => /Heading/.test(message.message))).toEqual([]);
  });
});
