import type { ReactElement } from 'react';
import type { Status } from '../../shared/domain/types';
import { STATUS_MEANING, STATUS_SYMBOL, STATUS_WORD } from '../../shared/domain/wording';

/**
 * A status as colour, symbol and word together: colour is never the only signal. `overrideNote` (from
 * areaOverrideNote or an indicator's override) marks a status a user set by hand: "(ændret manuelt)" is shown,
 * the reason is on hover (title) and read out to screen readers (visually hidden text).
 */
export function StatusBadge({
  status,
  overrideNote,
}: {
  status: Status;
  overrideNote?: string | null;
}): ReactElement {
  const title = overrideNote ? `${STATUS_MEANING[status]}. ${overrideNote}` : STATUS_MEANING[status];
  return (
    <span className={`status-badge status-${status}`} title={title}>
      <span aria-hidden="true">{STATUS_SYMBOL[status]}</span>
      {STATUS_WORD[status]}
      {overrideNote && (
        <>
          <span className="status-override-mark" aria-hidden="true">
            {' '}
            (ændret manuelt)
          </span>
          <span className="visually-hidden"> ({overrideNote})</span>
        </>
      )}
    </span>
  );
}
