import type { LetterTemplate, TemplateId } from './types';

/**
 * The letter's editable boilerplate, modelled on the 2008 reference letter (tone, structure and key phrases).
 * The context paragraph is neutral so it fits any year; the user rewrites it in settings when a year calls for it.
 */
export const DEFAULT_TEMPLATES: readonly LetterTemplate[] = [
  {
    id: 'context',
    label: 'Indledning',
    text:
      'Integrationsarbejdet i Københavns Kommune har gennem det seneste år været genstand for stor opmærksomhed, ' +
      'og mange dagsordner har med god grund fyldt i den offentlige debat. Med integrationsbarometrets nye måling er ' +
      'der nu mulighed for at træde et skridt tilbage og få et overblik over de tendenser, der tegner udviklingen på ' +
      'integrationsområdet i kommunen.',
  },
  {
    id: 'results',
    label: 'Målingens resultater',
    text:
      'Med henvisning til de seneste målinger på integrationsbarometrets indikatorer, der er offentliggjort ' +
      '{offentliggjort} på barometrets hjemmeside, kan der rapporteres på udviklingen i kommunens indsats med ' +
      'implementeringen af integrationspolitikens målsætninger. {afsender_forvaltning} opfordrer de enkelte ' +
      'borgmestre, fagudvalg og forvaltninger til at forholde sig til integrationsbarometrets resultater, der kan ses ' +
      'på [www.kk.dk/integrationsbarometer](https://www.kk.dk/integrationsbarometer). Til dette brev er vedlagt en ' +
      'orientering om resultaterne af den seneste barometermåling fra {måling} (Bilag 1).',
  },
  {
    id: 'call',
    label: 'Opfordring (rød/gul hovedindikator)',
    text:
      '{afsender} konstaterer således, at hovedindikatoren er {farve} på {områder_bestemt} og opfordrer udvalget til ' +
      'at prioritere de af Borgerrepræsentationen vedtagne mål på integrationsområdet i forbindelse med udvalgets ' +
      'løbende arbejde – herunder udvalgets budgetlægning.',
  },
  {
    id: 'acknowledge',
    label: 'Anerkendelse (grøn hovedindikator)',
    text:
      '{afsender} konstaterer med tilfredshed, at hovedindikatoren er grøn på {områder_bestemt}, og at udviklingen ' +
      'er på rette kurs mod integrationspolitikens målsætning. Vi opfordrer udvalget til fortsat at ' +
      'prioritere de af Borgerrepræsentationen vedtagne mål på integrationsområdet i forbindelse med udvalgets ' +
      'løbende arbejde – herunder udvalgets budgetlægning.',
  },
  {
    id: 'closing',
    label: 'Afslutning',
    text:
      '{afsender} ser frem til et fortsat konstruktivt samarbejde om opfølgningen på integrationsbarometrets ' +
      'resultater og integrationsindsatsen i København.',
  },
];

/** The template with `id` from the user's list, falling back to the default so a letter is never missing a part. */
export function findTemplate(
  templates: readonly LetterTemplate[] | undefined,
  id: TemplateId,
): LetterTemplate {
  const chosen = templates?.find((template) => template.id === id);
  const fallback = DEFAULT_TEMPLATES.find((template) => template.id === id);
  if (chosen) return chosen;
  if (!fallback) throw new Error(`Ukendt skabelon: ${id}`);
  return fallback;
}
