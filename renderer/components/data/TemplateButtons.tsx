import { useState, type ReactElement } from 'react';
import { getPlatform } from '../../platform';

/** «Hent skabelon»: an empty file in the exact import layout, with one example row and the allowed values. */
export function TemplateButtons(): ReactElement {
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  async function save(kind: 'xlsx' | 'csv'): Promise<void> {
    try {
      const { templateCsv, templateXlsx } = await import('../../../shared/import/template');
      const result = await getPlatform().saveFile({
        suggestedName: `barometer-skabelon.${kind}`,
        filters: [
          kind === 'xlsx'
            ? { name: 'Excel-projektmappe', extensions: ['xlsx'] }
            : { name: 'CSV til Excel', extensions: ['csv'] },
        ],
        data: new Uint8Array(kind === 'xlsx' ? templateXlsx() : templateCsv()),
      });
      if (result.saved) setMessage({ text: `Skabelonen er gemt som .${kind}.`, error: false });
    } catch (failure) {
      setMessage({ text: failure instanceof Error ? failure.message : String(failure), error: true });
    }
  }

  return (
    <div className="button-row template-buttons">
      <span>Hent skabelon:</span>
      <button type="button" onClick={() => void save('xlsx')}>
        Excel (.xlsx)
      </button>
      <button type="button" onClick={() => void save('csv')}>
        CSV
      </button>
      {message && (
        <span role="status" className={message.error ? 'form-error' : 'saved-note'}>
          {message.text}
        </span>
      )}
    </div>
  );
}
