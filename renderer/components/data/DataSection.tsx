import type { ReactElement, ReactNode } from 'react';

/** A titled card on the Data screen; the id lets the heading be linked to and announced. */
export function DataSection({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: ReactNode;
}): ReactElement {
  return (
    <section className="card data-section" aria-labelledby={`${id}-heading`} id={id}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {children}
    </section>
  );
}
