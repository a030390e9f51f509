import type { ReviewedFile } from '../../shared/review/types';

/**
 * Does a reviewed file belong to the letter open in the editor? Pure: the caller looks the other letters up. The
 * answers are what the user is told, in Danish, before anything is stored.
 */
export type Belonging =
  /** The file names this letter. `older`: it was made from an earlier revision than the draft's. */
  | { kind: 'this-letter'; older: boolean }
  /** The file carries no letter id (its anchors were removed): placed by text similarity, said so. */
  | { kind: 'unknown-origin' }
  | { kind: 'other-letter'; message: string }
  | { kind: 'not-on-this-machine'; message: string };

export interface OtherLetter {
  /** "Brev til Socialudvalget (maj 2008)". */
  title: string;
}

export function checkBelongs(
  file: Pick<ReviewedFile, 'letterId' | 'revision'>,
  letterId: string,
  currentRevision: number,
  /** The title of the letter with this id on this machine, or undefined when there is none. */
  findOther: (id: string) => OtherLetter | undefined,
): Belonging {
  if (!file.letterId) return { kind: 'unknown-origin' };
  if (file.letterId === letterId) {
    return { kind: 'this-letter', older: file.revision !== undefined && file.revision < currentRevision };
  }
  const other = findOther(file.letterId);
  if (other) {
    return {
      kind: 'other-letter',
      message: `Filen er et gennemsyn af et andet brev: «${other.title}». Åbn det brev og indlæs gennemsynet dér. Intet er ændret.`,
    };
  }
  return {
    kind: 'not-on-this-machine',
    message:
      'Filen er et gennemsyn af et brev, som ikke findes på denne computer (det kan være slettet eller lavet på en anden computer). Intet er ændret.',
  };
}
