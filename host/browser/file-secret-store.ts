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
  constructor(private readonly filePath: string) {}

  async get(accountId: string): Promise<string | null> {
    return (await this.load())[accountId] ?? null;
  }

  async set(accountId: string, secret: string): Promise<void> {
    await this.save({ ...(await this.load()), [accountId]: secret });
  }

  async delete(accountId: string): Promise<boolean> {
    const secrets = await this.load();
    if (!(accountId in secrets)) return false;
    await this.save(Object.fromEntries(Object.entries(secrets).filter(([id]) => id !== accountId)));
    return true;
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
