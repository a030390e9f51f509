/** Turns storage failures into Danish sentences a user can act on. */
export function describeStorageError(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return 'Der er ikke plads nok på disken til at gemme data. Frigør plads, og prøv igen. Intet er ændret.';
  }
  if (name === 'VersionError' || inner === 'VersionError') {
    return 'Databasen er skrevet af en nyere version af Barometerbrev. Opdatér programmet for at åbne den.';
  }
  if (name === 'DatabaseClosedError') {
    return 'Databasen er lukket, fordi en nyere version af Barometerbrev er åbnet i et andet vindue. Genindlæs vinduet.';
  }
  if (name === 'OpenFailedError' || name === 'InvalidStateError') {
    return 'Databasen kunne ikke åbnes. Luk andre vinduer med Barometerbrev, og prøv igen.';
  }
  const message = error instanceof Error ? error.message : String(error);
  return `Data kunne ikke gemmes: ${message}. Intet er ændret.`;
}
