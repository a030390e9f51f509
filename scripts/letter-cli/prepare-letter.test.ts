import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES } from '../../shared/letter/templates';
import { draftFromRequest, isDraftOutdated } from '../../renderer/letters/draft-service';
import { letterTestDataset } from '../../renderer/letters/test-dataset';
import { parseLetterArgs } from './args';
import { prepareLetter } from './prepare-letter';

describe('the CLI and the app', () => {
  it('write the same letter with the same trace fingerprint for the same request', () => {
    const dataset = letterTestDataset();
    const options = parseLetterArgs([
      '--data',
      'data.json',
      '--committee',
      'buu',
      '--round',
      'r2008',
      '--sagsnr',
      '2007-114951',
      '--out',
      'brev.docx',
    ]);
    const { letter, areaIds } = prepareLetter(
      { dataset, templates: [], warnings: [] },
      options,
      '2008-05-16',
    );
    const draft = draftFromRequest(dataset, DEFAULT_TEMPLATES, {
      roundId: 'r2008',
      recipientCommitteeId: 'buu',
      areaIds,
      header: letter.header,
    });
    expect(areaIds).toEqual(['uddannelse']);
    expect(letter.properties.dataFingerprint).toBe(draft.dataFingerprint);
    // A draft carrying the CLI's fingerprint is up to date in the app.
    expect(isDraftOutdated(dataset, { ...draft, dataFingerprint: letter.properties.dataFingerprint })).toBe(
      false,
    );
    expect(letter.paragraphs.map((p) => p.runs)).toEqual(draft.paragraphs.map((p) => p.runs));
  });
});
