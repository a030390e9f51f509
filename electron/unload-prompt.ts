import type { MessageBoxSyncOptions } from 'electron';

/**
 * The page holds a close (beforeunload) while a letter or form has unsaved changes. Electron then cancels the
 * close silently, which would leave the user with a window that will not shut: ask instead.
 */
export const UNSAVED_CLOSE_PROMPT: MessageBoxSyncOptions = {
  type: 'question',
  buttons: ['Bliv her', 'Luk uden at gemme'],
  defaultId: 0,
  cancelId: 0,
  noLink: true,
  title: 'Barometerbrev',
  message: 'Der er ændringer, der ikke er gemt.',
  detail:
    'Bliv her for at gemme dem, eller luk alligevel. Et brev, du var ved at skrive, gendannes næste gang.',
};

/** True when the user chose to close anyway (the caller then lets the unload go ahead). */
export function userChoosesToCloseAnyway(
  showMessageBoxSync: (options: MessageBoxSyncOptions) => number,
): boolean {
  return showMessageBoxSync(UNSAVED_CLOSE_PROMPT) === 1;
}
