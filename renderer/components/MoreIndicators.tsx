import type { ReactElement } from 'react';
import { formatNumber } from '../../shared/domain/wording';

/** «Viser 100 af 3.334 indikatorer. [Vis flere indikatorer]» under a list drawn in part; nothing once all are shown. */
export function MoreIndicators({
  shown,
  total,
  onMore,
}: {
  shown: number;
  total: number;
  onMore: () => void;
}): ReactElement | null {
  if (shown >= total) return null;
  return (
    <p className="area-more">
      Viser {formatNumber(shown)} af {formatNumber(total)} indikatorer.{' '}
      <button type="button" onClick={onMore}>
        Vis flere indikatorer
      </button>
    </p>
  );
}
