import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto';
import { z } from 'zod';

/**
 * A data key wrapped by a passphrase: scrypt (memory-hard, salted, about half a
 * second here) derives a key-encryption key; AES-256-GCM seals the data key with
 * it. Used for the recovery file and, where no keychain survives a restart, for
 * the key kept in the data folder. Node's own crypto: nothing to add.
 */
export const WRAP_FORMAT = 'outpost.wrapped-key';

const SCRYPT = { N: 2 ** 17, r: 8, p: 1 } as const;

export const wrappedKeySchema = z.object({
  format: z.literal(WRAP_FORMAT),
  version: z.literal(1),
  kdf: z.object({
    name: z.literal('scrypt'),
    N: z
      .number()
      .int()
      .min(2 ** 14)
      .max(2 ** 22),
    r: z.number().int().min(1).max(32),
    p: z.number().int().min(1).max(16),
    salt: z.string().min(16),
  }),
  cipher: z.literal('aes-256-gcm'),
  iv: z.string().min(16),
  sealed: z.string().min(16),
});
export type WrappedKey = z.infer<typeof wrappedKeySchema>;

export class WrongPassphraseError extends Error {
  constructor() {
    super('That passphrase does not open this key.');
    this.name = 'WrongPassphraseError';
  }
}

function derive(passphrase: string, salt: Buffer, params: { N: number; r: number; p: number }): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(
      passphrase.normalize('NFC'),
      salt,
      32,
      { ...params, maxmem: 256 * params.N * params.r + 16 * 1024 * 1024 },
      (error, key) => (error ? reject(error) : resolve(key)),
    ),
  );
}

export async function wrapKey(dataKey: Buffer, passphrase: string): Promise<WrappedKey> {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const kek = await derive(passphrase, salt, SCRYPT);
  const cipher = createCipheriv('aes-256-gcm', kek, iv);
  cipher.setAAD(Buffer.from(WRAP_FORMAT));
  const sealed = Buffer.concat([cipher.update(dataKey), cipher.final(), cipher.getAuthTag()]);
  return {
    format: WRAP_FORMAT,
    version: 1,
    kdf: { name: 'scrypt', ...SCRYPT, salt: salt.toString('base64') },
    cipher: 'aes-256-gcm',
    iv: iv.toString('base64'),
    sealed: sealed.toString('base64'),
  };
}

export async function unwrapKey(wrapped: WrappedKey, passphrase: string): Promise<Buffer> {
  const { salt, N, r, p } = wrapped.kdf;
  const kek = await derive(passphrase, Buffer.from(salt, 'base64'), { N, r, p });
  const sealed = Buffer.from(wrapped.sealed, 'base64');
  const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(wrapped.iv, 'base64'));
  decipher.setAAD(Buffer.from(WRAP_FORMAT));
  decipher.setAuthTag(sealed.subarray(sealed.length - 16));
  try {
    return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - 16)), decipher.final()]);
  } catch {
    throw new WrongPassphraseError();
  }
}
