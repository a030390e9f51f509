import { describe, expect, it } from 'vitest';
import { buildLetterDocx } from '../docx/build-docx';
import { unzipDocx } from '../docx/test-xml';
import { computeAreaStatuses } from '../domain/status';
import { letterToPlainText } from './plain-text';
import { fixtureDataset, fixtureLetter } from './test-fixtures';

/** Bilag 1 from statuses the rules computed: a main indicator set by hand, periods in words. */

function dataset() {
  const data = fixtureDataset();
  data.indicators = data.indicators.map((indicator) =>
    indicator.id === 'uddannelse-1'
      ? { ...indicator, baseline: { period: '2006-05', value: indicator.baseline.value } }
      : indicator,
  );
  data.overrides = [
    {
      id: 'indicator:uddannelse-1@2008',
      roundId: '2008',
      scope: 'indicator',
      targetId: 'uddannelse-1',
      status: 'red',
      reason: 'Tallet for 2008 er foreløbigt',
      createdAt: '2008-05-20T10:00:00Z',
    },
  ];
  return data;
}

describe('buildAnnex', () => {
  it('carries a main indicator override with its reason and writes periods in words, into the .docx too', async () => {
    const data = dataset();
    const letter = fixtureLetter({ dataset: data, areaStatuses: computeAreaStatuses(data, '2008') });
    const education = letter.annex.areas.find((area) => area.areaName === 'Uddannelse');
    const main = education?.indicators.find((row) => row.isMain);
    expect(education?.status).toBe('red');
    expect(main?.status).toBe('red');
    expect(main?.overrideReason).toBe('Tallet for 2008 er foreløbigt');
    expect(main?.baseline.period).toBe('maj 2006');
    expect(letterToPlainText(letter)).toContain('(ændret: Tallet for 2008 er foreløbigt)');

    const documentXml = unzipDocx(await buildLetterDocx(letter))['word/document.xml'] ?? '';
    const text = documentXml.replace(/<[^>]+>/g, '');
    expect(text).toContain('Status ændret: Tallet for 2008 er foreløbigt');
    expect(text).toContain('maj 2006');
    expect(text).not.toContain('2006-05');
  });
});
