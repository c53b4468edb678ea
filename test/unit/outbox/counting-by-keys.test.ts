import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OutboxItem } from '../../../common/outbox/outbox-item';
import { acceptedStates, waitingStates } from '../../../common/outbox/states';
import { OutpostDatabase } from '../../../renderer/src/db/database';
import { FieldCipher, type SealedPayload } from '../../../renderer/src/db/vault/field-cipher';
import { DexieOutboxStore } from '../../../renderer/src/outbox/dexie-outbox-store';
import { responseItem } from '../../support/sync-world';

/** A cipher that counts how many sealed rows it opened. */
class CountingCipher extends FieldCipher {
  opened = 0;
  override open(blob: Uint8Array, context: string): SealedPayload {
    this.opened += 1;
    return super.open(blob, context);
  }
}

const items = (state: OutboxItem['state'], count: number, from: number): OutboxItem[] =>
  Array.from({ length: count }, (_, index) => ({ ...responseItem('acct', from + index), state }));

describe('counting outbox items', () => {
  it('counts items in several states from the state index alone, opening no row', async () => {
    const cipher = new CountingCipher(crypto.getRandomValues(new Uint8Array(32)));
    const database = new OutpostDatabase(`counting-${crypto.randomUUID()}`, () => cipher);
    await database.open();
    await database.outbox.bulkAdd([
      ...items('queued', 30, 1_000),
      ...items('retry-wait', 5, 2_000),
      ...items('delivered', 40, 3_000),
      ...items('import-started', 2, 4_000),
      ...items('needs-attention', 3, 5_000),
    ]);
    const store = new DexieOutboxStore(database);
    cipher.opened = 0;

    expect(await store.countIn(waitingStates)).toBe(35);
    expect(await store.countIn(acceptedStates)).toBe(42);
    expect(await store.countIn(['needs-attention'])).toBe(3);
    expect(await store.countIn([])).toBe(0);
    // Dexie counts an anyOf() by walking a cursor over whole rows: every item would be opened (decrypted) just to
    // be counted, 100,000 of them for the delivered count of a season's outbox.
    expect(cipher.opened).toBe(0);
    database.close();
    await database.delete();
  });

  it('no renderer code counts through anyOf(), which opens every row it counts', () => {
    const root = resolve(import.meta.dirname, '../../../renderer/src');
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) => /\.tsx?$/.test(file));
    expect(files.length).toBeGreaterThan(50);
    const offenders = files.filter((file) =>
      /\.anyOf\([^;]*?\)\s*\.count\(\)/s.test(readFileSync(join(root, file), 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});
