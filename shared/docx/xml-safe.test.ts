import { describe, expect, it } from 'vitest';
import { isXmlSafe, xmlSafe } from './xml-safe';

describe('xmlSafe', () => {
  it('removes the characters XML 1.0 forbids', () => {
    const controls = Array.from({ length: 32 }, (_unused, code) => String.fromCharCode(code)).join('');
    expect(xmlSafe(`a${controls}b`)).toBe('a\t\n\rb');
    expect(xmlSafe('x\uFFFEy\uFFFFz')).toBe('xyz');
    expect(xmlSafe('lone \uD83D high and \uDC4D low')).toBe('lone  high and  low');
  });

  it('keeps emoji, Arabic, Hebrew, Danish and combining marks', () => {
    const text = 'Tak 👍🏽 محمد דוד Ærø å e\u0301';
    expect(xmlSafe(text)).toBe(text);
    expect(isXmlSafe(text)).toBe(true);
  });

  it('detects unsafe text', () => {
    expect(isXmlSafe('a\u0008b')).toBe(false);
    expect(isXmlSafe('\uD800')).toBe(false);
    expect(isXmlSafe('ok\ttab')).toBe(true);
  });
});
