import type { ReactNode } from 'react';

interface EmptyStateProps {
  title: string;
  children: ReactNode;
  action?: ReactNode;
}

/** What a section shows before it has anything: what this place is for and what to do next. */
export function EmptyState({ title, children, action }: EmptyStateProps) {
  return (
    <section className="empty-state" aria-label={title}>
      <h2>{title}</h2>
      <div className="empty-state-text">{children}</div>
      {action ? <div className="empty-state-action">{action}</div> : null}
    </section>
  );
}
