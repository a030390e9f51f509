import type { BarometerDataset } from '../../shared/domain/types';
import type { ComposedLetter, LetterDraft } from '../../shared/letter/types';
import { getPlatform } from '../platform';
import { composeDraft, letterFileName } from './draft-service';
import { loadLogoOptions } from './logo';

export const DOCX_FILTER = { name: 'Word-dokument', extensions: ['docx'] };

function composeOrThrow(dataset: BarometerDataset, draft: LetterDraft, sampleLoaded = false): ComposedLetter {
  const composed = composeDraft(dataset, draft, sampleLoaded);
  if (!composed) {
    throw new Error(
      'Brevets måling eller udvalg findes ikke længere i data, så brevet kan ikke eksporteres.',
    );
  }
  return composed;
}

/** The draft as .docx bytes with its file name. The Word builder is loaded only when a letter is exported. */
export async function buildDraftDocx(
  dataset: BarometerDataset,
  draft: LetterDraft,
  logo?: Uint8Array | { logoPng?: Uint8Array; logoPosition?: 'left' | 'right' },
  sampleLoaded = false,
): Promise<{ name: string; data: Uint8Array<ArrayBuffer> }> {
  const composed = composeOrThrow(dataset, draft, sampleLoaded);
  const { buildLetterDocx } = await import('../../shared/docx/build-docx');
  const options = logo instanceof Uint8Array ? { logoPng: logo } : (logo ?? {});
  // A copy with its own ArrayBuffer: what the shell's file channel accepts.
  const data = new Uint8Array(await buildLetterDocx(composed, options));
  const name = letterFileName(
    composed.recipientCommitteeName,
    draft.header.date,
    'docx',
    Boolean(composed.sampleData),
  );
  return { name, data };
}

/** "Eksportér som Word (.docx)": builds and hands the file to the save dialog (browser: a download). */
export async function exportDraftAsDocx(
  dataset: BarometerDataset,
  draft: LetterDraft,
  sampleLoaded = false,
): Promise<boolean> {
  const file = await buildDraftDocx(dataset, draft, await loadLogoOptions(), sampleLoaded);
  const result = await getPlatform().saveFile({
    suggestedName: file.name,
    filters: [DOCX_FILTER],
    data: file.data,
  });
  return result.saved;
}

/** "Eksportér som PDF": the shell prints the preview pages (the print stylesheet hides everything else). */
export async function exportDraftAsPdf(
  dataset: BarometerDataset,
  draft: LetterDraft,
  sampleLoaded = false,
): Promise<boolean> {
  const composed = composeOrThrow(dataset, draft, sampleLoaded);
  const { title, author, subject } = composed.properties;
  // Chromium takes the PDF's title from the page title (the browser's print dialog its file name too).
  const pageTitle = document.title;
  document.title = title;
  try {
    const result = await getPlatform().printToPdf({
      suggestedName: letterFileName(
        composed.recipientCommitteeName,
        draft.header.date,
        'pdf',
        Boolean(composed.sampleData),
      ),
      title,
      author,
      subject,
    });
    return result.saved;
  } finally {
    document.title = pageTitle;
  }
}
