import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { fixtureDataset, fixtureLetter } from '../letter/test-fixtures';
import * as zip from '../zip/safe-unzip';
import { buildReviewDocx } from './build-review-docx';
import { ReviewReadError } from './errors';
import { reviewParagraphsOf } from './paragraphs';
import { readReviewedDocx } from './read-reviewed-docx';
import { writeReviewerFeedback } from './write-feedback';

// Counts the unzips while keeping the real one (the limits and messages under test are its own).
vi.mock('../zip/safe-unzip', async (importOriginal) => {
  const real = await importOriginal<typeof zip>();
  return { ...real, safeUnzip: vi.fn(real.safeUnzip) };
});

const letter = fixtureLetter({ dataset: fixtureDataset(), dataFingerprint: 'fp-once' });
const paragraphs = reviewParagraphsOf(letter);
const review = {
  letterId: 'brev-1',
  revision: 0,
  copyId: 'kopi-1',
  sentAt: '2026-11-30T09:15:00.000Z',
  reviewer: 'Pia Allerslev',
  paragraphs,
};
const reviewer = { author: 'Pia Allerslev', date: '2026-11-30T11:00:00.000Z' };

/** The review copy with one extra part, as a copy with a logo or a pasted picture has. */
async function copyWith(name: string, data: Uint8Array, level: 0 | 9 = 0): Promise<Uint8Array> {
  const parts = unzipSync(await buildReviewDocx(letter, review));
  return zipSync({ ...parts, [name]: [data, { level }] });
}

describe('writeReviewerFeedback unzips the review copy once', () => {
  it('inflates each part once and still writes every part back, the picture byte for byte', async () => {
    const picture = new Uint8Array(512 * 1024).map((_, index) => (index * 7919) % 251);
    const copy = await copyWith('word/media/image9.png', picture);
    const last = paragraphs[paragraphs.length - 1];
    vi.mocked(zip.safeUnzip).mockClear();
    const reviewed = writeReviewerFeedback(
      copy,
      [{ paragraphId: last?.id ?? '', comments: [{ text: 'Fint.' }] }],
      reviewer,
    );
    expect(vi.mocked(zip.safeUnzip)).toHaveBeenCalledTimes(1);
    expect(unzipSync(reviewed)['word/media/image9.png']).toEqual(picture);
    const file = readReviewedDocx(reviewed);
    expect(file).toMatchObject({ letterId: 'brev-1', revision: 0, copyId: 'kopi-1', hasAnchors: true });
    expect(file.paragraphs.find((paragraph) => paragraph.id === last?.id)?.comments).toMatchObject([
      { author: 'Pia Allerslev', text: 'Fint.' },
    ]);
  });

  it("keeps the reader's limits: a picture that would unpack like a zip bomb is refused in Danish, naming it", async () => {
    const copy = await copyWith('word/media/bombe.png', new Uint8Array(30 * 1024 * 1024), 9);
    // Opening it is fine (the reader never inflates pictures); saving the feedback into it is not.
    expect(readReviewedDocx(copy).letterId).toBe('brev-1');
    let refused: unknown;
    try {
      writeReviewerFeedback(copy, [], reviewer);
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(ReviewReadError);
    expect((refused as ReviewReadError).message).toMatch(
      /^Gennemsynskopien afvises: .*zip-bombe\)\. Delen «word\/media\/bombe\.png»\.$/,
    );
  });
});
