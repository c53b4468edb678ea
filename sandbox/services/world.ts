import { ImportRunner } from './qmob/import-runner';
import type { QmobFailureStage } from './qmob/storage-failures';
import { RateLimiter, type RateLimit } from './rate-limiter';
import { SandboxStore } from './store';

export interface ServiceCredentials {
  /** QuestionPro's key, expected in the `api-key` header. */
  readonly apiKey: string;
  readonly qmobPassword: string;
}

/** What decides an answer beyond the stored data; read at every request, so a test may change it while running. */
export interface ServiceConditions {
  /** QuestionPro's per-key call limit. */
  callLimit(): RateLimit;
  /** The stage at which QMob's storage fails, or null. */
  qmobStorageFailure(): QmobFailureStage | null;
}

/** The two services' state: their data, QuestionPro's call budget and QMob's running imports. */
export class ServiceWorld {
  readonly store = new SandboxStore();
  readonly rateLimiter = new RateLimiter();
  readonly importer: ImportRunner;

  constructor(
    readonly credentials: ServiceCredentials,
    readonly conditions: ServiceConditions,
    importDelayMs: number,
  ) {
    this.importer = new ImportRunner(this.store, importDelayMs);
  }

  /** Back to the seed data with a fresh call budget; imports still waiting end as canceled. */
  async reset(): Promise<void> {
    await this.importer.cancelAll();
    this.store.reset();
    this.rateLimiter.clear();
  }
}
