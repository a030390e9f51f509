/**
 * The revision number people see. A letter's stored `revision` counts its saves and is 0 until the first save
 * after creation (and for every letter stored before revisions existed, schema v4's upgrade); revision-checked
 * saves, the review copy's document properties and the reader compare that stored counter. Everything a person
 * reads — the review copy's mark, the review panel, the reviewer's screen, the stale-file note, the CLI — shows
 * it counted from 1, through this one function, so a fresh draft is «revision 1», never «revision 0».
 */
export function shownRevision(stored: number): number {
  return stored + 1;
}
