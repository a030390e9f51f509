import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runLetterCli } from './letter-cli-run';
import { parseImportFile } from '../shared/import/import-file';
import { CliUsageError, parseLetterArgs } from '../scripts/letter-cli/args';
import { datasetFromImport, prepareLetter } from '../scripts/letter-cli/prepare-letter';

const CSV = [
  'område;indikator_id;indikator;hovedindikator;enhed;retning;måling;værdi;basis_periode;basis_værdi;mål_periode;mål_værdi',
  'Beskæftigelse;besk-1;Beskæftigelsesfrekvens;ja;%;op;Maj 2008;52,0;2006;48,0;2010;60,0',
  'Uddannelse;udd-1;Andel tosprogede unge med en ungdomsuddannelse;ja;%;op;Maj 2008;44,0;2006;45,0;2010;55,0',
  'Uddannelse;udd-2;Frafald;nej;%;ned;Maj 2008;30,0;2006;31,5;2010;20,0',
  'Bolig;bol-1;Andel i udsatte boligområder;ja;%;ned;Maj 2008;20,0;2006;22,0;2010;15,0',
].join('\r\n');

describe('parseLetterArgs', () => {
  const base = ['--data', 'd.csv', '--committee', 'BUU', '--out', 'brev.docx'];

  it('reads the options, with defaults for what is left out', () => {
    expect(
      parseLetterArgs([...base, '--round', 'Maj 2008', '--areas', 'uddannelse, bolig', '--sagsnr=2007-1']),
    ).toEqual({
      data: 'd.csv',
      committee: 'buu',
      out: 'brev.docx',
      round: 'Maj 2008',
      areas: ['uddannelse', 'bolig'],
      dateStyle: 'numeric',
      sagsnr: '2007-1',
      doknr: '',
    });
  });

  it.each([
    [['--committee', 'buu', '--out', 'b.docx'], '--data skal angives.'],
    [[...base, '--date', '2008-02-30'], '--date «2008-02-30» er ikke en gyldig dato'],
    [[...base, '--rule', 'fast'], '--rule skal være «development» eller «on-track»'],
    [[...base, '--colour', 'rød'], 'Ukendt argument: «--colour».'],
    [[...base, '--round'], '--round mangler en værdi.'],
    [['--data', 'd.csv', '--committee', 'buu', '--out', 'brev.pdf'], '--out skal være en .docx-fil'],
  ])('refuses %j in Danish', (argv, message) => {
    expect(() => parseLetterArgs(argv)).toThrow(CliUsageError);
    expect(() => parseLetterArgs(argv)).toThrow(message);
  });
});

describe('prepareLetter', async () => {
  const loaded = datasetFromImport(await parseImportFile(new TextEncoder().encode(CSV), 'data.csv'));
  const options = parseLetterArgs(['--data', 'data.csv', '--committee', 'buu', '--out', 'b.docx']);

  it("defaults to the latest round and the committee's red/yellow areas", () => {
    const { letter, areaIds } = prepareLetter(loaded, options, '2008-05-16');
    expect(areaIds).toEqual(['uddannelse']);
    expect(letter.variant).toBe('urge');
    expect(letter.header.date).toBe('2008-05-16');
    expect(letter.properties.dataFingerprint).toMatch(/^[0-9a-f]{64}$/);
  });

  it('names the unknown round, committee and area with the known ones', () => {
    expect(() => prepareLetter(loaded, { ...options, round: '2099' }, '2008-05-16')).toThrow(
      'Målingen «2099» findes ikke i datafilen. Kendte målinger: «Maj 2008»',
    );
    expect(() => prepareLetter(loaded, { ...options, committee: 'xyz' }, '2008-05-16')).toThrow(
      'Udvalget «xyz» findes ikke',
    );
    expect(() => prepareLetter(loaded, { ...options, areas: ['Kultur og fritid'] }, '2008-05-16')).toThrow(
      'Indsatsområdet «Kultur og fritid» findes ikke i datafilen',
    );
  });

  it('accepts an area by its Danish name', () => {
    const { areaIds } = prepareLetter(
      loaded,
      { ...options, committee: 'tmu', areas: ['Bolig'] },
      '2008-05-16',
    );
    expect(areaIds).toEqual(['bolig']);
  });
});

describe('npm run letter (spawned)', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'barometerbrev-cli-'));
    await writeFile(join(dir, 'data.csv'), CSV);
    await writeFile(join(dir, 'fejl.csv'), CSV.replace('44,0', '44,0x'));
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  const cli = runLetterCli;

  it('writes a .docx letter from a CSV file', async () => {
    const out = join(dir, 'brev.docx');
    const result = await cli([
      '--data',
      join(dir, 'data.csv'),
      '--round',
      'maj 2008',
      '--committee',
      'buu',
      '--date',
      '2008-05-16',
      '--sagsnr',
      '2007-114951',
      '--out',
      out,
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('er gemt i');
    const documentXml = strFromU8(
      unzipSync(new Uint8Array(await readFile(out)))['word/document.xml'] ?? new Uint8Array(),
    );
    expect(documentXml).toContain('Dato: 16-05-2008');
    expect(documentXml).toContain('uddannelsesområdet');
    // No municipality logo is shipped: without --logo the letter has none.
    const media = Object.keys(unzipSync(new Uint8Array(await readFile(out)))).filter((name) =>
      name.startsWith('word/media/'),
    );
    expect(media).toEqual([]);
  }, 60_000);

  it('puts the sender’s PNG logo from --logo into the letterhead, and refuses a logo that is not PNG', async () => {
    const out = join(dir, 'logo.docx');
    const args = ['--data', join(dir, 'data.csv'), '--committee', 'buu', '--out', out];
    const result = await cli([...args, '--logo', join(ROOT, 'assets', 'icon.png')]);
    expect(result.code).toBe(0);
    const media = Object.entries(unzipSync(new Uint8Array(await readFile(out)))).filter(([name]) =>
      name.startsWith('word/media/'),
    );
    expect(media).toHaveLength(1);
    expect(media[0]?.[1]).toEqual(new Uint8Array(await readFile(join(ROOT, 'assets', 'icon.png'))));
    await writeFile(join(dir, 'logo.png'), new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16]));
    const refused = await cli([...args, '--logo', join(dir, 'logo.png')]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('«logo.png» er et JPEG-billede, ikke PNG eller SVG.');
  }, 60_000);

  it('lists data problems with row and column and exits with code 1', async () => {
    const result = await cli([
      '--data',
      join(dir, 'fejl.csv'),
      '--committee',
      'buu',
      '--out',
      join(dir, 'x.docx'),
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Datafilen kan ikke bruges');
    expect(result.stderr).toMatch(/række 3, kolonne «værdi»/);
  }, 60_000);

  it('exits with code 1 and a Danish message for an unreadable file', async () => {
    const result = await cli([
      '--data',
      join(dir, 'findes-ikke.csv'),
      '--committee',
      'buu',
      '--out',
      join(dir, 'x.docx'),
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Kan ikke læse datafilen');
  }, 60_000);
});
