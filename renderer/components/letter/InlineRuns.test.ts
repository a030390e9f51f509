import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { InlineRuns } from './InlineRuns';

const render = (runs: { text: string; link?: string; bold?: boolean }[]): string =>
  renderToStaticMarkup(createElement(InlineRuns, { runs }));

describe('InlineRuns', () => {
  it('links web and mail addresses', () => {
    expect(render([{ text: 'kk.dk', link: 'https://www.kk.dk' }])).toContain('<a href="https://www.kk.dk"');
    expect(render([{ text: 'skriv', link: 'mailto:bif@kk.dk' }])).toContain('href="mailto:bif@kk.dk"');
  });

  it('shows an unsafe link from stored text as plain text', () => {
    const html = render([{ text: 'Klik her', link: 'javascript:alert(1)', bold: true }]);
    expect(html).not.toContain('<a');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('<strong>Klik her</strong>');
  });
});
