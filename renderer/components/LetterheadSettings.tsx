import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useRef, useState, type ReactElement } from 'react';
import { computeAreaStatuses } from '../../shared/domain/status';
import { latestRound } from '../../shared/domain/rounds';
import type { BarometerDataset } from '../../shared/domain/types';
import { composeFromRequest } from '../../shared/letter/compose-request';
import {
  DEFAULT_LETTERHEAD,
  LOGO_MAX_BYTES,
  LOGO_MAX_SIDE,
  type LetterheadSetting,
  type LogoPosition,
} from '../../shared/letter/logo-check';
import type { ComposedLetter } from '../../shared/letter/types';
import { sampleDataset } from '../../shared/sample/eksempeldata';
import { getDb } from '../db/connection';
import { loadTemplates } from '../db/templates';
import { useDataset } from '../hooks/useDataset';
import { defaultHeader } from '../letters/draft-service';
import { prepareLogo, prepareLogoFile, saveLetterhead, useLetterhead } from '../letters/logo';
import { getPlatform } from '../platform';
import { LetterPreview } from './letter/LetterPreview';

/** Page 1 of a letter from the stored data (the sample data when none is loaded), to show the letterhead on. */
function useSampleLetter(): ComposedLetter | null {
  const stored = useDataset();
  const templates = useLiveQuery(() => loadTemplates(getDb()), []);
  return useMemo(() => {
    if (!stored || !templates) return null;
    const usable = (dataset: BarometerDataset): boolean =>
      dataset.rounds.length > 0 && dataset.committees.some((c) => c.id !== dataset.sender.committeeId);
    const dataset = usable(stored) ? stored : sampleDataset();
    const round = latestRound(dataset.rounds);
    const recipient =
      dataset.committees.find((c) => c.id !== dataset.sender.committeeId && c.areaIds.length > 0) ??
      dataset.committees.find((c) => c.id !== dataset.sender.committeeId);
    if (!round || !recipient) return null;
    try {
      return composeFromRequest(
        dataset,
        templates,
        {
          roundId: round.id,
          recipientCommitteeId: recipient.id,
          areaIds: recipient.areaIds,
          header: defaultHeader(),
        },
        computeAreaStatuses(dataset, round.id),
      );
    } catch {
      return null;
    }
  }, [stored, templates]);
}

const POSITIONS: { value: LogoPosition; label: string }[] = [
  { value: 'right', label: 'Til højre, over kontaktoplysningerne' },
  { value: 'left', label: 'Til venstre, over afsenderens navn' },
];

/**
 * Settings › Brevhoved: the sender's own logo (PNG or SVG), its position, and page 1 of a letter with it. The app
 * ships no municipality's logo; without an upload the letterhead is the sender's name alone.
 */
export function LetterheadSettings(): ReactElement {
  const stored = useLetterhead();
  const letter = useSampleLetter();
  const input = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const letterhead = stored ?? DEFAULT_LETTERHEAD;

  const save = async (next: LetterheadSetting, text: string): Promise<void> => {
    try {
      await saveLetterhead(next);
      setMessage({ text, error: false });
    } catch (error) {
      setMessage({
        text: `Brevhovedet kunne ikke gemmes: ${error instanceof Error ? error.message : String(error)}`,
        error: true,
      });
    }
  };

  const applyLogo = async (
    prepare: () => Promise<Awaited<ReturnType<typeof prepareLogo>>>,
  ): Promise<void> => {
    setBusy(true);
    try {
      const result = await prepare();
      if (!result.ok) {
        // The stored logo stays as it was.
        setMessage({ text: result.message, error: true });
        return;
      }
      await save({ ...letterhead, logo: result.logo }, `Logoet «${result.logo.fileName}» er gemt.`);
    } catch (error) {
      setMessage({
        text: `Logoet kunne ikke læses: ${error instanceof Error ? error.message : String(error)}`,
        error: true,
      });
    } finally {
      setBusy(false);
    }
  };

  const choose = async (): Promise<void> => {
    const platform = getPlatform();
    if (!platform.isDesktop) {
      input.current?.click();
      return;
    }
    try {
      const opened = await platform.openFile({
        filters: [{ name: 'Logo (PNG eller SVG)', extensions: ['png', 'svg'] }],
        maxBytes: LOGO_MAX_BYTES,
      });
      if (!opened.canceled) await applyLogo(() => prepareLogo(opened.name, opened.data));
    } catch (error) {
      // The shell refuses a file over the limit (or one it cannot read) with a Danish message: show it.
      setMessage({ text: error instanceof Error ? error.message : String(error), error: true });
    }
  };

  return (
    <section className="card letterhead-settings" aria-labelledby="letterhead-heading">
      <h2 id="letterhead-heading">Brevhoved</h2>
      <p>
        Afsenderens eget logo står øverst på brevets første side: i forhåndsvisningen, i Word-filen og i
        PDF-filen. Brug PNG eller SVG, højst {LOGO_MAX_BYTES / (1024 * 1024)} MB og {LOGO_MAX_SIDE} pixel i
        hver retning. Programmet har intet kommunelogo med: uden et logo står kun afsenderens navn i
        brevhovedet.
      </p>
      <div className="letterhead-grid">
        <div>
          {letterhead.logo ? (
            <figure className="letterhead-current">
              <img src={letterhead.logo.dataUrl} alt="Det gemte logo" />
              <figcaption>
                {letterhead.logo.fileName} ({letterhead.logo.format.toUpperCase()}, {letterhead.logo.width} ×{' '}
                {letterhead.logo.height})
              </figcaption>
            </figure>
          ) : (
            <p className="muted">Intet logo valgt.</p>
          )}
          <div className="button-row">
            <button type="button" disabled={busy} onClick={() => void choose()}>
              {letterhead.logo ? 'Skift logo …' : 'Vælg logo …'}
            </button>
            {letterhead.logo && (
              <button
                type="button"
                disabled={busy}
                onClick={() => void save({ ...letterhead, logo: null }, 'Logoet er fjernet.')}
              >
                Fjern logo
              </button>
            )}
          </div>
          <input
            ref={input}
            type="file"
            accept=".png,.svg,image/png,image/svg+xml"
            className="visually-hidden"
            tabIndex={-1}
            aria-label="Vælg logo (PNG eller SVG)"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void applyLogo(() => prepareLogoFile(file));
            }}
          />
          <fieldset className="letterhead-position">
            <legend>Logoets placering</legend>
            {POSITIONS.map((position) => (
              <label key={position.value}>
                <input
                  type="radio"
                  name="logo-position"
                  value={position.value}
                  checked={letterhead.position === position.value}
                  onChange={() =>
                    void save({ ...letterhead, position: position.value }, 'Placeringen er gemt.')
                  }
                />
                {position.label}
              </label>
            ))}
          </fieldset>
          {message && (
            <p
              role={message.error ? 'alert' : 'status'}
              className={message.error ? 'form-error' : 'saved-note'}
            >
              {message.text}
            </p>
          )}
        </div>
        <div className="letterhead-preview" aria-label="Side 1 med brevhovedet">
          {letter ? (
            <LetterPreview letter={letter} letterhead={letterhead} firstPageOnly />
          ) : (
            <p className="muted">Indlæser …</p>
          )}
        </div>
      </div>
    </section>
  );
}
