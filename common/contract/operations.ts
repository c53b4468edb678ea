import type { z } from 'zod';
import type { OperationName } from './names';
import type { OperationSpec } from './spec';
import { accountOperations } from './ops/accounts';
import { appOperations } from './ops/app';
import { surveyOperations } from './ops/surveys';
import { secretOperations } from './ops/secrets';
import { syncOperations } from './ops/sync';
import { networkOperations } from './ops/network';
import { updateOperations } from './ops/updates';
import { diagnosticsOperations } from './ops/diagnostics';
import { vaultOperations } from './ops/vault';

export type { OperationSpec } from './spec';
export { syncStateSchema, type SyncState } from './ops/sync';
export {
  NetworkStatusSchema,
  ProxySettingsSchema,
  type NetworkStatus,
  type ProxySettings,
  type ProxySignIn,
} from './ops/network';
export { UpdateStatusSchema, type InstallBlocker, type UpdateStatus, type UpdatesOffReason } from './ops/updates';
export { DiagnosticsBundleSchema, type DiagnosticsBundle } from './ops/diagnostics';
export { keychainStatusSchema, type KeychainStatus } from './ops/secrets';
export {
  vaultStateSchema,
  PASSPHRASE_MIN_LENGTH,
  newPassphraseProblem,
  type NewPassphraseProblem,
  type VaultState,
} from './ops/vault';
export { appInfoSchema, appStatusSchema, noInput, type AppInfo, type AppStatus } from './ops/app';

/**
 * The one map from operation name to its input and output: main, preload and
 * renderer all derive from it. Each feature keeps its operations in ops/<feature>.ts;
 * `satisfies` makes a name missing here, or one not listed in names.ts, a compile error.
 */
export const operations = {
  ...appOperations,
  ...accountOperations,
  ...syncOperations,
  ...secretOperations,
  ...surveyOperations,
  ...networkOperations,
  ...updateOperations,
  ...diagnosticsOperations,
  ...vaultOperations,
} as const satisfies Record<OperationName, OperationSpec>;

export type Operations = typeof operations;
export type OperationInput<N extends OperationName> = z.input<Operations[N]['input']>;
export type ParsedOperationInput<N extends OperationName> = z.output<Operations[N]['input']>;
export type OperationOutput<N extends OperationName> = z.output<Operations[N]['output']>;
