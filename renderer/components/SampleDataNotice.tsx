import type { ReactElement } from 'react';
import { routeHref } from '../router';

/** Matches SAMPLE_DATASET_LABEL in shared/sample (kept literal so the overview does not load the sample). */
export const SAMPLE_LABEL = 'Eksempeldata';

/** A clear tag while the sample data is loaded, so nobody mistakes invented numbers for real ones. */
export function SampleDataNotice({
  label,
  withLink = true,
}: {
  label: string | undefined;
  withLink?: boolean;
}): ReactElement | null {
  if (label !== SAMPLE_LABEL) return null;
  return (
    <p className="sample-notice">
      <span className="sample-tag">Eksempeldata</span> Tallene er opdigtede eksempler.
      {withLink && (
        <>
          {' '}
          <a href={routeHref({ screen: 'data' })}>Ryd eksempeldata eller importér egne data</a>
        </>
      )}
    </p>
  );
}
