import { useRef, useState, type DragEvent, type ReactElement } from 'react';
import { getPlatform } from '../../platform';
import { useMenuCommand } from '../../menu-commands';

const MAX_BYTES = 200 * 1024 * 1024;
const ACCEPT = '.csv,.txt,.xlsx,.ods,.json';

/**
 * Drop zone plus a button. In the desktop app the button opens the system dialog through the shell;
 * in a browser it opens the page's own file input.
 */
export function FilePicker({
  onFile,
  disabled,
}: {
  onFile: (bytes: Uint8Array, fileName: string) => void;
  disabled: boolean;
}): ReactElement {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function readFile(file: File): Promise<void> {
    if (file.size > MAX_BYTES) {
      setError(`Filen «${file.name}» er for stor (højst 200 MB).`);
      return;
    }
    setError(null);
    onFile(new Uint8Array(await file.arrayBuffer()), file.name);
  }

  async function choose(): Promise<void> {
    if (!getPlatform().isDesktop) {
      input.current?.click();
      return;
    }
    try {
      const opened = await getPlatform().openFile({
        filters: [
          {
            name: 'Data (CSV, Excel, LibreOffice, sikkerhedskopi)',
            extensions: ['csv', 'txt', 'xlsx', 'ods', 'json'],
          },
        ],
        maxBytes: MAX_BYTES,
      });
      if (!opened.canceled) {
        setError(null);
        onFile(opened.data, opened.name);
      }
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  }

  // Fil > Importér data … (Ctrl/Cmd+O) opens the same dialog as the button.
  useMenuCommand('import-data', () => {
    if (!disabled) void choose();
  });

  function drop(event: DragEvent): void {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file && !disabled) void readFile(file);
  }

  return (
    <div
      className={`drop-zone${over ? ' is-over' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
      data-testid="drop-zone"
    >
      <p>
        Træk en fil hertil – CSV (fra Excel), regneark (.xlsx, .ods) eller en sikkerhedskopi (.json) – eller
      </p>
      <button type="button" className="primary" onClick={() => void choose()} disabled={disabled}>
        Vælg fil …
      </button>
      <input
        ref={input}
        type="file"
        accept={ACCEPT}
        className="visually-hidden"
        tabIndex={-1}
        aria-label="Vælg fil til import"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void readFile(file);
        }}
      />
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
    </div>
  );
}
