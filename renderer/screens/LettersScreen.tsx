import type { ReactElement } from 'react';

export default function LettersScreen(): ReactElement {
  return (
    <section>
      <h1 tabIndex={-1}>Breve</h1>
    </section>
  );
}
