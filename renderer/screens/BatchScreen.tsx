import type { ReactElement } from 'react';

export default function BatchScreen(): ReactElement {
  return (
    <section>
      <h1 tabIndex={-1}>Alle udvalg</h1>
    </section>
  );
}
