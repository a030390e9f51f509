import type { ReactElement } from 'react';

export default function AreaScreen(_props: { areaId: string }): ReactElement {
  return (
    <section>
      <h1 tabIndex={-1}>Område</h1>
    </section>
  );
}
