import type { ReactElement } from 'react';

export default function SettingsScreen(): ReactElement {
  return (
    <section>
      <h1 tabIndex={-1}>Indstillinger</h1>
    </section>
  );
}
