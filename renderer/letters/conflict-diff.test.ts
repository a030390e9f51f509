import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES } from '../../shared/letter/templates';
import type { LetterDraft } from '../../shared/letter/types';
import { compareVersions } from './conflict-diff';
import { draftFromRequest } from './draft-service';
import { letterTestDataset } from './test-dataset';

const header = { date: '2008-05-16', dateStyle: 'numeric' as const, sagsnr: '', doknr: '' };
const theirs = draftFromRequest(
  letterTestDataset(),
  DEFAULT_TEMPLATES,
  { roundId: 'r2008', recipientCommitteeId: 'buu', areaIds: ['uddannelse'], header },
  'brev',
);
const withClosing = (draft: LetterDraft, text: string): LetterDraft => ({
  ...draft,
  paragraphs: draft.paragraphs.map((paragraph) =>
    paragraph.role === 'closing' ? { ...paragraph, runs: [{ text }] } : paragraph,
  ),
});

describe('the conflict dialog compares the two versions', () => {
  it('lists the header fields and paragraphs that differ, and counts the rest', () => {
    const mine: LetterDraft = {
      ...withClosing(theirs, 'Min afslutning.'),
      state: 'til-gennemsyn',
      header: { ...header, date: '2008-05-20', doknr: '2008-255779' },
    };
    const { differences, sameParagraphs } = compareVersions(withClosing(theirs, 'Deres afslutning.'), mine);
    expect(differences).toEqual([
      { what: 'Status', theirs: 'Kladde', mine: 'Til gennemsyn' },
      { what: 'Dato', theirs: '16-05-2008', mine: '20-05-2008' },
      { what: 'Dok.nr.', theirs: '', mine: '2008-255779' },
      { what: 'Afslutning', theirs: 'Deres afslutning.', mine: 'Min afslutning.' },
    ]);
    expect(sameParagraphs).toBe(theirs.paragraphs.length - 1);
  });

  it('shows a paragraph only one version has', () => {
    const mine: LetterDraft = {
      ...theirs,
      paragraphs: [
        ...theirs.paragraphs,
        { id: 'eget', role: 'custom', runs: [{ text: 'Nyt afsnit.' }], editedByUser: true },
      ],
    };
    expect(compareVersions(theirs, mine).differences).toEqual([
      { what: 'Eget afsnit', theirs: '(findes ikke i denne udgave)', mine: 'Nyt afsnit.' },
    ]);
    expect(compareVersions(mine, theirs).differences).toEqual([
      { what: 'Eget afsnit', theirs: 'Nyt afsnit.', mine: '(findes ikke i denne udgave)' },
    ]);
  });
});
