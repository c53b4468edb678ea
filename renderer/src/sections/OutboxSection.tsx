import { EmptyState } from '../components/EmptyState';

export function OutboxSection() {
  return (
    <>
      <h1>Outbox</h1>
      <EmptyState title="Nothing waiting to send">
        <p>
          Every finished response and every roster change waits here until the server confirms it. You will see, item by
          item, what was delivered and what the server refused, with what to do about it.
        </p>
      </EmptyState>
    </>
  );
}
