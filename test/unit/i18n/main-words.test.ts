import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import path, { resolve } from 'node:path';
import { createIntl, type IntlShape } from 'react-intl';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Account, ConnectionTestResult } from '../../../common/accounts/index';
import { sayPhrase } from '../../../common/i18n/phrase';
import type { AppError, Result } from '../../../common/result';
import { secretNeeded } from '../../../main/accounts/secret-needed';
import { createMainServices, type MainServices } from '../../../main/composition/create-main-services';
import { FanOutPublisher } from '../../../main/events/publisher';
import { MemoryLogger, Redactor } from '../../../main/logging/logger';
import { MemorySecretStore } from '../../../main/secrets/memory-secret-store';
import { SecretStoreError } from '../../../main/secrets/secret-store';
import { errorInWords } from '../../../renderer/src/i18n/error-words';
import { startTestServer, type TestServer } from '../connectors/support/https-test-server';

/**
 * Main's own sentences reach the renderer as phrases: these tests call the real main services through
 * the dispatcher (as the renderer does) and say what came back in French and Arabic.
 */
const folder = resolve(import.meta.dirname, '../../../renderer/src/i18n/catalogues');
const intlFor = (code: string, errors: string[] = []): IntlShape =>
  createIntl({
    locale: code,
    messages: JSON.parse(readFileSync(resolve(folder, `${code}.json`), 'utf8')) as Record<string, string>,
    onError: (error) => errors.push(error.message),
  });

/** A keychain that is locked on every read: the library's words are not the user's. */
class LockedSecretStore extends MemorySecretStore {
  override get(): Promise<string | null> {
    return Promise.reject(new SecretStoreError('org.freedesktop.Secret.Error.IsLocked', 'locked'));
  }
}

let server: TestServer;
let services: MainServices;
let secrets: MemorySecretStore;
let dataDir: string;

beforeAll(async () => {
  server = await startTestServer((_req, res: ServerResponse) => {
    res
      .writeHead(200, { 'content-type': 'application/json' })
      .end('{"response":[{"surveyID":1,"name":"A"},{"surveyID":2,"name":"B"}]}');
  });
});
afterAll(async () => {
  await server.close();
});

function start(store: MemorySecretStore): void {
  secrets = store;
  services = createMainServices({
    name: 'Outpost',
    version: '0.0.0-test',
    platform: process.platform,
    dataFolder: dataDir,
    host: 'browser',
    isOnline: () => true,
    publisher: new FanOutPublisher(),
    logger: new MemoryLogger(),
    senderPolicy: { isTrusted: () => true },
    secrets,
    dataKeyStore: () => secrets,
    redactor: new Redactor(),
    keychain: {
      status: () => ({ store: 'test-file', canUseSession: false }),
      useSessionStore: () => ({ store: 'test-file', canUseSession: false }),
    },
    startPracticeServer: () => Promise.reject(new Error('no Practice server in this test')),
  });
}

beforeEach(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'outpost-main-words-'));
});
afterEach(async () => {
  await services.dispose();
  rmSync(dataDir, { recursive: true, force: true });
});

const sender = { url: 'http://127.0.0.1/', isMainFrame: true };
const call = <T>(name: string, input?: unknown): Promise<Result<T>> =>
  services.dispatcher.dispatch(name, input, sender) as Promise<Result<T>>;

async function addQuestionPro(): Promise<Account> {
  const added = await call<Account>('accounts.addQuestionPro', {
    label: 'Étude Kisumu',
    location: { customBaseUrl: server.origin },
    userId: '1',
    practice: false,
    extraCaPem: server.caPem,
    apiKey: 'qp-key-words-1',
  });
  if (!added.ok) throw new Error(JSON.stringify(added.error));
  return added.value;
}

function failure(result: Result<unknown>): AppError {
  if (result.ok) throw new Error('expected a failure');
  return result.error;
}

describe('main’s messages in the interface’s language', () => {
  it('a passed connection test is said with its count, in each language', async () => {
    start(new MemorySecretStore());
    const account = await addQuestionPro();
    const tested = await call<ConnectionTestResult>('accounts.test', { id: account.id });
    if (!tested.ok) throw new Error(JSON.stringify(tested.error));
    expect(tested.value.summary).toBe('Connected to QuestionPro: 2 surveys visible.');
    const words = tested.value.words;
    expect(words).toBeDefined();
    if (!words) return;
    const errors: string[] = [];
    expect(sayPhrase(intlFor('fr', errors), words, tested.value.summary)).toBe(
      'Connecté à QuestionPro : 2 enquêtes visibles.',
    );
    expect(sayPhrase(intlFor('ar', errors), words, tested.value.summary)).toBe(
      'متصل بـ QuestionPro: استبيانان ظاهران.',
    );
    expect(errors).toEqual([]);
  });

  it('a missing key is explained, with what to do, after it crossed the contract', async () => {
    start(new MemorySecretStore());
    const account = await addQuestionPro();
    await secrets.delete(account.id);
    const error = failure(await call('accounts.test', { id: account.id }));
    expect(error).toMatchObject({ code: 'secret-missing', message: 'No API key is stored for this account.' });
    expect(errorInWords(intlFor('fr'), error)).toEqual({
      message: 'Aucune clé d’API n’est enregistrée pour ce compte.',
      action: 'Saisissez la clé d’API dans Réglages → Comptes.',
    });
  });

  it('a locked keychain is said in the user’s words, not the library’s', async () => {
    start(new LockedSecretStore());
    const account = await addQuestionPro();
    const error = failure(await call('accounts.test', { id: account.id }));
    expect(error.code).toBe('accounts-storage');
    expect(errorInWords(intlFor('sw'), error).message).toBe('Keychain ya mfumo imefungwa. Ifungue kisha jaribu tena.');
    expect(JSON.stringify(error.words)).not.toContain('freedesktop');
  });

  it('an account paused for its cleared secret names the account and the secret', () => {
    const qmob = secretNeeded({
      kind: 'qmob',
      id: 'a1',
      label: 'Nairobi team',
      location: 'https://qmob.example.org',
      project: 'p',
      user: 'u',
      passwordStored: false,
      practice: false,
      sampleFields: [],
    } as unknown as Account);
    expect(qmob.message).toContain('The password of Nairobi team was cleared');
    expect(errorInWords(intlFor('es'), qmob)).toEqual({
      message:
        'La contraseña de Nairobi team se borró porque su servidor cambió; no se le envía nada hasta que vuelva a escribir la contraseña.',
      action: 'Abra Ajustes → Cuentas, edite Nairobi team y escriba su contraseña.',
    });
  });
});
