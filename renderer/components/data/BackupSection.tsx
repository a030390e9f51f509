import { useRef, useState, type ReactElement } from 'react';
import type { BarometerDataset } from '../../../shared/domain/types';
import type { BackupData } from '../../../shared/import/backup';
import { formatProblem } from '../../../shared/import/problems';
import { readBackupData } from '../../db/backup';
import { getDb } from '../../db/connection';
import { describeStorageError } from '../../db/errors';
import { getPlatform } from '../../platform';
import { ClearData } from './ClearData';
import { RestoreConfirm } from './RestoreConfirm';

type Pending = { fileName: string; data: BackupData; exportedAt: string; warnings: string[] };

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Backup to JSON, restore from it, CSV export for Excel, and clearing the data with undo. */
export function BackupSection({
  dataset,
  label,
}: {
  dataset: BarometerDataset | undefined;
  label: string | undefined;
}): ReactElement {
  const input = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const hasData = (dataset?.indicators.length ?? 0) > 0;

  async function exportBackup(): Promise<void> {
    try {
      const { serializeBackup } = await import('../../../shared/import/backup');
      const json = serializeBackup(await readBackupData(getDb()));
      const result = await getPlatform().saveFile({
        suggestedName: `barometerbrev-sikkerhedskopi-${today()}.json`,
        filters: [{ name: 'Sikkerhedskopi (JSON)', extensions: ['json'] }],
        data: new TextEncoder().encode(json),
      });
      if (result.saved) setMessage({ text: 'Sikkerhedskopien er gemt.', error: false });
    } catch (failure) {
      setMessage({
        text: `Sikkerhedskopien kunne ikke gemmes: ${describeStorageError(failure)}`,
        error: true,
      });
    }
  }

  async function exportCsv(): Promise<void> {
    if (!dataset) return;
    try {
      const { exportImportCsv } = await import('../../../shared/import/export-csv');
      const result = await getPlatform().saveFile({
        suggestedName: `barometerdata-${today()}.csv`,
        filters: [{ name: 'CSV til Excel', extensions: ['csv'] }],
        data: new Uint8Array(exportImportCsv(dataset)),
      });
      if (result.saved) setMessage({ text: 'Data er eksporteret som CSV.', error: false });
    } catch (failure) {
      setMessage({ text: failure instanceof Error ? failure.message : String(failure), error: true });
    }
  }

  async function readBackup(bytes: Uint8Array, fileName: string): Promise<void> {
    const { parseBackup } = await import('../../../shared/import/backup');
    const parsed = parseBackup(bytes, fileName);
    if (!parsed.ok) {
      setMessage({ text: parsed.problems.map(formatProblem).join('\n'), error: true });
      return;
    }
    setMessage(null);
    setPending({
      fileName,
      data: parsed.data,
      exportedAt: parsed.backup.exportedAt,
      warnings: parsed.warnings,
    });
  }

  async function chooseBackup(): Promise<void> {
    if (!getPlatform().isDesktop) {
      input.current?.click();
      return;
    }
    const opened = await getPlatform().openFile({
      filters: [{ name: 'Sikkerhedskopi (JSON)', extensions: ['json'] }],
      maxBytes: 200 * 1024 * 1024,
    });
    if (!opened.canceled) await readBackup(opened.data, opened.name);
  }

  return (
    <>
      <p className="muted">
        En sikkerhedskopi indeholder alt: data, udvalg, afsender, breve, skabeloner og indstillinger. Gem den
        et sikkert sted, fx på et netværksdrev.
      </p>
      <div className="button-row">
        <button type="button" onClick={() => void exportBackup()}>
          Eksportér sikkerhedskopi (JSON)
        </button>
        <button type="button" onClick={() => void chooseBackup()}>
          Gendan fra sikkerhedskopi …
        </button>
        <button type="button" onClick={() => void exportCsv()} disabled={!hasData}>
          Eksportér data som CSV (Excel)
        </button>
        <ClearData label={label} hasData={hasData} />
      </div>
      <input
        ref={input}
        type="file"
        accept=".json"
        className="visually-hidden"
        tabIndex={-1}
        aria-label="Vælg sikkerhedskopi"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void file.arrayBuffer().then((buffer) => readBackup(new Uint8Array(buffer), file.name));
        }}
      />
      {message && (
        <p
          role={message.error ? 'alert' : 'status'}
          className={message.error ? 'form-error' : 'saved-note'}
          style={{ whiteSpace: 'pre-line' }}
        >
          {message.text}
        </p>
      )}
      {pending && (
        <RestoreConfirm
          fileName={pending.fileName}
          data={pending.data}
          exportedAt={pending.exportedAt}
          warnings={pending.warnings}
          onDone={(text) => {
            setPending(null);
            setMessage({ text, error: false });
          }}
          onCancel={() => setPending(null)}
        />
      )}
    </>
  );
}
