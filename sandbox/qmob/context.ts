import type { FaultSettings } from '../fault-settings';
import type { SandboxStore } from '../store';
import type { ImportRunner } from './import-runner';

/** What a QMob action handler may use; credentials and the JSON parameter are already checked. */
export interface QmobActionContext {
  readonly store: SandboxStore;
  /** respondents_json, parsed: always a JSON object (not an array). */
  readonly json: Record<string, unknown>;
  readonly callbackUrl: string | null;
  readonly faults: FaultSettings;
  readonly importer: ImportRunner;
}
