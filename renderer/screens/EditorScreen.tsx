import type { ReactElement } from 'react';

export default function EditorScreen(_props: { letterId: string }): ReactElement {
  return (
    <section>
      <h1 tabIndex={-1}>Brev</h1>
    </section>
  );
}
