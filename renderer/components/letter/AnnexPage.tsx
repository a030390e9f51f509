import type { ReactElement } from 'react';
import { formatNumber, STATUS_SYMBOL, STATUS_WORD } from '../../../shared/domain/wording';
import type { Annex, AnnexArea, AnnexIndicatorRow } from '../../../shared/letter/types';

const value = (number: number | null, row: AnnexIndicatorRow): string =>
  number === null ? '–' : formatNumber(number, row.precision);

function AreaTable({ area }: { area: AnnexArea }): ReactElement {
  const first = area.indicators[0];
  if (!first) return <p className="lp-note">Ingen indikatorer for dette område.</p>;
  return (
    <table className="lp-annex-table">
      <thead>
        <tr>
          <th scope="col">Indikator</th>
          <th scope="col" className="lp-num">
            Basis
            <br />
            {first.baseline.period}
          </th>
          {first.earlier.map((earlier) => (
            <th scope="col" className="lp-num" key={earlier.roundLabel}>
              {earlier.roundLabel}
            </th>
          ))}
          <th scope="col" className="lp-num">
            Seneste
            <br />
            {first.latest.roundLabel}
          </th>
          <th scope="col" className="lp-num">
            Mål
            <br />
            {first.target.period}
          </th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {area.indicators.map((row) => (
          <tr key={row.indicatorName}>
            <td className={row.isMain ? 'lp-main-indicator' : undefined}>
              {row.indicatorName}
              {row.unit ? ` (${row.unit})` : ''}
              {row.isMain && <span className="lp-main-mark"> (hovedindikator)</span>}
              {row.overrideReason && (
                <span className="lp-note-inline">Status ændret: {row.overrideReason}</span>
              )}
            </td>
            <td className="lp-num">{value(row.baseline.value, row)}</td>
            {row.earlier.map((earlier) => (
              <td className="lp-num" key={earlier.roundLabel}>
                {value(earlier.value, row)}
              </td>
            ))}
            <td className="lp-num">{value(row.latest.value, row)}</td>
            <td className="lp-num">{value(row.target.value, row)}</td>
            <td className={`lp-status lp-status-${row.status}`}>
              <span aria-hidden="true">{STATUS_SYMBOL[row.status]} </span>
              {STATUS_WORD[row.status]}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** "Bilag 1": the round's results per area, status as colour AND word, like the annex of the .docx. */
export function AnnexPage({ annex }: { annex: Annex }): ReactElement {
  return (
    <>
      <p className="lp-annex-title">{annex.title}</p>
      <p className="lp-annex-heading">{annex.heading}</p>
      {annex.areas.map((area) => (
        <section key={area.areaName} className="lp-annex-area">
          <p className="lp-area-heading">
            {area.areaName} – {STATUS_WORD[area.status]}
          </p>
          {area.overrideReason && <p className="lp-note">Status ændret: {area.overrideReason}</p>}
          <AreaTable area={area} />
        </section>
      ))}
      <p className="lp-note lp-rule">{annex.statusRuleDescription}</p>
    </>
  );
}
