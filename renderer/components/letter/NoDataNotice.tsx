import type { ReactElement } from 'react';
import { routeHref } from '../../router';

/** Shown instead of a letter form while no barometer data is loaded. */
export function NoDataNotice(): ReactElement {
  return (
    <div className="card">
      <p>Der er endnu ingen målinger at skrive breve ud fra.</p>
      <p>
        Indlæs eksempeldata på <a href={routeHref({ screen: 'overview' })}>Oversigt</a>, eller importér jeres
        egne data under <a href={routeHref({ screen: 'data' })}>Data</a>.
      </p>
    </div>
  );
}
