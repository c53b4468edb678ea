import { describe, expect, it } from 'vitest';
import { operationNames } from '../../../common/contract';
import { ContractDispatcher, type Handlers } from '../../../main/ipc/dispatcher';
import { OperationError } from '../../../main/ipc/operation-error';
import { OwnWindowSenderPolicy, type SenderIdentity } from '../../../main/ipc/sender-policy';
import { MemoryLogger } from '../../../main/logging/logger';

const origin = 'app://outpost';
const ownWindowId = 7;
const trusted: SenderIdentity = { url: `${origin}/index.html#/surveys`, isMainFrame: true, contentsId: ownWindowId };

const unused = (): never => {
  throw new Error('not used in this test');
};

const workingHandlers = {
  ...Object.fromEntries(operationNames.map((name) => [name, unused])),
  'app.info': () => ({ name: 'Outpost', version: '1.2.3', platform: 'linux', dataFolder: '/data', host: 'electron' }),
  'app.status': () => ({ online: true }),
} as unknown as Handlers;

function dispatcherWith(handlers: Partial<Handlers> = {}) {
  const logger = new MemoryLogger();
  const dispatcher = new ContractDispatcher(
    { ...workingHandlers, ...handlers },
    new OwnWindowSenderPolicy(
      () => [origin],
      () => ownWindowId,
    ),
    logger,
  );
  return { dispatcher, logger };
}

describe('ContractDispatcher', () => {
  it('answers a valid call from our own window with the handler value in an ok envelope', async () => {
    const { dispatcher } = dispatcherWith();
    await expect(dispatcher.dispatch('app.info', {}, trusted)).resolves.toEqual({
      ok: true,
      value: { name: 'Outpost', version: '1.2.3', platform: 'linux', dataFolder: '/data', host: 'electron' },
    });
  });

  it.each<[string, SenderIdentity]>([
    ['a sub-frame', { ...trusted, isMainFrame: false }],
    ['another origin', { ...trusted, url: 'https://evil.example/index.html' }],
    ['a file:// page', { ...trusted, url: 'file:///tmp/index.html' }],
    ['another window', { ...trusted, contentsId: ownWindowId + 1 }],
    ['an unparsable URL', { ...trusted, url: 'not a url' }],
  ])('refuses %s with a forbidden-sender envelope and never runs the handler', async (_label, sender) => {
    let ran = false;
    const { dispatcher, logger } = dispatcherWith({
      'app.status': () => {
        ran = true;
        return { online: true };
      },
    });
    const result = await dispatcher.dispatch('app.status', {}, sender);
    expect(result).toEqual({
      ok: false,
      error: { code: 'forbidden-sender', message: expect.stringMatching(/refused/) },
    });
    expect(ran).toBe(false);
    expect(logger.records.some((record) => record.level === 'warn')).toBe(true);
  });

  it.each([
    ['an unexpected field', { extra: true }],
    ['a string', 'hello'],
    ['an array', [1, 2]],
  ])('rejects %s as input with a readable invalid-input envelope', async (_label, input) => {
    const { dispatcher } = dispatcherWith();
    const result = await dispatcher.dispatch('app.info', input, trusted);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-input');
    expect(result.error.message).toBe('The request "app.info" was not valid.');
    expect(result.error.details?.length).toBeGreaterThan(0);
  });

  it('rejects an operation the contract does not name', async () => {
    const { dispatcher } = dispatcherWith();
    const result = await dispatcher.dispatch('fs.readFile', { path: '/etc/passwd' }, trusted);
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown-operation' } });
  });

  it('turns an unexpected exception into a generic message without stack or internals, and logs it', async () => {
    const { dispatcher, logger } = dispatcherWith({
      'app.status': () => {
        throw new Error('ENOENT: /secret/path/to/file at Object.<anonymous> (main.ts:12:3)');
      },
    });
    const result = await dispatcher.dispatch('app.status', {}, trusted);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toMatch(/ENOENT|secret|main\.ts/);
    expect(logger.records.some((record) => record.level === 'error' && record.message === 'A handler failed')).toBe(
      true,
    );
  });

  it('passes an OperationError through as the user should read it', async () => {
    const { dispatcher } = dispatcherWith({
      'app.status': () => {
        throw new OperationError('no-keychain', 'This computer has no keychain.', ['Install gnome-keyring']);
      },
    });
    await expect(dispatcher.dispatch('app.status', {}, trusted)).resolves.toEqual({
      ok: false,
      error: { code: 'no-keychain', message: 'This computer has no keychain.', details: ['Install gnome-keyring'] },
    });
  });

  it('refuses to send output that breaks the contract', async () => {
    const { dispatcher } = dispatcherWith({
      'app.status': () => ({ online: 'yes' }) as unknown as { online: boolean },
    });
    await expect(dispatcher.dispatch('app.status', {}, trusted)).resolves.toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
  });
});

describe('OwnWindowSenderPolicy before and after the window', () => {
  it('fails closed while the main window does not exist yet (or any more)', () => {
    let windowId: number | undefined;
    const policy = new OwnWindowSenderPolicy(
      () => [origin],
      () => windowId,
    );
    expect(policy.isTrusted(trusted)).toBe(false);
    expect(policy.isTrusted({ ...trusted, contentsId: undefined })).toBe(false);
    windowId = ownWindowId;
    expect(policy.isTrusted(trusted)).toBe(true);
    windowId = undefined;
    expect(policy.isTrusted(trusted)).toBe(false);
  });

  it('without web contents (the browser host) checks the origin and the main frame only', () => {
    const policy = new OwnWindowSenderPolicy(() => [origin]);
    expect(policy.isTrusted({ url: `${origin}/`, isMainFrame: true })).toBe(true);
    expect(policy.isTrusted({ url: `${origin}/`, isMainFrame: false })).toBe(false);
  });

  it('repeats no more than a short piece of an unknown operation name', async () => {
    const { dispatcher } = dispatcherWith();
    const result = await dispatcher.dispatch('x'.repeat(100_000), {}, trusted);
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown-operation' } });
    expect(JSON.stringify(result).length).toBeLessThan(300);
  });
});
