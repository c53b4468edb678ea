import { z } from 'zod';
import { BACKUP_FORMAT } from '../../../../common/capture';
import { defineMessages, said } from '../../../../common/i18n/phrase';
import { failSaying, ok, type Result } from '../../../../common/result';

/**
 * The full backup leaves the laptop, so it is encrypted with a passphrase the
 * user types: an envelope around the backup document (whose own versions and
 * migrations are untouched inside it). PBKDF2-SHA-256 with 600,000 iterations
 * (OWASP's figure) and AES-256-GCM, both from WebCrypto: outside a database
 * transaction, the browser's native, audited implementation is the right one.
 */
export const ENCRYPTED_BACKUP_FORMAT = 'outpost.encrypted-backup';
const ITERATIONS = 600_000;

const envelopeSchema = z.strictObject({
  format: z.literal(ENCRYPTED_BACKUP_FORMAT),
  version: z.literal(1),
  kdf: z.strictObject({
    name: z.literal('PBKDF2-SHA-256'),
    iterations: z.int().min(100_000).max(10_000_000),
    salt: z.string().min(16),
  }),
  cipher: z.literal('AES-256-GCM'),
  iv: z.string().min(16),
  data: z.string(),
});

const encoder = new TextEncoder();

const words = defineMessages({
  damaged: {
    id: 'capture.restore.refusal.envelopeDamaged',
    defaultMessage: 'This encrypted backup is damaged or incomplete. Nothing was restored.',
  },
  wrongPassphrase: {
    id: 'capture.restore.refusal.wrongPassphrase',
    defaultMessage: 'That passphrase does not open this backup. Nothing was restored; try again.',
  },
});

async function keyFrom(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): ReturnType<typeof crypto.subtle.deriveKey> {
  const material = await crypto.subtle.importKey('raw', encoder.encode(passphrase.normalize('NFC')), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

export async function sealBackup(document: string, passphrase: string): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await keyFrom(passphrase, salt, ITERATIONS);
  const additionalData = encoder.encode(ENCRYPTED_BACKUP_FORMAT);
  const sealed = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData }, key, encoder.encode(document)),
  );
  return JSON.stringify({
    format: ENCRYPTED_BACKUP_FORMAT,
    version: 1,
    kdf: { name: 'PBKDF2-SHA-256', iterations: ITERATIONS, salt: toBase64(salt) },
    cipher: 'AES-256-GCM',
    iv: toBase64(iv),
    data: toBase64(sealed),
  });
}

/** What a chosen file is: an encrypted backup (needs the passphrase), an earlier plain one, or neither. */
export function backupKind(text: string): 'encrypted' | 'plain' | 'unknown' {
  const head = text.slice(0, 200);
  if (head.includes(`"${ENCRYPTED_BACKUP_FORMAT}"`)) return 'encrypted';
  if (head.includes(`"${BACKUP_FORMAT}"`)) return 'plain';
  return 'unknown';
}

/** The backup document inside an encrypted file; an earlier, unencrypted backup passes as it is. */
export async function openBackupFile(text: string, passphrase: string): Promise<Result<string>> {
  if (backupKind(text) !== 'encrypted') return ok(text);
  let envelope: z.infer<typeof envelopeSchema>;
  try {
    envelope = envelopeSchema.parse(JSON.parse(text));
  } catch {
    return failSaying('backup-invalid', said(words.damaged));
  }
  const key = await keyFrom(passphrase, fromBase64(envelope.kdf.salt), envelope.kdf.iterations);
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(envelope.iv), additionalData: encoder.encode(ENCRYPTED_BACKUP_FORMAT) },
      key,
      fromBase64(envelope.data),
    );
    return ok(new TextDecoder().decode(plain));
  } catch {
    return failSaying('wrong-passphrase', said(words.wrongPassphrase));
  }
}

/** Base64 in slices: a backup of 100,000 responses is far larger than one call's argument list. */
function toBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += 0x8000)
    parts.push(String.fromCharCode(...bytes.subarray(start, start + 0x8000)));
  return btoa(parts.join(''));
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}
