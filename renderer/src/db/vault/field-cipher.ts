import { gcm } from '@noble/ciphers/aes.js';
import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import { hkdf } from '@noble/hashes/hkdf.js';
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';

/**
 * Seals and opens the personal part of a row, and makes blind-index terms.
 *
 * Rows are sealed with AES-256-GCM (format 2), the row's table and key as
 * associated data, so a sealed blob copied into another row does not open.
 * AES-GCM because the browser has it natively: a roster import seals 1.5
 * million rows, and WebCrypto seals them several times faster than any cipher
 * in JavaScript, ahead of the write and off the thread that parses the file
 * (sealMany). What is sealed inside a transaction (one row at a time: a
 * finalized response, an edit, an upgrade) and every open must be synchronous,
 * because an IndexedDB transaction commits by itself at the first await on
 * anything that is not IndexedDB: those use the same algorithm from
 * @noble/ciphers (audited, no dependencies), so there is one format however a
 * row was written. Random 96-bit nonces keep one key within NIST's bound
 * (SP 800-38D: 2^32 seals) for thousands of imports of 1.5 million rows.
 *
 * Format 1 (XChaCha20-Poly1305, written by database version 6) is only opened
 * now: the version 7 upgrade seals every row again in format 2.
 */
const XCHACHA_FORMAT = 1;
const AES_GCM_FORMAT = 2;
const XCHACHA_NONCE_BYTES = 24;
const GCM_NONCE_BYTES = 12;
const TAG_BYTES = 16;
const TERM_BYTES = 9;
export const DATA_KEY_BYTES = 32;
/** WebCrypto's getRandomValues gives at most 65,536 bytes per call. */
const NONCES_PER_DRAW = Math.floor(65_536 / GCM_NONCE_BYTES);

export class SealedRowError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SealedRowError';
  }
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

/** What a row seals: its hidden fields by name, or packed by position (see sealing-middleware's packedFields). */
export type SealedPayload = Record<string, unknown> | unknown[];

export interface SealRequest {
  fields: SealedPayload;
  context: string;
}

export class FieldCipher {
  private readonly xchachaKey: Uint8Array;
  private readonly gcmKey: Uint8Array;
  private nativeKey: ReturnType<typeof crypto.subtle.importKey> | undefined;
  private readonly termMac: ReturnType<typeof hmac.create>;

  constructor(dataKey: Uint8Array) {
    if (dataKey.length !== DATA_KEY_BYTES) throw new SealedRowError('The data key must be 32 bytes.');
    // One key, several purposes: HKDF gives each its own subkey, so a term never says anything about a seal.
    this.xchachaKey = hkdf(sha256, dataKey, undefined, encoder.encode('outpost/row-seal/v1'), 32);
    this.gcmKey = hkdf(sha256, dataKey, undefined, encoder.encode('outpost/row-seal/v2'), 32);
    this.termMac = hmac.create(sha256, hkdf(sha256, dataKey, undefined, encoder.encode('outpost/blind-index/v1'), 32));
  }

  /** One row, synchronously (inside a transaction). */
  seal(fields: SealedPayload, context: string): Uint8Array {
    const nonce = crypto.getRandomValues(new Uint8Array(GCM_NONCE_BYTES));
    return framed(
      nonce,
      gcm(this.gcmKey, nonce, encoder.encode(context)).encrypt(encoder.encode(JSON.stringify(fields))),
    );
  }

  /** Many rows, natively, before the transaction that stores them; the same format as seal(). */
  async sealMany(requests: readonly SealRequest[]): Promise<Uint8Array[]> {
    this.nativeKey ??= crypto.subtle.importKey('raw', new Uint8Array(this.gcmKey), 'AES-GCM', false, ['encrypt']);
    const key = await this.nativeKey;
    let nonces = new Uint8Array(0);
    return Promise.all(
      requests.map(async ({ fields, context }, index) => {
        const at = index % NONCES_PER_DRAW;
        if (at === 0) nonces = crypto.getRandomValues(new Uint8Array(NONCES_PER_DRAW * GCM_NONCE_BYTES));
        const nonce = nonces.slice(at * GCM_NONCE_BYTES, (at + 1) * GCM_NONCE_BYTES);
        const sealed = await crypto.subtle.encrypt(
          { name: 'AES-GCM', iv: nonce, additionalData: encoder.encode(context) },
          key,
          encoder.encode(JSON.stringify(fields)),
        );
        return framed(nonce, new Uint8Array(sealed));
      }),
    );
  }

  open(blob: Uint8Array, context: string): SealedPayload {
    const format = blob[0];
    const nonceBytes = format === AES_GCM_FORMAT ? GCM_NONCE_BYTES : XCHACHA_NONCE_BYTES;
    if ((format !== AES_GCM_FORMAT && format !== XCHACHA_FORMAT) || blob.length < 1 + nonceBytes + TAG_BYTES)
      throw new SealedRowError('A stored row is not in a format this version of Outpost reads.');
    const nonce = blob.subarray(1, 1 + nonceBytes);
    const aad = encoder.encode(context);
    let plain: Uint8Array;
    try {
      const cipher =
        format === AES_GCM_FORMAT ? gcm(this.gcmKey, nonce, aad) : xchacha20poly1305(this.xchachaKey, nonce, aad);
      plain = cipher.decrypt(blob.subarray(1 + nonceBytes));
    } catch {
      throw new SealedRowError('A stored row could not be opened with this computer’s data key.');
    }
    return JSON.parse(decoder.decode(plain)) as SealedPayload;
  }

  /** A keyed hash of a search term: equal terms give equal hashes, and nothing else can be learnt from it. */
  term(text: string): string {
    const mac = this.termMac.clone();
    mac.update(encoder.encode(text));
    return base64Url(mac.digest().subarray(0, TERM_BYTES));
  }
}

function framed(nonce: Uint8Array, sealed: Uint8Array): Uint8Array {
  const out = new Uint8Array(1 + nonce.length + sealed.length);
  out[0] = AES_GCM_FORMAT;
  out.set(nonce, 1);
  out.set(sealed, 1 + nonce.length);
  return out;
}

function base64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
