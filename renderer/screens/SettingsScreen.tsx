import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState, type ReactElement } from 'react';
import { PLACEHOLDERS } from '../../shared/letter/placeholders';
import type { AppInfo } from '../../shared/platform-api';
import { LetterheadSettings } from '../components/LetterheadSettings';
import { TemplateTexts } from '../components/TemplateTextEditor';
import { getDb } from '../db/connection';
import { loadTemplates } from '../db/templates';
import { getPlatform } from '../platform';
import '../styles/letters.css';

function AppInfoCard(): ReactElement {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    getPlatform()
      .getAppInfo()
      .then(setInfo, () => setFailed(true));
  }, []);
  return (
    <section className="card" aria-labelledby="app-info-heading">
      <h2 id="app-info-heading">Om programmet</h2>
      {info ? (
        <dl className="info-list">
          <dt>Version</dt>
          <dd>Barometerbrev {info.version}</dd>
          <dt>Data gemmes</dt>
          <dd>{info.dataLocationDescription}</dd>
          {info.userDataPath && (
            <>
              <dt>Mappe</dt>
              <dd>{info.userDataPath}</dd>
            </>
          )}
        </dl>
      ) : (
        <p className="muted">{failed ? 'Oplysningerne kunne ikke hentes.' : 'Indlæser …'}</p>
      )}
    </section>
  );
}

export default function SettingsScreen(): ReactElement {
  const templates = useLiveQuery(() => loadTemplates(getDb()), []);
  return (
    <section>
      <h1 tabIndex={-1}>Indstillinger</h1>
      <LetterheadSettings />
      <h2>Brevets standardtekster</h2>
      <p>
        Teksterne bruges, når et nyt brev laves. Pladsholdere i krøllede parenteser, fx {'{udvalg}'}, udfyldes
        fra data: vælg dem under «Indsæt pladsholder». Fed, kursiv og links sættes med knapperne (eller
        Ctrl+B, Ctrl+I og Ctrl+K) som i brevet. Breve, der allerede er lavet, ændres ikke.
      </p>
      {templates ? <TemplateTexts templates={templates} /> : <p className="loading">Indlæser …</p>}
      <section className="card" aria-labelledby="placeholders-heading">
        <h2 id="placeholders-heading">Pladsholdere</h2>
        <dl className="placeholder-list">
          {PLACEHOLDERS.map((placeholder) => (
            <div key={placeholder.name} style={{ display: 'contents' }}>
              <dt>{`{${placeholder.name}}`}</dt>
              <dd>
                {placeholder.description} <span className="muted">– fx «{placeholder.example}»</span>
              </dd>
            </div>
          ))}
        </dl>
      </section>
      <AppInfoCard />
    </section>
  );
}
