/**
 * The names of every operation and event, without their schemas, so that the
 * preload (sandboxed, size-sensitive) can expose them without bundling zod.
 * `operations.ts` and `events.ts` check at compile time that these lists match.
 */
export const operationNames = [
  'app.info',
  'app.status',
  'accounts.list',
  'accounts.addQuestionPro',
  'accounts.addQmob',
  'accounts.editQuestionPro',
  'accounts.editQmob',
  'accounts.remove',
  'accounts.test',
  'practice.start',
  'secrets.status',
  'secrets.useSessionStore',
  'sync.deliver',
  'sync.state',
  'sync.pause',
  'sync.resume',
  'surveys.listRemote',
  'surveys.download',
  'network.status',
  'network.save',
  'network.signIn',
  'network.signOut',
  'updates.status',
  'updates.check',
  'updates.install',
  'app.activity',
  'diagnostics.save',
  'app.notices',
  'vault.open',
  'vault.unlock',
  'vault.recoveryFile',
  'vault.restore',
] as const;
export const eventNames = ['app.status', 'sync.state', 'updates.status'] as const;

export type OperationName = (typeof operationNames)[number];
export type EventName = (typeof eventNames)[number];

export const operationChannel = (name: OperationName): string => `outpost:op:${name}`;
export const eventChannel = (name: EventName): string => `outpost:event:${name}`;

export const isOperationName = (value: unknown): value is OperationName =>
  typeof value === 'string' && (operationNames as readonly string[]).includes(value);
export const isEventName = (value: unknown): value is EventName =>
  typeof value === 'string' && (eventNames as readonly string[]).includes(value);
