import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { ProxyIdSchema, ProxySettingsSchema } from '../../common/contract/ops/network';

const fileSchema = z.object({
  version: z.literal(1),
  proxy: ProxySettingsSchema,
  /** Proxies with a user name and password in the keychain; the secrets themselves never come here. */
  signedIn: z.array(ProxyIdSchema),
});
export type NetworkSettingsData = z.infer<typeof fileSchema>;

export const DEFAULT_NETWORK_SETTINGS: NetworkSettingsData = { version: 1, proxy: { mode: 'system' }, signedIn: [] };

/** network.json in the data folder; a missing or damaged file means "use the system's settings". */
export class NetworkSettingsFile {
  constructor(private readonly filePath: string) {}

  async load(): Promise<NetworkSettingsData> {
    try {
      const parsed = fileSchema.safeParse(JSON.parse(await readFile(this.filePath, 'utf8')));
      return parsed.success ? parsed.data : DEFAULT_NETWORK_SETTINGS;
    } catch {
      return DEFAULT_NETWORK_SETTINGS;
    }
  }

  async save(data: NetworkSettingsData): Promise<void> {
    await mkdir(dirname(this.filePath), { recursive: true });
    const temporary = `${this.filePath}.tmp`;
    await writeFile(temporary, `${JSON.stringify(fileSchema.parse(data), null, 2)}\n`, {
      encoding: 'utf8',
      mode: 0o600,
    });
    await rename(temporary, this.filePath);
  }
}
