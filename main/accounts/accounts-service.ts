import { randomUUID } from 'node:crypto';
import {
  AccountSchema,
  EXTRA_CA_REFUSED,
  mayTrustExtraCa,
  QmobAccountDraftSchema,
  QmobAccountPatchSchema,
  QuestionProAccountDraftSchema,
  QuestionProAccountPatchSchema,
  type Account,
  type ConnectionTestResult,
  type QmobAccount,
  type QuestionProAccount,
} from '../../common/accounts/index';
import { fail, failSaying, ok, type Result } from '../../common/result';
import { defineMessages, said, toPhrase, inEnglish } from '../../common/i18n/phrase';
import type { z } from 'zod';
import { issuesInWords } from '../../common/zod-words';
import type { QmobClient } from '../connectors/qmob/qmob-client';
import type { QuestionProClient } from '../connectors/questionpro/questionpro-client';
import { silentLogger, type Logger } from '../connectors/logger';
import { SecretStoreError, type SecretStore } from '../secrets/secret-store';
import { AccountsFile, AccountsFileError } from './accounts-file';
import type { ClientFactory } from './client-factory';

export interface AccountsServiceDeps {
  /** The app's data folder; accounts.json lives there. */
  readonly dataDir: string;
  readonly secrets: SecretStore;
  readonly clients: ClientFactory;
  readonly newId?: () => string;
  readonly logger?: Logger;
}

type Patchable = Record<string, unknown>;

/**
 * Accounts: metadata in accounts.json, secrets in the SecretStore. Every method
 * returns a Result whose texts are safe to show: no secret ever goes into
 * metadata, results, errors or log lines. Mutations are serialised so two quick
 * edits cannot lose one another.
 */
export class AccountsService {
  private readonly file: AccountsFile;
  private readonly newId: () => string;
  private readonly logger: Logger;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: AccountsServiceDeps) {
    this.file = new AccountsFile(deps.dataDir);
    this.newId = deps.newId ?? (() => randomUUID());
    this.logger = deps.logger ?? silentLogger;
  }

  list(): Promise<Result<Account[]>> {
    return this.guard(async () => ok(await this.file.load()));
  }

  addQuestionPro(input: unknown): Promise<Result<QuestionProAccount>> {
    const draft = QuestionProAccountDraftSchema.safeParse(input);
    if (!draft.success) return Promise.resolve(invalid(draft.error));
    const { apiKey, ...meta } = draft.data;
    const account: QuestionProAccount = { kind: 'questionpro', id: this.newId(), ...meta, keyStored: true };
    return this.addWithSecret(account, apiKey);
  }

  addQmob(input: unknown): Promise<Result<QmobAccount>> {
    const draft = QmobAccountDraftSchema.safeParse(input);
    if (!draft.success) return Promise.resolve(invalid(draft.error));
    const { password, ...meta } = draft.data;
    const account: QmobAccount = { kind: 'qmob', id: this.newId(), ...meta, passwordStored: true };
    return this.addWithSecret(account, password);
  }

  /** Absent fields stay as they are; null clears an optional field; a new key replaces the stored one. */
  editQuestionPro(id: string, input: unknown): Promise<Result<QuestionProAccount>> {
    const patch = QuestionProAccountPatchSchema.safeParse(input);
    if (!patch.success) return Promise.resolve(invalid(patch.error));
    const { apiKey, ...changes } = patch.data;
    return this.edit(id, 'questionpro', changes, apiKey);
  }

  editQmob(id: string, input: unknown): Promise<Result<QmobAccount>> {
    const patch = QmobAccountPatchSchema.safeParse(input);
    if (!patch.success) return Promise.resolve(invalid(patch.error));
    const { password, ...changes } = patch.data;
    return this.edit(id, 'qmob', changes, password);
  }

  remove(id: string): Promise<Result<null>> {
    return this.serial(async () => {
      const accounts = await this.file.load();
      if (!accounts.some((a) => a.id === id)) return notFound();
      await this.file.save(accounts.filter((a) => a.id !== id));
      // Metadata first: a secret left behind by a crash here is harmless, an account without its secret is not.
      await this.deps.secrets.delete(id);
      this.logger.info('account removed', { accountId: id });
      return ok(null);
    });
  }

  /** "Test connection": QuestionPro lists surveys; QMob is probed without changing anything. */
  testConnection(id: string, options: { signal?: AbortSignal } = {}): Promise<Result<ConnectionTestResult>> {
    return this.guard(async () => {
      const account = (await this.file.load()).find((a) => a.id === id);
      if (!account) return notFound();
      if (account.kind === 'questionpro') {
        const client = await this.questionProFor(account);
        if (!client.ok) return client;
        const surveys = await client.value.listSurveys(options);
        if (!surveys.ok) return surveys;
        const n = surveys.value.length;
        const summary = said(words.questionProConnected, { surveys: n });
        return ok({ accountId: id, summary: inEnglish(summary), words: toPhrase(summary), surveyCount: n });
      }
      const client = await this.qmobFor(account);
      if (!client.ok) return client;
      const probe = await client.value.probeCredentials(options);
      if (!probe.ok) return probe;
      const summary = said(words.qmobConnected);
      return ok({ accountId: id, summary: inEnglish(summary), words: toPhrase(summary) });
    });
  }

  /** A client with the stored secret, for the sync engine. */
  questionProClient(id: string): Promise<Result<QuestionProClient>> {
    return this.guard(async () => {
      const account = (await this.file.load()).find((a) => a.id === id);
      return account?.kind === 'questionpro' ? this.questionProFor(account) : notFound();
    });
  }

  qmobClient(id: string): Promise<Result<QmobClient>> {
    return this.guard(async () => {
      const account = (await this.file.load()).find((a) => a.id === id);
      return account?.kind === 'qmob' ? this.qmobFor(account) : notFound();
    });
  }

  private async questionProFor(account: QuestionProAccount): Promise<Result<QuestionProClient>> {
    const key = await this.deps.secrets.get(account.id);
    if (key === null) return failSaying('secret-missing', said(words.noKey), { action: said(words.enterKey) });
    return ok(this.deps.clients.questionPro(account, key));
  }

  private async qmobFor(account: QmobAccount): Promise<Result<QmobClient>> {
    const password = await this.deps.secrets.get(account.id);
    if (password === null)
      return failSaying('secret-missing', said(words.noPassword), { action: said(words.enterPassword) });
    return ok(this.deps.clients.qmob(account, password));
  }

  private addWithSecret<A extends Account>(account: A, secret: string): Promise<Result<A>> {
    if (!caAllowed(account)) return Promise.resolve(caRefused());
    return this.serial(async () => {
      const accounts = await this.file.load();
      await this.deps.secrets.set(account.id, secret);
      try {
        await this.file.save([...accounts, account]);
      } catch (error) {
        await this.deps.secrets.delete(account.id).catch(() => false);
        throw error;
      }
      this.logger.info('account added', { accountId: account.id, kind: account.kind });
      return ok(account);
    });
  }

  private edit<K extends Account['kind']>(
    id: string,
    kind: K,
    changes: Patchable,
    secret: string | undefined,
  ): Promise<Result<Extract<Account, { kind: K }>>> {
    return this.serial(async () => {
      const accounts = await this.file.load();
      const current = accounts.find((a): a is Extract<Account, { kind: K }> => a.id === id && a.kind === kind);
      if (!current) return notFound();
      // null clears an optional field, undefined leaves it: rebuild rather than delete keys.
      const cleared = new Set(
        Object.entries(changes)
          .filter(([, v]) => v === null)
          .map(([k]) => k),
      );
      const merged: Patchable = Object.fromEntries(
        Object.entries({
          ...current,
          ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)),
        }).filter(([k]) => !cleared.has(k)),
      );
      const storedFlag = kind === 'questionpro' ? 'keyStored' : 'passwordStored';
      // The stored secret was given for one server: it never follows the account to another one.
      const redirected = secret === undefined && !sameDestination(current, merged);
      if (secret !== undefined) merged[storedFlag] = true;
      if (redirected) merged[storedFlag] = false;
      const checked = AccountSchema.safeParse(merged);
      if (!checked.success) return invalid(checked.error);
      const updated = checked.data as Extract<Account, { kind: K }>;
      if (!caAllowed(updated)) return caRefused();
      if (secret !== undefined) await this.deps.secrets.set(id, secret);
      // Forgotten before the new address is saved: a crash in between leaves an account without a secret, never a redirected one.
      if (redirected) await this.deps.secrets.delete(id);
      await this.file.save(accounts.map((a) => (a.id === id ? updated : a)));
      this.logger.info('account edited', { accountId: id, secretCleared: redirected });
      return ok(updated);
    });
  }

  private serial<T>(work: () => Promise<Result<T>>): Promise<Result<T>> {
    const next = this.queue.then(() => this.guard(work));
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Storage failures become Results with safe words; nothing here throws to the caller. */
  private async guard<T>(work: () => Promise<Result<T>>): Promise<Result<T>> {
    try {
      return await work();
    } catch (error) {
      this.logger.warn('accounts operation failed', { error: error instanceof Error ? error.name : 'unknown' });
      return storageFailure(error);
    }
  }
}

const words = defineMessages({
  questionProConnected: {
    id: 'accounts.test.questionProConnected',
    defaultMessage: 'Connected to QuestionPro: {surveys, plural, one {# survey} other {# surveys}} visible.',
  },
  qmobConnected: {
    id: 'accounts.test.qmobConnected',
    defaultMessage: 'Connected to QMob: the user name and password work.',
  },
  noKey: { id: 'accounts.secret.noKey', defaultMessage: 'No API key is stored for this account.' },
  enterKey: { id: 'accounts.secret.enterKey', defaultMessage: 'Enter the API key in Settings → Accounts.' },
  noPassword: { id: 'accounts.secret.noPassword', defaultMessage: 'No password is stored for this account.' },
  enterPassword: {
    id: 'accounts.secret.enterPassword',
    defaultMessage: 'Enter the QMob password in Settings → Accounts.',
  },
  keychainUnavailable: {
    id: 'accounts.keychain.unavailable',
    defaultMessage:
      'This computer has no keychain for Outpost to keep passwords in. Open Settings → Accounts to choose what to do.',
  },
  keychainLocked: {
    id: 'accounts.keychain.locked',
    defaultMessage: 'The system keychain is locked. Unlock it and try again.',
  },
  keychainFailed: {
    id: 'accounts.keychain.failed',
    defaultMessage: 'The system keychain could not be used. Nothing was changed; try again.',
  },
  accountsFile: {
    id: 'accounts.file.unreadable',
    defaultMessage: 'The list of accounts on this laptop could not be read. Nothing was changed.',
  },
  storage: {
    id: 'accounts.storage.failed',
    defaultMessage: 'Outpost could not read or save the accounts. Nothing was changed; try again.',
  },
});

/**
 * A storage failure in the interface's language. The keychain library's and the file's own text stays in
 * `details` (in English: support reads it); it never holds a secret.
 */
function storageFailure(error: unknown): Result<never> {
  const detail = error instanceof Error ? [error.message] : [];
  if (error instanceof SecretStoreError) {
    const message =
      error.reason === 'unavailable'
        ? words.keychainUnavailable
        : error.reason === 'locked'
          ? words.keychainLocked
          : words.keychainFailed;
    return failSaying('accounts-storage', said(message), error.reason === 'failed' ? { details: detail } : {});
  }
  if (error instanceof AccountsFileError)
    return failSaying('accounts-storage', said(words.accountsFile), { details: detail });
  return failSaying('accounts-storage', said(words.storage));
}

const notFound = (): Result<never> => fail('not-found', 'That account no longer exists.');

const invalid = (error: z.ZodError): Result<never> =>
  fail('invalid-input', 'Some account details are not valid.', issuesInWords(error, 'account'));

const caAllowed = (account: Account): boolean => account.extraCaPem === undefined || mayTrustExtraCa(account);

const caRefused = (): Result<never> =>
  fail('invalid-input', 'Some account details are not valid.', [`extraCaPem: ${EXTRA_CA_REFUSED}`]);

/** Same server, reached the same way: the address (or datacenter, or instance) and the trusted CA. */
function sameDestination(current: Account, next: Patchable): boolean {
  return (
    JSON.stringify(current.location) === JSON.stringify(next['location']) && current.extraCaPem === next['extraCaPem']
  );
}
