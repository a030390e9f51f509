import type { ReactElement } from 'react';
import { dataOrigin } from '../db/dataset-label';
import { routeHref } from '../router';

export { SAMPLE_LABEL } from '../db/dataset-label';

/**
 * A clear tag while any sample data is loaded — alone or with the user's own data on top — so nobody
 * mistakes invented numbers for real ones.
 */
export function SampleDataNotice({
  label,
  withLink = true,
}: {
  label: string | undefined;
  withLink?: boolean;
}): ReactElement | null {
  const origin = dataOrigin(label);
  if (origin === 'own') return null;
  const link = withLink && (
    <>
      {' '}
      <a href={routeHref({ screen: 'data' })}>
        {origin === 'sample' ? 'Ryd eksempeldata eller importér egne data' : 'Ryd data under Data'}
      </a>
    </>
  );
  return origin === 'sample' ? (
    <p className="sample-notice">
      <span className="sample-tag">Eksempeldata</span> Tallene er opdigtede eksempler.
      {link}
    </p>
  ) : (
    <p className="sample-notice">
      <span className="sample-tag">Data indeholder eksempeldata</span> Jeres egne data ligger oven i opdigtede
      eksempeltal.
      {link}
    </p>
  );
}
