import { describe, expect, it } from 'vitest';
import { fileNameSchema, ipcPayloadSchemas, parseIpcPayload } from './ipc';
import { IPC_CHANNELS, isMenuCommand, sanitizeFileName } from './platform-api';

describe('the channel map', () => {
  it('has a schema for every channel the preload can call', () => {
    expect(Object.keys(ipcPayloadSchemas).sort()).toEqual(Object.values(IPC_CHANNELS).sort());
  });

  it('explains problems in Danish with the field path', () => {
    const result = parseIpcPayload('file:saveMany', {
      files: [{ name: 'a/b.docx', data: new Uint8Array() }],
    });
    expect(result).toEqual({
      ok: false,
      message:
        'Ugyldige data til «Gem flere filer»: files.0.name: Filnavnet må ikke indeholde mappeskilletegn (/ eller \\).',
    });
  });
});

describe('sanitizeFileName', () => {
  it.each([
    ['Brev til BUU: status 2008.docx', 'Brev til BUU- status 2008.docx'],
    ['../../etc/passwd', '-..-etc-passwd'],
    ['Økonomiudvalget / ØU.docx', 'Økonomiudvalget - ØU.docx'],
    ['   .docx', 'dokument.docx'],
    ['brev.', 'brev'],
    ['a\u0000b\tc.pdf', 'abc.pdf'],
    ['', 'dokument'],
  ])('%j → %j', (input, expected) => {
    expect(sanitizeFileName(input)).toBe(expected);
  });

  it('always yields a name the shell accepts', () => {
    const nasty = [
      'CON',
      '<>:"|?*',
      '.'.repeat(300),
      `${'æ'.repeat(400)}.docx`,
      '\\\\server\\share',
      ' . . ',
      'a'.repeat(254) + '.',
    ];
    for (const name of nasty) {
      expect(fileNameSchema.safeParse(sanitizeFileName(name)).success, name).toBe(true);
    }
  });
});

describe('isMenuCommand', () => {
  it('accepts only the fixed list', () => {
    expect(isMenuCommand('export-docx')).toBe(true);
    expect(isMenuCommand('EXPORT-DOCX')).toBe(false);
    expect(isMenuCommand(['save'])).toBe(false);
  });
});

describe('hostile file names (issue 11 item 10)', () => {
  const refusal = (name: string) => {
    const result = fileNameSchema.safeParse(name);
    return result.success ? null : (result.error.issues[0]?.message ?? '');
  };

  it.each([
    ['CON', 'reserveret navn i Windows'],
    ['nul', 'reserveret navn i Windows'],
    ['CON.docx', 'reserveret navn i Windows'],
    ['com1.pdf', 'reserveret navn i Windows'],
    ['LPT1', 'reserveret navn i Windows'],
    ['Lpt9.tar.gz', 'reserveret navn i Windows'],
    ['aux .txt', 'reserveret navn i Windows'],
    ['COM\u00b9.docx', 'reserveret navn i Windows'],
    ['brev\u202Excod.exe', 'vender skriftretningen'],
    ['brev\u202Adoc.docx', 'vender skriftretningen'],
    ['brev\u2066x\u2069.docx', 'vender skriftretningen'],
    ['brev\u200F.docx', 'vender skriftretningen'],
    ['brev\u200E.docx', 'vender skriftretningen'],
    ['brev\u0085.docx', 'usynlige styretegn'],
    ['brev\u009f.docx', 'usynlige styretegn'],
    ['brev\u0080.docx', 'usynlige styretegn'],
    ['.bashrc', 'begynde med punktum'],
    ['.docx', 'begynde med punktum'],
  ])('refuses %j', (name, message) => {
    expect(refusal(name)).toContain(message);
  });

  it.each([
    'Brev til BUU.docx',
    'console.docx',
    'CONTROL.pdf',
    'com10.docx',
    'nulpunkt.xlsx',
    'Økonomi æøå.pdf',
  ])('still accepts %j', (name) => {
    expect(refusal(name)).toBeNull();
  });

  it('refuses a PDF name that grows past 255 characters when «.pdf» is added', () => {
    const result = parseIpcPayload('letter:printToPdf', { suggestedName: 'a'.repeat(255) });
    expect(result).toEqual({
      ok: false,
      message:
        'Ugyldige data til «Gem som PDF»: suggestedName: Filnavnet er for langt, når «.pdf» kommer på (højst 255 tegn i alt).',
    });
    expect(parseIpcPayload('letter:printToPdf', { suggestedName: 'a'.repeat(251) }).ok).toBe(true);
    expect(parseIpcPayload('letter:printToPdf', { suggestedName: `${'a'.repeat(251)}.pdf` }).ok).toBe(true);
  });

  it('refuses dotfiles and names without room for a running number in file:saveMany', () => {
    const data = new Uint8Array(1);
    const dot = parseIpcPayload('file:saveMany', {
      files: [
        { name: 'a.docx', data },
        { name: '.profile', data },
      ],
    });
    expect(dot.ok ? '' : dot.message).toContain('files.1.name: Filnavnet må ikke begynde med punktum');
    const long = parseIpcPayload('file:saveMany', { files: [{ name: `${'a'.repeat(246)}.docx`, data }] });
    expect(long.ok ? '' : long.message).toContain('plads til et løbenummer');
  });

  it('sanitizeFileName turns every hostile name into one the shell accepts, keeping the visible text', () => {
    expect(sanitizeFileName('CON.docx')).toBe('_CON.docx');
    expect(sanitizeFileName('brev\u202Excod.exe')).toBe('brevxcod.exe');
    expect(sanitizeFileName('a\u0085b.pdf')).toBe('ab.pdf');
    for (const name of [
      'nul',
      'com1.pdf',
      'LPT1',
      'aux .txt',
      '.bashrc',
      'brev\u2066x\u2069.docx',
      'CON.tar.docx',
    ]) {
      expect(fileNameSchema.safeParse(sanitizeFileName(name)).success, name).toBe(true);
    }
  });
});
