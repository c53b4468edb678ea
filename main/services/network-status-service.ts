import type { AppStatus } from '../../common/contract';
import type { EventPublisher } from '../events/publisher';

export interface Ticker {
  every(ms: number, callback: () => void): () => void;
}

export const intervalTicker: Ticker = {
  every(ms, callback) {
    const handle = setInterval(callback, ms);
    handle.unref?.();
    return () => clearInterval(handle);
  },
};

/**
 * Tracks what the operating system says about connectivity and tells the UI
 * when it changes. The OS's answer is only a hint (a captive portal is "online"),
 * which is why the sync engine probes the services before sending.
 */
export class NetworkStatusService {
  private online: boolean;
  private stopWatching: (() => void) | undefined;

  constructor(
    private readonly isOnline: () => boolean,
    private readonly publisher: EventPublisher,
    private readonly ticker: Ticker = intervalTicker,
  ) {
    this.online = isOnline();
  }

  status(): AppStatus {
    return { online: this.online };
  }

  watch(intervalMs = 3_000): void {
    this.stopWatching?.();
    this.stopWatching = this.ticker.every(intervalMs, () => this.check());
  }

  check(): void {
    const now = this.isOnline();
    if (now === this.online) return;
    this.online = now;
    this.publisher.publish('app.status', { online: now });
  }

  dispose(): void {
    this.stopWatching?.();
    this.stopWatching = undefined;
  }
}
