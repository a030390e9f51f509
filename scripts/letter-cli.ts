/**
 * Drafts a committee letter from a data file without the app:
 *   npm run letter -- --data data.csv --round 2008 --committee buu --out brev.docx
 * Errors go to stderr in Danish, with exit code 1.
 */
import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { buildLetterDocx } from '../shared/docx/build-docx';
import { parseImportFile } from '../shared/import/import-file';
import { checkLogoFile } from '../shared/letter/logo-check';
import type { LayoutRequest } from '../shared/import/layout';
import { CliUsageError, USAGE, parseLetterArgs } from './letter-cli/args';
import { ColumnsOptionError, parseColumnsOption, unmappedColumnsMessage } from './letter-cli/columns';
import { CliDataError, datasetFromImport, prepareLetter } from './letter-cli/prepare-letter';
import { readInputFile } from './letter-cli/read-input';
import { cliReviewCopy, printReviewComments } from './letter-cli/review';
import { shownRevision } from '../shared/review/revision';

/** The sender's logo for --logo, checked like an upload in Settings › Brevhoved (PNG only: SVG needs a canvas). */
async function readLogo(path: string): Promise<Uint8Array> {
  const bytes = await readInputFile(path, 'logoet ');
  const check = checkLogoFile(basename(path), bytes);
  if (!check.ok) throw new CliDataError(check.message);
  if (check.logo.format !== 'png')
    throw new CliDataError(`Logoet «${basename(path)}» er SVG: på kommandolinjen skal logoet være PNG.`);
  return bytes;
}

function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

async function main(argv: string[]): Promise<void> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return;
  }
  if (argv[0] === 'comments') {
    await printReviewComments(argv.slice(1));
    return;
  }
  const options = parseLetterArgs(argv);
  const bytes = await readInputFile(options.data, 'datafilen ');
  const request: LayoutRequest = {};
  if (options.sheet) request.sheet = options.sheet;
  if (options.columns) request.mapping = { columns: parseColumnsOption(options.columns) };
  const parsed = await parseImportFile(bytes, basename(options.data), undefined, request);
  const unmapped = unmappedColumnsMessage(parsed, basename(options.data));
  if (unmapped) throw new CliDataError(unmapped);
  const loaded = datasetFromImport(parsed);
  for (const warning of loaded.warnings) console.error(warning);

  const { letter, areaIds, roundLabel } = prepareLetter(loaded, options, localToday());
  for (const notice of letter.notices) console.error(`Bemærk: ${notice}`);
  const logoPng = options.logo ? await readLogo(options.logo) : undefined;
  const buildOptions = logoPng ? { logoPng } : {};
  const review = options.review ? await cliReviewCopy(letter, options.reviewer, buildOptions) : undefined;
  const docx = review ? review.bytes : await buildLetterDocx(letter, buildOptions);
  try {
    await writeFile(options.out, docx);
  } catch {
    throw new CliDataError(
      `Kan ikke gemme brevet som «${options.out}»: mappen findes ikke, eller der er ikke skriveadgang.`,
    );
  }
  if (review) {
    console.log(
      `Gennemsynskopien af brevet til ${letter.recipientCommitteeName} om målingen ${roundLabel} er gemt i ${options.out} (revision ${shownRevision(0)}, brev-id ${review.letterId}, kopi-id ${review.copyId}).`,
    );
    return;
  }
  console.log(
    `Brevet til ${letter.recipientCommitteeName} om målingen ${roundLabel} (${areaIds.join(', ') || 'ingen områder'}) er gemt i ${options.out}.`,
  );
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof CliUsageError || error instanceof ColumnsOptionError) {
    console.error(`Fejl: ${error.message}\n\n${USAGE}`);
  } else if (error instanceof CliDataError || error instanceof Error) {
    console.error(`Fejl: ${error.message}`);
  } else {
    console.error('Fejl: ukendt fejl.');
  }
  process.exitCode = 1;
});
