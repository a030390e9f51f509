import type { ReactElement } from 'react';

export default function DataScreen(): ReactElement {
  return (
    <section>
      <h1 tabIndex={-1}>Data</h1>
    </section>
  );
}
