import { useEffect, useState, type ReactElement } from 'react';
import { formatNumber } from '../../../shared/domain/wording';

interface StorageFacts {
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

function megabytes(bytes: number): string {
  return `${formatNumber(bytes / (1024 * 1024), 1)} MB`;
}

/** Whether the browser promised to keep our data, and how much room it takes. */
export function StorageSection(): ReactElement {
  const [facts, setFacts] = useState<StorageFacts | null>(null);
  useEffect(() => {
    let live = true;
    void (async () => {
      const storage = navigator.storage;
      const persisted = storage?.persisted ? await storage.persisted().catch(() => null) : null;
      const estimate = storage?.estimate ? await storage.estimate().catch(() => null) : null;
      if (live) setFacts({ persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null });
    })();
    return () => {
      live = false;
    };
  }, []);
  if (!facts) return <p className="loading">Undersøger lageret …</p>;
  return (
    <dl className="storage-facts">
      <dt>Varigt lager</dt>
      <dd>
        {facts.persisted === true
          ? 'Ja – data slettes ikke automatisk, selv når disken er ved at være fuld.'
          : facts.persisted === false
            ? 'Nej – browseren kan slette data, hvis disken bliver fuld. Tag jævnligt en sikkerhedskopi.'
            : 'Ukendt – browseren oplyser det ikke. Tag jævnligt en sikkerhedskopi.'}
      </dd>
      <dt>Forbrug</dt>
      <dd>
        {facts.usage === null
          ? 'Ukendt'
          : `${megabytes(facts.usage)}${facts.quota ? ` af ${megabytes(facts.quota)} tilgængelige` : ''}`}
      </dd>
    </dl>
  );
}
