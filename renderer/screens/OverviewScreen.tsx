import type { ReactElement } from 'react';

export function OverviewScreen(): ReactElement {
  return (
    <section>
      <h1 tabIndex={-1}>Oversigt</h1>
    </section>
  );
}
