import { formatDateLong, formatDateNumeric, joinDanish } from '../domain/wording';
import type {
  Area,
  AreaId,
  AreaStatus,
  BarometerDataset,
  CommitteeId,
  RoundId,
  Status,
} from '../domain/types';
import { buildAnnex } from './annex';
import { fillTemplate, type PlaceholderValues } from './placeholders';
import { groupAreasByStatus, inSentence, progressParagraphText } from './progress-paragraph';
import { findTemplate } from './templates';
import { conclusionRole, letterVariant } from './variant';
import type {
  ComposedLetter,
  LetterHeader,
  LetterParagraph,
  LetterTemplate,
  ParagraphRole,
  TemplateId,
} from './types';

export const ACKNOWLEDGE_NOTICE =
  'Alle valgte indsatsområder er grønne: brevet er skrevet som et anerkendende brev i stedet for en opfordring.';
export const NO_CALL_NOTICE =
  'Ingen af de valgte indsatsområder har en rød eller gul hovedindikator: brevet indeholder ingen opfordring.';
/** Start of the notice naming green areas left out of the call. */
export const GREEN_LEFT_OUT_NOTICE_START = 'Hovedindikatoren er grøn på ';

export interface ComposeInput {
  dataset: BarometerDataset;
  roundId: RoundId;
  recipientCommitteeId: CommitteeId;
  /** The recipient's areas the letter is about (the call names those whose main indicator is red/yellow). */
  areaIds: AreaId[];
  /** Statuses of ALL areas for the round: the progress paragraph speaks of every area, like the reference letter. */
  areaStatuses: AreaStatus[];
  header: LetterHeader;
  templates?: readonly LetterTemplate[];
  dataFingerprint: string;
}

/** Stable per role, so the UI can find and refresh the computed paragraphs of a stored draft. */
export function paragraphId(role: ParagraphRole): string {
  return `p-${role}`;
}

export function formatLetterDate(header: LetterHeader): string {
  return header.dateStyle === 'long' ? formatDateLong(header.date) : formatDateNumeric(header.date);
}

/** "rød", "gul" or "rød/gul" when the areas named in the call differ. */
function colourWord(statuses: readonly Status[]): string {
  const words = [statuses.includes('red') ? 'rød' : '', statuses.includes('yellow') ? 'gul' : ''];
  return words.filter(Boolean).join('/');
}

function findOrThrow<T extends { id: string }>(list: readonly T[], id: string, what: string): T {
  const found = list.find((item) => item.id === id);
  if (!found) throw new Error(`${what} «${id}» findes ikke i data.`);
  return found;
}

export function composeLetter(input: ComposeInput): ComposedLetter {
  const { dataset, header } = input;
  const round = findOrThrow(dataset.rounds, input.roundId, 'Målingen');
  const recipient = findOrThrow(dataset.committees, input.recipientCommitteeId, 'Udvalget');
  const sendingCommittee = findOrThrow(dataset.committees, dataset.sender.committeeId, 'Afsenderudvalget');
  const chosenAreas: Area[] = input.areaIds
    .map((id) => findOrThrow(dataset.areas, id, 'Indsatsområdet'))
    .sort((a, b) => a.sortOrder - b.sortOrder);
  const grouped = groupAreasByStatus(chosenAreas, input.areaStatuses);
  const notices: string[] = [];
  const setbackAreas = grouped.setback.map((entry) => entry.area);
  const greenAreas = grouped.green;
  const unmeasuredAreas = grouped.unmeasured;
  const variant = letterVariant(grouped);
  const conclusion = conclusionRole(grouped);
  const measuring = inSentence(round.label);

  if (chosenAreas.length === 0)
    notices.push('Der er ikke valgt nogen indsatsområder: brevet indeholder ingen opfordring.');
  if (variant === 'acknowledge') {
    notices.push(ACKNOWLEDGE_NOTICE);
  } else if (greenAreas.length > 0) {
    const names = joinDanish(greenAreas.map((area) => area.definiteForm));
    notices.push(`${GREEN_LEFT_OUT_NOTICE_START}${names}, som derfor ikke indgår i opfordringen.`);
  }
  if (unmeasuredAreas.length > 0) {
    const names = joinDanish(unmeasuredAreas.map((area) => area.definiteForm));
    notices.push(
      `Der foreligger endnu ingen måling for ${names} i målingen ${measuring}; ${unmeasuredAreas.length === 1 ? 'det' : 'de'} indgår ikke i brevets konklusion.`,
    );
  }
  if (variant === 'urge' && chosenAreas.length > 0 && setbackAreas.length === 0) {
    notices.push(NO_CALL_NOTICE);
  }

  const focusAreas =
    variant === 'acknowledge' ? greenAreas : setbackAreas.length > 0 ? setbackAreas : chosenAreas;
  const chairName = recipient.chairName.trim();
  if (chairName === '') {
    notices.push(
      `Formandens navn mangler for ${recipient.name}: hilsenen bruger titlen «${recipient.chairTitle}». Udfyld navnet under Data › Udvalg.`,
    );
  }
  const values: PlaceholderValues = {
    udvalg: recipient.name,
    udvalg_kort: recipient.shortName,
    formand: chairName || recipient.chairTitle,
    formand_titel: recipient.chairTitle,
    forvaltning: recipient.administration,
    afsender: sendingCommittee.name,
    afsender_forvaltning: sendingCommittee.administration,
    underskriver: dataset.sender.signatoryName,
    områder: joinDanish(focusAreas.map((area) => inSentence(area.name))),
    områder_bestemt: joinDanish(focusAreas.map((area) => area.definiteForm)),
    måling: measuring,
    offentliggjort: round.publishedOn ? `den ${formatDateLong(round.publishedOn)}` : `i ${measuring}`,
    dato: formatLetterDate(header),
    sagsnr: header.sagsnr,
    doknr: header.doknr,
    ...(setbackAreas.length > 0 ? { farve: colourWord(grouped.setback.map((entry) => entry.status)) } : {}),
  };

  const fromTemplate = (templateId: TemplateId, role: ParagraphRole): LetterParagraph => {
    const template = findTemplate(input.templates, templateId);
    const filled = fillTemplate(template.text, values);
    for (const name of filled.unknown) {
      notices.push(
        `Skabelonen «${template.label}» indeholder den ukendte pladsholder {${name}}; den er udeladt af brevet.`,
      );
    }
    for (const name of filled.missing) {
      const inLetter = variant === 'acknowledge' ? 'i et anerkendende brev' : 'i dette brev';
      notices.push(
        `Pladsholderen {${name}} har ingen værdi ${inLetter} og er udeladt. ` +
          `Ret skabelonen «${template.label}» under Indstillinger.`,
      );
    }
    return { id: paragraphId(role), role, runs: filled.runs, editedByUser: false };
  };

  const progressRole: ParagraphRole = 'computed-progress';
  const paragraphs: LetterParagraph[] = [
    fromTemplate('context', 'context'),
    fromTemplate('results', 'results'),
    {
      id: paragraphId(progressRole),
      role: progressRole,
      runs: [{ text: progressParagraphText(dataset.areas, input.areaStatuses, dataset.statusSettings.rule) }],
      editedByUser: false,
    },
  ];
  if (conclusion === 'computed-acknowledge') paragraphs.push(fromTemplate('acknowledge', conclusion));
  else if (conclusion === 'computed-call') paragraphs.push(fromTemplate('call', conclusion));
  paragraphs.push(fromTemplate('closing', 'closing'));

  const keywords = ['Integrationsbarometret', round.label, recipient.shortName];
  if (header.sagsnr.trim()) keywords.push(`Sagsnr. ${header.sagsnr.trim()}`);
  if (header.doknr.trim()) keywords.push(`Dok.nr. ${header.doknr.trim()}`);

  return {
    variant,
    header: { ...header },
    senderCommitteeName: sendingCommittee.name,
    recipientCommitteeName: recipient.name,
    recipientLines: [
      recipient.name,
      [recipient.chairTitle, chairName].filter(Boolean).join(' '),
      ...recipient.addressLines,
    ].filter((line) => line.trim() !== ''),
    salutation: `Kære ${chairName || recipient.chairTitle}`,
    paragraphs: paragraphs.filter((paragraph) => paragraph.runs.length > 0),
    greeting: 'Venlig hilsen',
    sender: { ...dataset.sender },
    annex: buildAnnex(dataset, round.id, input.areaStatuses),
    properties: {
      title: `Integrationsbarometret ${round.label}: brev til ${recipient.name}`,
      subject: `Opfølgning på integrationsbarometrets måling ${measuring}${
        focusAreas.length > 0 ? ` – ${values.områder_bestemt ?? ''}` : ''
      }`,
      author: dataset.sender.signatoryName,
      keywords: keywords.join('; '),
      roundLabel: round.label,
      statusRule: dataset.statusSettings.rule,
      dataFingerprint: input.dataFingerprint,
    },
    notices,
  };
}
