import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import { hkdf } from '@noble/hashes/hkdf.js';
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';

/**
 * Seals and opens the personal part of a row, and makes blind-index terms.
 *
 * XChaCha20-Poly1305 from @noble/ciphers (audited, no dependencies) rather than
 * WebCrypto's AES-GCM: rows are sealed inside Dexie transactions, and an
 * IndexedDB transaction commits by itself at the first await on anything that
 * is not IndexedDB, so the cipher must be synchronous. A 24-byte random nonce
 * per row is safe at any number of rows (a 12-byte GCM nonce is not, past 2^32).
 * The row's table and id are authenticated with it, so a sealed blob copied
 * into another row does not open.
 */
const FORMAT_VERSION = 1;
const NONCE_BYTES = 24;
const TERM_BYTES = 9;
export const DATA_KEY_BYTES = 32;

export class SealedRowError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SealedRowError';
  }
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

export class FieldCipher {
  private readonly sealKey: Uint8Array;
  private readonly termMac: ReturnType<typeof hmac.create>;

  constructor(dataKey: Uint8Array) {
    if (dataKey.length !== DATA_KEY_BYTES) throw new SealedRowError('The data key must be 32 bytes.');
    // One key, two purposes: HKDF gives each its own subkey, so a term never says anything about a seal.
    this.sealKey = hkdf(sha256, dataKey, undefined, encoder.encode('outpost/row-seal/v1'), 32);
    this.termMac = hmac.create(sha256, hkdf(sha256, dataKey, undefined, encoder.encode('outpost/blind-index/v1'), 32));
  }

  seal(fields: Record<string, unknown>, context: string): Uint8Array {
    const nonce = crypto.getRandomValues(new Uint8Array(NONCE_BYTES));
    const sealed = xchacha20poly1305(this.sealKey, nonce, encoder.encode(context)).encrypt(
      encoder.encode(JSON.stringify(fields)),
    );
    const out = new Uint8Array(1 + NONCE_BYTES + sealed.length);
    out[0] = FORMAT_VERSION;
    out.set(nonce, 1);
    out.set(sealed, 1 + NONCE_BYTES);
    return out;
  }

  open(blob: Uint8Array, context: string): Record<string, unknown> {
    if (blob[0] !== FORMAT_VERSION || blob.length < 1 + NONCE_BYTES + 16)
      throw new SealedRowError('A stored row is not in a format this version of Outpost reads.');
    let plain: Uint8Array;
    try {
      plain = xchacha20poly1305(this.sealKey, blob.subarray(1, 1 + NONCE_BYTES), encoder.encode(context)).decrypt(
        blob.subarray(1 + NONCE_BYTES),
      );
    } catch {
      throw new SealedRowError('A stored row could not be opened with this computer’s data key.');
    }
    return JSON.parse(decoder.decode(plain)) as Record<string, unknown>;
  }

  /** A keyed hash of a search term: equal terms give equal hashes, and nothing else can be learnt from it. */
  term(text: string): string {
    const mac = this.termMac.clone();
    mac.update(encoder.encode(text));
    return base64Url(mac.digest().subarray(0, TERM_BYTES));
  }
}

function base64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
