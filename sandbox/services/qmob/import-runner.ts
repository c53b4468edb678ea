import { qmobImportCallbackMessages as messages } from '../../../common/qmob/messages';
import type { QmobCallbackBody } from '../../../common/qmob/schemas';
import type { ImportRecord, SandboxStore, StoredRespondent } from '../store';
import type { QmobFailureStage } from './storage-failures';

export interface PlannedImport {
  readonly id: string;
  readonly listId: string;
  readonly overwrite: boolean;
  readonly respondents: readonly StoredRespondent[];
  readonly callbackUrl: string | null;
  readonly failure: QmobFailureStage | null;
}

const INJECTED_DETAILS = 'java.sql.SQLTransientConnectionException: storage unavailable (sandbox fault)';
const CALLBACK_TIMEOUT_MS = 5000;

/**
 * Runs add_respondent imports asynchronously, as the service does, and POSTs the documented
 * callback JSON when one ends. Imports still waiting when the sandbox resets or closes end as
 * "canceled by the server", which is the seed's reason for that message.
 */
export class ImportRunner {
  private readonly waiting = new Map<string, { plan: PlannedImport; timer: NodeJS.Timeout }>();
  private readonly callbacksInFlight = new Set<Promise<void>>();

  constructor(
    private readonly store: SandboxStore,
    private readonly delayMs: number,
  ) {}

  start(plan: PlannedImport): void {
    this.store.imports.push({
      id: plan.id,
      listId: plan.listId,
      status: 'running',
      message: '',
      callbackUrl: plan.callbackUrl,
    });
    const timer = setTimeout(() => {
      this.waiting.delete(plan.id);
      this.finish(plan, this.run(plan));
    }, this.delayMs);
    this.waiting.set(plan.id, { plan, timer });
  }

  /** Cancels every import not yet run and waits for all callbacks to be delivered (or fail). */
  async cancelAll(): Promise<void> {
    for (const { plan, timer } of this.waiting.values()) {
      clearTimeout(timer);
      this.finish(plan, { status: 'error', message: messages.canceled });
    }
    this.waiting.clear();
    await this.settled();
  }

  /** Resolves once no import is waiting and every callback has been attempted. */
  async settled(): Promise<void> {
    while (this.waiting.size > 0 || this.callbacksInFlight.size > 0) {
      await Promise.race([...this.callbacksInFlight, new Promise((resolve) => setTimeout(resolve, 5))]);
    }
  }

  private run(plan: PlannedImport): { status: 'ok' | 'error'; message: string } {
    if (plan.failure === 'import-cancel') return { status: 'error', message: messages.canceled };
    const members = this.store.listMembers.get(plan.listId);
    if (!members) return { status: 'error', message: messages.canceled };
    let imported = 0;
    for (const respondent of plan.respondents) {
      if (plan.failure === 'import-respondent') {
        return { status: 'error', message: messages.couldNotImport(respondent.username, INJECTED_DETAILS) };
      }
      const exists = this.store.respondents.has(respondent.username);
      if (exists && !plan.overwrite) continue; // Kept as it is: not counted as imported.
      if (exists && plan.failure === 'import-overwrite') {
        return { status: 'error', message: messages.couldNotOverwrite(respondent.username) };
      }
      this.store.respondents.set(respondent.username, { ...respondent, sampleFields: { ...respondent.sampleFields } });
      members.add(respondent.username);
      imported += 1;
    }
    if (plan.failure === 'import-flush') return { status: 'error', message: messages.couldNotFlush(INJECTED_DETAILS) };
    return { status: 'ok', message: messages.finished(imported, plan.respondents.length) };
  }

  private finish(plan: PlannedImport, outcome: { status: 'ok' | 'error'; message: string }): void {
    const record: ImportRecord | undefined = this.store.imports.find((candidate) => candidate.id === plan.id);
    if (record) {
      record.status = outcome.status;
      record.message = outcome.message;
    }
    if (plan.callbackUrl === null) return;
    // The callback's id is documented as the timestamp of when the operation completed.
    const body: QmobCallbackBody = { ...outcome, id: String(Date.now()) };
    const delivery = postCallback(plan.callbackUrl, body).finally(() => this.callbacksInFlight.delete(delivery));
    this.callbacksInFlight.add(delivery);
  }
}

async function postCallback(url: string, body: QmobCallbackBody): Promise<void> {
  try {
    await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(CALLBACK_TIMEOUT_MS),
    });
  } catch {
    // A callback receiver that is down is the client's problem; the import result stays in state.
  }
}
