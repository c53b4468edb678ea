import { events, type EventName, type EventPayload } from '../../common/contract';

/** Pushes contract events to whatever renders the UI (an Electron window, or browser-host clients). */
export interface EventPublisher {
  publish<E extends EventName>(event: E, payload: EventPayload<E>): void;
}

/** Validates a payload against the contract before it leaves main, so a bug cannot send the UI malformed data. */
export function checkedPayload<E extends EventName>(event: E, payload: EventPayload<E>): EventPayload<E> {
  return events[event].parse(payload) as EventPayload<E>;
}

/** Fans one publish out to several sinks (used when more than one client listens). */
export class FanOutPublisher implements EventPublisher {
  private readonly sinks = new Set<(event: EventName, payload: unknown) => void>();

  subscribe(sink: (event: EventName, payload: unknown) => void): () => void {
    this.sinks.add(sink);
    return () => this.sinks.delete(sink);
  }

  publish<E extends EventName>(event: E, payload: EventPayload<E>): void {
    const checked = checkedPayload(event, payload);
    for (const sink of this.sinks) sink(event, checked);
  }
}
