import { describe, expect, it } from 'vitest';
import { fillTemplate, PLACEHOLDERS, validateTemplate } from './placeholders';
import { DEFAULT_TEMPLATES } from './templates';

describe('fillTemplate', () => {
  it('fills named placeholders with their values', () => {
    const filled = fillTemplate('{afsender} skriver til {udvalg}.', {
      afsender: 'BIU',
      udvalg: 'Børne- og Ungdomsudvalget',
    });
    expect(filled.runs).toEqual([{ text: 'BIU skriver til Børne- og Ungdomsudvalget.' }]);
    expect(filled.unknown).toEqual([]);
  });

  it('reports an unknown placeholder and keeps its literal name out of the letter', () => {
    const filled = fillTemplate('Kære {navn}, tak for {udvalg}.', { udvalg: 'BUU' });
    const text = filled.runs.map((run) => run.text).join('');
    expect(filled.unknown).toEqual(['navn']);
    expect(text).not.toContain('{navn}');
    expect(text).toBe('Kære, tak for BUU.');
  });

  it('reports a known placeholder without a value as missing', () => {
    const filled = fillTemplate('Hovedindikatoren er {farve}.', {});
    expect(filled.missing).toEqual(['farve']);
    expect(filled.runs.map((run) => run.text).join('')).toBe('Hovedindikatoren er.');
  });

  it('turns **bold**, *italic* and [text](url) into runs', () => {
    const filled = fillTemplate('Se **vigtigt** og *kursiv* på [kk.dk](https://www.kk.dk).', {});
    expect(filled.runs).toEqual([
      { text: 'Se ' },
      { text: 'vigtigt', bold: true },
      { text: ' og ' },
      { text: 'kursiv', italic: true },
      { text: ' på ' },
      { text: 'kk.dk', link: 'https://www.kk.dk' },
      { text: '.' },
    ]);
  });

  it('never lets a value switch formatting on: a name with asterisks stays plain text', () => {
    const filled = fillTemplate('Til {formand}.', { formand: '**Ib** *Hansen* [x](https://evil)' });
    expect(filled.runs).toEqual([{ text: 'Til **Ib** *Hansen* [x](https://evil).' }]);
  });

  it('keeps a link whose address is not web or mail as plain text', () => {
    const filled = fillTemplate('[klik](javascript:alert(1))', {});
    expect(filled.runs.some((run) => run.link)).toBe(false);
  });
});

describe('validateTemplate', () => {
  it('accepts every default template', () => {
    for (const template of DEFAULT_TEMPLATES)
      expect(validateTemplate(template.text), template.id).toEqual([]);
  });

  it('names unknown placeholders, stray braces, unclosed markup and bad links in Danish', () => {
    const problems = validateTemplate('Hej {navn} { **fed og [link](ftp://x)');
    expect(problems.join('\n')).toMatch(/Ukendt pladsholder \{navn\}/);
    expect(problems.join('\n')).toMatch(/krøllet parentes/);
    expect(problems.join('\n')).toMatch(/Fed skrift/);
    expect(problems.join('\n')).toMatch(/ftp:\/\/x/);
  });

  it('reports an empty template', () => {
    expect(validateTemplate('  ')).toContain('Skabelonen er tom.');
  });
});

describe('PLACEHOLDERS', () => {
  it('documents the placeholders the default templates use, each with a Danish description', () => {
    const names = new Set(PLACEHOLDERS.map((placeholder) => placeholder.name));
    for (const name of [
      'udvalg',
      'afsender',
      'formand',
      'område',
      'områder',
      'områder_bestemt',
      'måling',
      'offentliggjort',
      'farve',
      'dato',
    ]) {
      expect(names.has(name), name).toBe(true);
    }
    for (const placeholder of PLACEHOLDERS) expect(placeholder.description.length).toBeGreaterThan(5);
  });
});

describe('{område}', () => {
  it('is an alias of {områder}: a stored template using it names every chosen area', () => {
    const filled = fillTemplate('Vi opfordrer til at prioritere {område}.', {
      områder: 'uddannelse og bolig',
    });
    expect(filled.runs).toEqual([{ text: 'Vi opfordrer til at prioritere uddannelse og bolig.' }]);
    expect(filled.missing).toEqual([]);
    expect(validateTemplate('{område}')).toEqual([]);
    const alias = PLACEHOLDERS.find((placeholder) => placeholder.name === 'område');
    expect(alias?.aliasOf).toBe('områder');
    expect(alias?.description).toContain('Samme som {områder}');
  });
});
