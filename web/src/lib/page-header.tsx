import type { ReactNode } from 'react';

/** The page's one <h1> and, on the right, its actions (the primary one last). */
export function PageHeader({ title, extra }: { title: string; extra?: ReactNode }) {
  return (
    <div className="page-header">
      <h1>{title}</h1>
      {extra && <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>{extra}</div>}
    </div>
  );
}
