import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import type { SecretStore } from '../../main/secrets/secret-store';

const secretsFileSchema = z.record(z.string(), z.string());

/**
 * The browser host's secret store: a file readable only by its owner, in the
 * host's own data folder. The host is a test tool that survives restarts during
 * tests, on machines that may have no keychain; it is never part of the app,
 * which keeps secrets in the OS keychain.
 */
export class FileSecretStore implements SecretStore {
  /** Read-modify-write of one file: two quick sets (an account and the data key) must not lose one another. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly filePath: string) {}

  get(accountId: string): Promise<string | null> {
    return this.serial(async () => (await this.load())[accountId] ?? null);
  }

  set(accountId: string, secret: string): Promise<void> {
    return this.serial(async () => this.save({ ...(await this.load()), [accountId]: secret }));
  }

  delete(accountId: string): Promise<boolean> {
    return this.serial(async () => {
      const secrets = await this.load();
      if (!(accountId in secrets)) return false;
      await this.save(Object.fromEntries(Object.entries(secrets).filter(([id]) => id !== accountId)));
      return true;
    });
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async load(): Promise<Record<string, string>> {
    try {
      return secretsFileSchema.parse(JSON.parse(await readFile(this.filePath, 'utf8')));
    } catch {
      return {};
    }
  }

  private async save(secrets: Record<string, string>): Promise<void> {
    await mkdir(dirname(this.filePath), { recursive: true });
    const temporary = `${this.filePath}.tmp`;
    await writeFile(temporary, JSON.stringify(secrets), { mode: 0o600 });
    await rename(temporary, this.filePath);
  }
}
