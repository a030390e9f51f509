import { useEffect, useRef } from 'react';
import { REVIEW_FILE_MAX_BYTES } from './take-back';
import { fileTooLargeMessage } from '../../shared/platform-api';

/**
 * Drag-and-drop of a .docx anywhere on the window (the editor, or the reviewer's screen). Listens in the capture
 * phase, so a file dropped on a paragraph is taken as a review file instead of being pasted into the text.
 */
export function useDocxDrop(
  enabled: boolean,
  onFile: (bytes: Uint8Array, name: string) => void | Promise<void>,
  onError: (message: string) => void,
): void {
  const latest = useRef({ onFile, onError });
  useEffect(() => {
    latest.current = { onFile, onError };
  });
  useEffect(() => {
    if (!enabled) return;
    const hasFiles = (event: DragEvent): boolean =>
      Boolean(event.dataTransfer && [...event.dataTransfer.types].includes('Files'));
    const onDragOver = (event: DragEvent): void => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (event: DragEvent): void => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      event.stopPropagation();
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      if (file.size > REVIEW_FILE_MAX_BYTES) {
        latest.current.onError(fileTooLargeMessage(file.name, file.size, REVIEW_FILE_MAX_BYTES));
        return;
      }
      file.arrayBuffer().then(
        (buffer) => void latest.current.onFile(new Uint8Array(buffer), file.name),
        () => latest.current.onError(`Filen «${file.name}» kunne ikke læses.`),
      );
    };
    window.addEventListener('dragover', onDragOver, true);
    window.addEventListener('drop', onDrop, true);
    return () => {
      window.removeEventListener('dragover', onDragOver, true);
      window.removeEventListener('drop', onDrop, true);
    };
  }, [enabled]);
}
