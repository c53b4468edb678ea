import type { UpdateStatus } from '../../common/contract';
import { defineMessages, inEnglish, said, toPhrase } from '../../common/i18n/phrase';
import type { EventPublisher } from '../events/publisher';
import type { Logger } from '../logging/logger';
import { installBlockers, type UpdatePolicy } from './update-policy';
import type { UpdaterEvent, UpdaterPort } from './updater-port';

export interface UpdateServiceDependencies {
  policy: UpdatePolicy;
  /** Absent where no updater exists (development, the browser host). */
  updater: UpdaterPort | undefined;
  /** True while the sync engine has a request under way. */
  deliveryRunning: () => boolean;
  publisher: EventPublisher;
  logger: Logger;
  /** Schedules the periodic check; returns a cancel function. */
  every?: (ms: number, run: () => void) => () => void;
}

/** Often enough that a fix reaches the field within a working day, rarely enough to cost nothing. */
const CHECK_EVERY_MS = 4 * 60 * 60 * 1000;

const words = defineMessages({
  failed: {
    id: 'updates.failed',
    defaultMessage:
      'Outpost could not check for or download an update. It will try again later; if this keeps happening, ask your IT department.',
  },
});
const FAILED = said(words.failed);

/**
 * Updates in the background, installed only when the user agrees. A new
 * version is downloaded as soon as it is found (the updater checks its
 * signature and checksum); installing restarts Outpost, so it is refused while
 * an interview draft is open or a delivery is running, and the user is told why.
 */
export class UpdateService {
  private status: UpdateStatus;
  private draftOpen = false;
  private cancelSchedule: (() => void) | undefined;

  constructor(private readonly deps: UpdateServiceDependencies) {
    const enabled = deps.policy.enabled && deps.updater !== undefined;
    this.status = {
      enabled,
      offReason: deps.policy.enabled ? (deps.updater ? null : 'not-installed') : deps.policy.offReason,
      state: enabled ? 'idle' : 'off',
      version: null,
      percent: null,
      blockers: [],
      problem: null,
    };
    if (enabled) deps.updater?.listen((event) => this.onUpdaterEvent(event));
  }

  /** Checks once now and then periodically, when updates are on. */
  start(): void {
    if (!this.status.enabled || this.cancelSchedule) return;
    void this.check();
    const every = this.deps.every ?? defaultEvery;
    this.cancelSchedule = every(CHECK_EVERY_MS, () => void this.check());
  }

  dispose(): void {
    this.cancelSchedule?.();
    this.cancelSchedule = undefined;
  }

  current(): UpdateStatus {
    return { ...this.status, blockers: this.blockers() };
  }

  async check(): Promise<UpdateStatus> {
    const updater = this.deps.updater;
    if (!this.status.enabled || !updater) return this.current();
    // A download under way or a ready update is not thrown away by a new check.
    if (this.status.state === 'downloading' || this.status.state === 'ready') return this.current();
    this.update({ state: 'checking', problem: null, problemWords: null });
    try {
      await updater.checkForUpdates();
    } catch (error) {
      this.failed(error);
    }
    return this.current();
  }

  /** The renderer's word on whether an interview draft is open. */
  setDraftOpen(open: boolean): void {
    if (this.draftOpen === open) return;
    this.draftOpen = open;
    if (this.status.state === 'ready') this.announce();
  }

  /** The user agreed to restart into the new version. */
  install(): UpdateStatus {
    const updater = this.deps.updater;
    const status = this.current();
    if (!updater || status.state !== 'ready') return status;
    if (status.blockers.length > 0) {
      this.deps.logger.info('update install deferred', { blockers: status.blockers });
      return status;
    }
    this.deps.logger.info('installing update', { version: status.version });
    updater.quitAndInstall();
    return status;
  }

  private onUpdaterEvent(event: UpdaterEvent): void {
    switch (event.type) {
      case 'checking':
        this.update({ state: 'checking', problem: null, problemWords: null });
        return;
      case 'not-available':
        this.update({ state: 'up-to-date', version: null, percent: null });
        return;
      case 'available':
        this.deps.logger.info('update found', { version: event.version });
        this.update({ state: 'downloading', version: event.version, percent: 0 });
        this.deps.updater?.downloadUpdate().catch((error: unknown) => this.failed(error));
        return;
      case 'progress':
        if (this.status.state === 'downloading') this.update({ percent: Math.max(0, Math.min(100, event.percent)) });
        return;
      case 'downloaded':
        this.deps.logger.info('update ready', { version: event.version });
        this.update({ state: 'ready', version: event.version, percent: null });
        return;
      case 'error':
        this.failed(new Error(event.message));
        return;
    }
  }

  private failed(error: unknown): void {
    // A ready update stays ready: a later failed check does not take it away.
    if (this.status.state === 'ready') return;
    this.deps.logger.warn('update failed', { error: error instanceof Error ? error.message : String(error) });
    this.update({ state: 'failed', percent: null, problem: inEnglish(FAILED), problemWords: toPhrase(FAILED) });
  }

  private blockers(): UpdateStatus['blockers'] {
    if (this.status.state !== 'ready') return [];
    return installBlockers({ draftOpen: this.draftOpen, deliveryRunning: this.deps.deliveryRunning() });
  }

  private update(patch: Partial<UpdateStatus>): void {
    this.status = { ...this.status, ...patch };
    this.announce();
  }

  private announce(): void {
    this.deps.publisher.publish('updates.status', this.current());
  }
}

function defaultEvery(ms: number, run: () => void): () => void {
  const timer = setInterval(run, ms);
  timer.unref();
  return () => clearInterval(timer);
}
