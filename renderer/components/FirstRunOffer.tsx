import { Suspense, lazy, useState, type ReactElement } from 'react';
import { getDb } from '../db/connection';
import { replaceDataset } from '../db/dataset';
import { describeStorageError } from '../db/errors';
import { routeHref } from '../router';

// Loaded when the empty overview shows it: the button brings the letter export's code along, which the first
// screen of a database with data does not need.
const REVIEW_HINT = (
  <>
    Har du fået et brev til gennemsyn? Det kræver ingen data: åbn filen her, eller træk den ind (knappen
    findes også under <a href={routeHref({ screen: 'letters' })}>Breve</a>).
  </>
);

const OpenReviewButton = lazy(() =>
  import('./review/OpenReviewButton').then((module) => ({ default: module.OpenReviewButton })),
);

/**
 * Shown on an empty database: try the app with sample data, or bring your own. A committee member who was sent a
 * letter to review needs no data at all: the review button is here too, and says where it lives afterwards.
 */
export function FirstRunOffer(): ReactElement {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function loadSample(): Promise<void> {
    setBusy(true);
    setError(null);
    try {
      // Loaded on demand so the sample data is not part of the first screen's bundle.
      const { sampleDataset, SAMPLE_DATASET_LABEL } = await import('../../shared/sample/eksempeldata');
      await replaceDataset(getDb(), sampleDataset(), SAMPLE_DATASET_LABEL);
    } catch (failure) {
      setError(describeStorageError(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="first-run card" aria-labelledby="first-run-heading">
      <h2 id="first-run-heading">Der er endnu ingen data</h2>
      <p>
        Barometerbrev skal bruge integrationsbarometrets målinger. Prøv programmet med eksempeldata, eller
        importér jeres egne data fra en CSV-, Excel- eller JSON-fil.
      </p>
      <div className="first-run-choice">
        <p>
          <span className="sample-tag">Eksempeldata</span> Seks indsatsområder med opdigtede tal i samme form
          som de rigtige, så du kan se oversigten og skrive et prøvebrev. De er tydeligt mærket, og du kan
          rydde dem igen under Data.
        </p>
        <div className="first-run-actions">
          <button type="button" className="primary" onClick={() => void loadSample()} disabled={busy}>
            {busy ? 'Indlæser eksempeldata …' : 'Indlæs eksempeldata'}
          </button>
          <a className="button" href={routeHref({ screen: 'data' })}>
            Importér egne data
          </a>
        </div>
      </div>
      <div className="first-run-choice first-run-review">
        {/* The same row while the button's code loads, so the card does not jump when it arrives. */}
        <Suspense
          fallback={
            <div className="open-review">
              <button type="button" disabled>
                Åbn gennemsyn …
              </button>{' '}
              <span className="muted">{REVIEW_HINT}</span>
            </div>
          }
        >
          <OpenReviewButton hint={REVIEW_HINT} />
        </Suspense>
      </div>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
    </section>
  );
}
