/**
 * The Danish UI catalogue. Screens keep their own longer texts beside them; shared words live here so the
 * same thing is called the same everywhere.
 */
export const t = {
  common: {
    loading: 'Indlæser …',
    save: 'Gem',
    cancel: 'Annullér',
    delete: 'Slet',
    undo: 'Fortryd',
    close: 'Luk',
    confirm: 'Bekræft',
  },
  nav: {
    label: 'Hovedmenu',
    skipToContent: 'Spring til indhold',
    overview: 'Oversigt',
    letters: 'Breve',
    newLetter: 'Nyt brev',
    batch: 'Alle udvalg',
    data: 'Data',
    settings: 'Indstillinger',
  },
  db: {
    closedByNewerVersion:
      'Barometerbrev er åbnet i en nyere version i et andet vindue. Genindlæs dette vindue for at fortsætte; intet er gået tabt.',
    upgradeBlocked:
      'Databasen skal opdateres, men et andet vindue med Barometerbrev holder den åben. Luk det andet vindue.',
    reload: 'Genindlæs',
  },
} as const;
