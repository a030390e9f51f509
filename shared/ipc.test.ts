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
