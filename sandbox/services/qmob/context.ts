import type { SandboxStore } from '../store';
import type { ImportRunner } from './import-runner';
import type { QmobFailureStage } from './storage-failures';

/** What a QMob action handler may use; credentials and the JSON parameter are already checked. */
export interface QmobActionContext {
  readonly store: SandboxStore;
  /** respondents_json, parsed: always a JSON object (not an array). */
  readonly json: Record<string, unknown>;
  readonly callbackUrl: string | null;
  /** The stage at which storage fails for this request, if any. */
  readonly storageFailure: QmobFailureStage | null;
  readonly importer: ImportRunner;
}
