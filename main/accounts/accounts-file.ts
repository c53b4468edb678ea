import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { AccountSchema, type Account } from '../../common/accounts/index';

const FileSchema = z.object({ version: z.literal(1), accounts: z.array(AccountSchema) });

export class AccountsFileError extends Error {
  override readonly name = 'AccountsFileError';
}

/**
 * accounts.json in the app's data folder: metadata only, never a secret.
 * Writes go to a temporary file that is flushed and renamed over the old one,
 * so a crash or power cut leaves either the old file or the new one, never half.
 */
export class AccountsFile {
  readonly filePath: string;

  constructor(private readonly dataDir: string) {
    this.filePath = path.join(dataDir, 'accounts.json');
  }

  async load(): Promise<Account[]> {
    let text: string;
    try {
      text = await readFile(this.filePath, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw new AccountsFileError('The accounts file could not be read.');
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      throw new AccountsFileError('The accounts file is damaged (not valid JSON).');
    }
    const parsed = FileSchema.safeParse(raw);
    if (!parsed.success) throw new AccountsFileError('The accounts file is damaged (unexpected content).');
    return parsed.data.accounts;
  }

  async save(accounts: readonly Account[]): Promise<void> {
    await mkdir(this.dataDir, { recursive: true });
    const tmp = `${this.filePath}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    const handle = await open(tmp, 'w', 0o600);
    try {
      await handle.writeFile(`${JSON.stringify({ version: 1, accounts }, null, 2)}\n`, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    try {
      await rename(tmp, this.filePath);
    } catch (error) {
      await rm(tmp, { force: true });
      throw error;
    }
    await this.syncDir();
  }

  /** Makes the rename itself durable; not possible on Windows, where opening a folder fails. */
  private async syncDir(): Promise<void> {
    try {
      const dir = await open(this.dataDir, 'r');
      try {
        await dir.sync();
      } finally {
        await dir.close();
      }
    } catch {
      // Best effort only.
    }
  }
}
