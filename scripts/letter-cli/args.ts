import type { StatusRule } from '../../shared/domain/types';

/** What the user asked for on the command line, checked for form (not yet against the data). */
export interface LetterCliOptions {
  data: string;
  round?: string;
  committee: string;
  areas?: string[];
  date?: string;
  dateStyle: 'numeric' | 'long';
  sagsnr: string;
  doknr: string;
  rule?: StatusRule;
  out: string;
  /** Sheet of an .xlsx/.ods (default: the first non-empty one). */
  sheet?: string;
  /** `--columns "Basisår=basis_periode,…"`, as written; parsed by letter-cli/columns.ts. */
  columns?: string;
  /** `--review`: write the review copy (issue 8) instead of the signing copy. */
  review?: boolean;
  /** `--reviewer NAVN`: who the review copy is for (shown in its review mark). */
  reviewer?: string;
  /** `--logo FIL.png`: the sender's logo in the letterhead (none by default: no municipality logo is shipped). */
  logo?: string;
}

export const USAGE = `Brug: npm run letter -- --data FIL --round MÅLING --committee UDVALG --out BREV.docx
       [--areas OMRÅDE,...] [--date ÅÅÅÅ-MM-DD] [--long-date] [--sagsnr X] [--doknr Y] [--rule development|on-track]
       [--sheet ARK] [--columns "KOLONNE=felt,..."] [--review [--reviewer NAVN]] [--logo LOGO.png]
       npm run letter -- comments GENNEMSET.docx

  --data       CSV-, Excel- (.xlsx), LibreOffice- (.ods) eller sikkerhedskopi-fil (.json) med barometrets data
  --sheet      arket i et regneark (standard: det første ark med indhold)
  --columns    hvilke af filens kolonner der er hvad, fx "Basisår=basis_periode,Værdi 2008=værdi"
               (resten gættes ud fra overskrifterne; «brug ikke» springer en kolonne over)
  --round      målingens id eller navn, fx "2008" eller "Maj 2008" (standard: den seneste måling)
  --committee  det modtagende udvalgs id: ou, buu, kfu, suu, sou, tmu, biu
  --areas      indsatsområder, kommasepareret (standard: udvalgets områder med rød eller gul hovedindikator)
  --date       brevets dato (standard: i dag)
  --long-date  skriv datoen som "16. maj 2008" i stedet for "16-05-2008"
  --rule       statusregel: development (udvikling) eller on-track (på rette kurs)
  --out        hvor brevet (.docx) skal gemmes
  --review     gem en gennemsynskopi (med gennemsynsmærke og ankre) i stedet for kopien til underskrift
  --reviewer   hvem gennemsynskopien er til (står i gennemsynsmærket)
  --logo       afsenderens logo (PNG) i brevhovedet; uden --logo har brevet intet logo
  comments     udskriv kommentarer og ændringer i en gennemset .docx som JSON`;

export class CliUsageError extends Error {}

const VALUE_FLAGS = new Set([
  'data',
  'round',
  'committee',
  'areas',
  'date',
  'sagsnr',
  'doknr',
  'rule',
  'out',
  'sheet',
  'columns',
  'reviewer',
  'logo',
]);

/** A real calendar date in ISO form: "2008-02-30" is refused, not rolled over to March. */
export function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
}

/** Parses argv (without node and the script) into options; throws CliUsageError with a Danish message. */
export function parseLetterArgs(argv: readonly string[]): LetterCliOptions {
  const values = new Map<string, string>();
  let longDate = false;
  let review = false;
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index] ?? '';
    const [flag = '', inline] = argument.startsWith('--') ? argument.slice(2).split(/=(.*)/s, 2) : [''];
    if (flag === 'long-date') {
      longDate = true;
      continue;
    }
    if (flag === 'review') {
      review = true;
      continue;
    }
    if (!VALUE_FLAGS.has(flag)) throw new CliUsageError(`Ukendt argument: «${argument}».`);
    const value = inline ?? argv[++index];
    if (value === undefined || value.startsWith('--')) throw new CliUsageError(`--${flag} mangler en værdi.`);
    if (values.has(flag)) throw new CliUsageError(`--${flag} er angivet to gange.`);
    values.set(flag, value.trim());
  }
  const required = (flag: string): string => {
    const value = values.get(flag);
    if (!value) throw new CliUsageError(`--${flag} skal angives.`);
    return value;
  };
  const data = required('data');
  const committee = required('committee').toLowerCase();
  const out = required('out');
  if (!out.toLowerCase().endsWith('.docx'))
    throw new CliUsageError(`--out skal være en .docx-fil, ikke «${out}».`);
  const date = values.get('date');
  if (date !== undefined && !isIsoDate(date)) {
    throw new CliUsageError(
      `--date «${date}» er ikke en gyldig dato. Skriv den som ÅÅÅÅ-MM-DD, fx 2008-05-16.`,
    );
  }
  const rule = values.get('rule');
  if (rule !== undefined && rule !== 'development' && rule !== 'on-track') {
    throw new CliUsageError(`--rule skal være «development» eller «on-track», ikke «${rule}».`);
  }
  const areasText = values.get('areas');
  const areas = areasText
    ?.split(',')
    .map((area) => area.trim())
    .filter(Boolean);
  if (areasText !== undefined && areas?.length === 0) throw new CliUsageError('--areas er tom.');

  return {
    data,
    committee,
    out,
    dateStyle: longDate ? 'long' : 'numeric',
    sagsnr: values.get('sagsnr') ?? '',
    doknr: values.get('doknr') ?? '',
    ...(values.get('round') ? { round: values.get('round') } : {}),
    ...(areas ? { areas } : {}),
    ...(date ? { date } : {}),
    ...(rule ? { rule } : {}),
    ...(values.get('sheet') ? { sheet: values.get('sheet') } : {}),
    ...(values.get('columns') ? { columns: values.get('columns') } : {}),
    ...(review ? { review: true } : {}),
    ...(values.get('reviewer') ? { reviewer: values.get('reviewer') } : {}),
    ...(values.get('logo') ? { logo: values.get('logo') } : {}),
  };
}
