import type { ReactElement } from 'react';

export default function NewLetterScreen(): ReactElement {
  return (
    <section>
      <h1 tabIndex={-1}>Nyt brev</h1>
    </section>
  );
}
