/**
 * What happened to a request: an HTTP status, or how the connection ended without
 * one. A held request is counted twice: "held" on arrival, then what it became.
 */
export type RequestOutcome = number | 'reset' | 'hang' | 'dropped' | 'held' | 'stalled';

export interface RequestCount {
  endpoint: string;
  outcome: RequestOutcome;
  count: number;
}

/** Counts requests by endpoint and outcome, for `GET /_sandbox/state`. */
export class RequestLog {
  private readonly counts = new Map<string, RequestCount>();

  record(endpoint: string, outcome: RequestOutcome): void {
    const key = `${endpoint}\u0000${String(outcome)}`;
    const existing = this.counts.get(key);
    if (existing) existing.count += 1;
    else this.counts.set(key, { endpoint, outcome, count: 1 });
  }

  snapshot(): RequestCount[] {
    return [...this.counts.values()].map((entry) => ({ ...entry }));
  }

  clear(): void {
    this.counts.clear();
  }
}
