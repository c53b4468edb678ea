import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { OutpostDatabase } from '../../../renderer/src/db/database';
import { FieldCipher, SealedRowError } from '../../../renderer/src/db/vault/field-cipher';
import { outpostSealPolicy, SEALED_FIELD, sealingMiddleware } from '../../../renderer/src/db/vault/sealing-middleware';
import type { RespondentRow } from '../../../renderer/src/roster/rows';

let counter = 0;
const freshName = (): string => `packed-rows-${process.pid}-${++counter}`;
const contextOf = (id: string): string => `respondents\u0000${JSON.stringify(id)}`;

const respondent = (username: string): RespondentRow => ({
  id: `acct-q:${username}`,
  accountId: 'acct-q',
  username,
  phonenumber: '+254700000001',
  email: `${username}@example.org`,
  sampleFields: { site_code: 'SITE-1', age: '34' },
  updatedAt: 1_764_600_000_000,
});

/** The stored (sealed) form of one respondent, read past the codec. */
async function storedRow(name: string, id: string): Promise<Record<string, unknown>> {
  const raw = new Dexie(name);
  await raw.open();
  const row = (await raw.table('respondents').get(id)) as Record<string, unknown> | undefined;
  raw.close();
  if (!row) throw new Error(`no stored row ${id}`);
  return row;
}

async function createdDatabase(cipher: FieldCipher): Promise<string> {
  const name = freshName();
  const db = new OutpostDatabase(name, () => cipher);
  await db.open();
  db.close();
  return name;
}

describe('respondents sealed by position', () => {
  it('seals no field name, one by one or ahead, and reads back every field', async () => {
    const cipher = new FieldCipher(crypto.getRandomValues(new Uint8Array(32)));
    const name = await createdDatabase(cipher);
    const db = new OutpostDatabase(name, () => cipher);
    const one = respondent('one');
    const ahead = respondent('ahead');
    await db.respondents.add(one);
    await db.table('respondents').bulkAdd(await db.sealAhead(db.respondents, [ahead]));
    expect(await db.respondents.get(one.id)).toEqual(one);
    expect(await db.respondents.get(ahead.id)).toEqual(ahead);
    db.close();

    for (const row of [one, ahead]) {
      const stored = await storedRow(name, row.id);
      const payload = cipher.open(stored[SEALED_FIELD] as Uint8Array, contextOf(row.id));
      expect(Array.isArray(payload)).toBe(true);
      const plain = JSON.stringify(payload);
      for (const field of ['phonenumber', 'email', 'sampleFields', 'updatedAt']) expect(plain).not.toContain(field);
      expect(plain).toContain(row.email);
    }
  });

  it('is shorter than the same row sealed by name by the names it leaves out, less a few digits', async () => {
    const cipher = new FieldCipher(crypto.getRandomValues(new Uint8Array(32)));
    const row = respondent('short');
    const byName = sealingMiddleware(() => cipher, { ...outpostSealPolicy, packedFields: {} });
    const name = await createdDatabase(cipher);
    const old = new Dexie(name);
    old.use(byName);
    await old.open();
    await old.table('respondents').add(row);
    old.close();
    const byNameBytes = (await storedRow(name, row.id))[SEALED_FIELD] as Uint8Array;

    const db = new OutpostDatabase(name, () => cipher);
    await db.respondents.put({ ...row });
    db.close();
    const packedBytes = (await storedRow(name, row.id))[SEALED_FIELD] as Uint8Array;
    const names = '"phonenumber":"email":"sampleFields":"updatedAt":'.length;
    // What it adds instead: which of the four are present ("15,").
    const presence = '15,'.length;
    expect(packedBytes.length).toBeLessThanOrEqual(byNameBytes.length - names + presence);
  });

  it('still opens a respondent sealed by name, as version 9 wrote them', async () => {
    const cipher = new FieldCipher(crypto.getRandomValues(new Uint8Array(32)));
    const name = await createdDatabase(cipher);
    const old = new Dexie(name);
    old.use(sealingMiddleware(() => cipher, { ...outpostSealPolicy, packedFields: {} }));
    await old.open();
    const row = respondent('older');
    await old.table('respondents').add(row);
    old.close();
    const payload = cipher.open((await storedRow(name, row.id))[SEALED_FIELD] as Uint8Array, contextOf(row.id));
    expect(Array.isArray(payload)).toBe(false);

    const db = new OutpostDatabase(name, () => cipher);
    expect(await db.respondents.get(row.id)).toEqual(row);
    db.close();
  });

  it('keeps a field the layout does not name, and leaves an absent field absent', async () => {
    const cipher = new FieldCipher(crypto.getRandomValues(new Uint8Array(32)));
    const name = await createdDatabase(cipher);
    const db = new OutpostDatabase(name, () => cipher);
    const withoutEmail: Partial<RespondentRow> = respondent('extra');
    delete withoutEmail.email;
    const row = { ...withoutEmail, id: 'acct-q:extra', note: 'added by a later feature', flags: [1, null] };
    await db.table('respondents').add(row);
    const read = (await db.table('respondents').get(row.id)) as Record<string, unknown>;
    expect(read).toEqual(row);
    expect(read).not.toHaveProperty('email');
    db.close();
    const stored = await storedRow(name, row.id);
    expect(Object.keys(stored).sort()).toEqual(['accountId', 'id', SEALED_FIELD, 'username']);
  });

  it('refuses a packed part that does not fit the layout instead of reading shifted fields', async () => {
    const cipher = new FieldCipher(crypto.getRandomValues(new Uint8Array(32)));
    const name = await createdDatabase(cipher);
    const raw = new Dexie(name);
    await raw.open();
    const forged = (id: string, payload: unknown[]): Record<string, unknown> => ({
      id,
      accountId: 'acct-q',
      username: id,
      [SEALED_FIELD]: cipher.seal(payload, contextOf(id)),
    });
    await raw.table('respondents').bulkAdd([
      // Says four fields are present but holds two values.
      forged('too-few', [0b1111, '+254700000001', 'a@example.org']),
      // Names a fifth position the layout does not have.
      forged('unknown-bit', [0b10000, 'x']),
      // One value too many, and not an object of other fields.
      forged('too-many', [0b0001, '+254700000001', 'stray']),
    ]);
    raw.close();
    const db = new OutpostDatabase(name, () => cipher);
    for (const id of ['too-few', 'unknown-bit', 'too-many'])
      await expect(db.respondents.get(id)).rejects.toBeInstanceOf(SealedRowError);
    db.close();
  });
});
