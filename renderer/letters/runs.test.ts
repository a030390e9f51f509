import { describe, expect, it } from 'vitest';
import type { InlineRun } from '../../shared/letter/types';
import { editorDocToRuns, runsToEditorDoc, sameRuns } from './runs';

describe('runs ↔ editor document', () => {
  const runs: InlineRun[] = [
    { text: 'Kære udvalg, se ' },
    { text: 'barometret', link: 'https://www.kk.dk/integrationsbarometer' },
    { text: ' og ' },
    { text: 'læs', bold: true },
    { text: ' bilaget', bold: true, italic: true },
    { text: '.' },
  ];

  it('keeps text, bold, italic and links through a round trip', () => {
    expect(editorDocToRuns(runsToEditorDoc(runs))).toEqual(runs);
  });

  it('writes TipTap marks the editor understands', () => {
    const doc = runsToEditorDoc([{ text: 'Fed', bold: true }]);
    expect(doc).toEqual({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Fed', marks: [{ type: 'bold' }] }] }],
    });
  });

  it('gives an empty paragraph for no text, and reads it back as no runs', () => {
    const doc = runsToEditorDoc([]);
    expect(doc.content?.[0]).toEqual({ type: 'paragraph' });
    expect(editorDocToRuns(doc)).toEqual([]);
  });

  it('drops a link to an unsafe address but keeps its words', () => {
    const doc = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'klik', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] },
          ],
        },
      ],
    };
    expect(editorDocToRuns(doc)).toEqual([{ text: 'klik' }]);
  });

  it('joins pasted blocks and hard breaks with spaces, since a letter paragraph is one block', () => {
    const doc = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [{ type: 'text', text: 'Første' }, { type: 'hardBreak' }, { type: 'text', text: 'linje' }],
        },
        { type: 'paragraph', content: [{ type: 'text', text: 'Anden' }] },
      ],
    };
    expect(editorDocToRuns(doc)).toEqual([{ text: 'Første linje Anden' }]);
  });

  it('merges neighbouring runs with the same formatting', () => {
    const doc = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'a', marks: [{ type: 'bold' }] },
            { type: 'text', text: 'b', marks: [{ type: 'bold' }] },
          ],
        },
      ],
    };
    expect(editorDocToRuns(doc)).toEqual([{ text: 'ab', bold: true }]);
  });

  it('tells a formatting change from an unchanged paragraph', () => {
    expect(sameRuns([{ text: 'a' }, { text: 'b' }], [{ text: 'ab' }])).toBe(true);
    expect(sameRuns([{ text: 'ab' }], [{ text: 'ab', bold: true }])).toBe(false);
  });
});
