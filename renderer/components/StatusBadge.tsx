import type { ReactElement } from 'react';
import type { Status } from '../../shared/domain/types';
import { STATUS_MEANING, STATUS_SYMBOL, STATUS_WORD } from '../../shared/domain/wording';

/** A status as colour, symbol and word together: colour is never the only signal. */
export function StatusBadge({
  status,
  overridden = false,
}: {
  status: Status;
  overridden?: boolean;
}): ReactElement {
  return (
    <span className={`status-badge status-${status}`} title={STATUS_MEANING[status]}>
      <span aria-hidden="true">{STATUS_SYMBOL[status]}</span>
      {STATUS_WORD[status]}
      {overridden && <span className="status-override-mark"> (tilsidesat)</span>}
    </span>
  );
}
