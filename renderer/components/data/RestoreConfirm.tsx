import { useState, type ReactElement } from 'react';
import type { BackupData } from '../../../shared/import/backup';
import { formatDateLong } from '../../../shared/domain/wording';
import { backupCounts, restoreBackup } from '../../db/backup';
import { getDb } from '../../db/connection';
import { describeStorageError } from '../../db/errors';

/** Shows what a backup holds and replaces ALL data with it only after the user confirms. */
export function RestoreConfirm({
  fileName,
  data,
  exportedAt,
  warnings = [],
  onDone,
  onCancel,
}: {
  fileName: string;
  data: BackupData;
  exportedAt: string;
  /** What the restore leaves out or fills in (parseBackup's warnings), shown before the user confirms. */
  warnings?: string[];
  onDone: (message: string) => void;
  onCancel: () => void;
}): ReactElement {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const date = /^\d{4}-\d{2}-\d{2}/.exec(exportedAt)?.[0];

  async function restore(): Promise<void> {
    setBusy(true);
    setError(null);
    try {
      await restoreBackup(getDb(), data);
      onDone(`Data er gendannet fra «${fileName}».`);
    } catch (failure) {
      setError(describeStorageError(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="restore-confirm" role="group" aria-labelledby="restore-heading">
      <h3 id="restore-heading">Gendan fra sikkerhedskopi «{fileName}»</h3>
      <p>Sikkerhedskopien er lavet {date ? formatDateLong(date) : 'på et ukendt tidspunkt'} og indeholder:</p>
      <ul className="preview-counts">
        {backupCounts(data).map((count) => (
          <li key={count}>{count}</li>
        ))}
      </ul>
      {warnings.length > 0 && (
        <ul className="banner-warning restore-notes" aria-label="Bemærk før gendannelsen">
          {warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      )}
      <p className="banner-warning restore-warning">
        <strong>Gendannelsen erstatter alle nuværende data</strong> – også breve, skabeloner og indstillinger.
        Tag evt. en sikkerhedskopi af de nuværende data først.
      </p>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      <div className="button-row">
        <button type="button" className="primary" disabled={busy} onClick={() => void restore()}>
          {busy ? 'Gendanner …' : 'Gendan og erstat alle data'}
        </button>
        <button type="button" disabled={busy} onClick={onCancel}>
          Annullér
        </button>
      </div>
    </div>
  );
}
