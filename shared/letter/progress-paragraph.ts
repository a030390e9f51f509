import { joinDanish } from '../domain/wording';
import type { Area, AreaStatus, Status, StatusRule } from '../domain/types';

/**
 * The computed paragraph that sums up ALL areas of the round (the reference letter's third paragraph):
 * green areas "viser fremgang", yellow/red areas show "tilbagegang eller stilstand", unmeasured areas are named too.
 * Under the on-track rule a yellow area DOES show progress (only too slowly for the target line), so it is worded
 * apart: "viser fremgang, men er endnu ikke på rette kurs mod målsætningen"; only red is "tilbagegang eller stilstand".
 * Never typed by hand: it is rebuilt from the statuses whenever the data changes.
 */

/** "Maj 2008" → "maj 2008", "Kultur og fritid" → "kultur og fritid", but "BIU-tal" stays as written. */
export function inSentence(text: string): string {
  const second = text.charAt(1);
  if (second !== '' && second === second.toLocaleUpperCase('da-DK') && /\p{L}/u.test(second)) return text;
  return text.charAt(0).toLocaleLowerCase('da-DK') + text.slice(1);
}

/** "indsatsområdet bolig" or "indsatsområderne beskæftigelse, bolig og kultur og fritid". */
function areaPhrase(names: readonly string[]): string {
  return names.length === 1 ? `indsatsområdet ${names[0] ?? ''}` : `indsatsområderne ${joinDanish(names)}`;
}

/** Red alone is "tilbagegang", yellow alone "stilstand"; a mix is worded as the reference letter does. */
function setbackWord(statuses: readonly Status[]): string {
  const hasRed = statuses.includes('red');
  const hasYellow = statuses.includes('yellow');
  if (hasRed && hasYellow) return 'tilbagegang eller stilstand';
  return hasRed ? 'tilbagegang' : 'stilstand';
}

export interface GroupedAreas {
  green: Area[];
  setback: { area: Area; status: Status }[];
  unmeasured: Area[];
}

/** Areas in their sort order, grouped by the status shown (overrides included). Missing status = no measurement. */
export function groupAreasByStatus(areas: readonly Area[], statuses: readonly AreaStatus[]): GroupedAreas {
  const statusOf = new Map(statuses.map((status) => [status.areaId, status.status]));
  const grouped: GroupedAreas = { green: [], setback: [], unmeasured: [] };
  for (const area of [...areas].sort((a, b) => a.sortOrder - b.sortOrder)) {
    const status = statusOf.get(area.id) ?? 'none';
    if (status === 'green') grouped.green.push(area);
    else if (status === 'none') grouped.unmeasured.push(area);
    else grouped.setback.push({ area, status });
  }
  return grouped;
}

const LEAD = 'Vi kan på baggrund af integrationsbarometrets målinger konstatere, at';
const names = (list: readonly Area[]): string[] => list.map((area) => inSentence(area.name));

function greenSentence(green: readonly Area[]): string {
  const where = green.length === 1 ? 'på området' : 'på de respektive områder';
  const verb = `viser fremgang og er på rette kurs mod at opfylde integrationspolitikens målsætning ${where}`;
  return `${LEAD} ${areaPhrase(names(green))} ${verb}.`;
}

function setbackSentence(setback: readonly { area: Area; status: Status }[], word: string): string {
  const phrase = areaPhrase(names(setback.map((entry) => entry.area)));
  return `For ${phrase} er der registreret ${word} i udviklingen frem mod målsætningen på området.`;
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('da-DK') + text.slice(1);
}

export function progressParagraphText(
  areas: readonly Area[],
  statuses: readonly AreaStatus[],
  rule: StatusRule = 'development',
): string {
  const grouped = groupAreasByStatus(areas, statuses);
  const sentences = rule === 'on-track' ? onTrackSentences(grouped) : developmentSentences(grouped);
  if (grouped.unmeasured.length > 0) {
    sentences.push(`For ${areaPhrase(names(grouped.unmeasured))} foreligger der endnu ingen måling.`);
  }
  return sentences.join(' ');
}

/** The reference letter's wording (development rule): yellow and red are both "tilbagegang eller stilstand". */
function developmentSentences({ green, setback }: GroupedAreas): string[] {
  const sentences: string[] = [];
  if (green.length > 0) sentences.push(greenSentence(green));
  else if (setback.length > 0) {
    sentences.push(
      `${LEAD} ingen af indsatsområderne endnu viser fremgang mod integrationspolitikens målsætning.`,
    );
  }
  if (setback.length > 0) {
    sentences.push(setbackSentence(setback, setbackWord(setback.map((entry) => entry.status))));
  } else if (green.length > 0) {
    sentences.push('Der er ikke registreret tilbagegang eller stilstand på nogen af indsatsområderne.');
  }
  return sentences;
}

/** On-track rule: yellow = progress behind the target line, red = setback or standstill. */
function onTrackSentences({ green, setback }: GroupedAreas): string[] {
  const behind = setback.filter((entry) => entry.status === 'yellow').map((entry) => entry.area);
  const red = setback.filter((entry) => entry.status !== 'yellow');
  const sentences: string[] = [];
  if (green.length > 0) sentences.push(greenSentence(green));
  else if (behind.length > 0) {
    sentences.push(
      `${LEAD} ingen af indsatsområderne endnu er på rette kurs mod at opfylde integrationspolitikens målsætning.`,
    );
  } else if (red.length > 0) {
    sentences.push(
      `${LEAD} ingen af indsatsområderne endnu viser fremgang mod integrationspolitikens målsætning.`,
    );
  }
  if (behind.length > 0) {
    sentences.push(
      `${capitalise(areaPhrase(names(behind)))} viser fremgang, men er endnu ikke på rette kurs mod målsætningen.`,
    );
  }
  if (red.length > 0) sentences.push(setbackSentence(red, 'tilbagegang eller stilstand'));
  else if (green.length + behind.length > 0) {
    sentences.push('Der er ikke registreret tilbagegang eller stilstand på nogen af indsatsområderne.');
  }
  return sentences;
}
