/**
 * Bundled for the page by app-database.ts: the app's own database class and
 * codec, opened with the data key main hands the window, so tests can read
 * and seed rows that are sealed at rest.
 */
import { OutpostDatabase } from '../../../renderer/src/db/database';
import { FieldCipher } from '../../../renderer/src/db/vault/field-cipher';

async function open(): Promise<OutpostDatabase> {
  const state = await window.outpost?.operations['vault.open']({});
  if (!state?.ok || state.value.state !== 'open') throw new Error(`The vault is not open: ${JSON.stringify(state)}`);
  const key = Uint8Array.from(atob(state.value.key), (character) => character.charCodeAt(0));
  const cipher = new FieldCipher(key);
  const db = new OutpostDatabase('outpost', () => cipher);
  await db.open();
  return db;
}

Object.assign(globalThis, {
  outpostTestDatabase: {
    async read(table: string): Promise<unknown[]> {
      const db = await open();
      try {
        return await db.table(table).toArray();
      } finally {
        db.close();
      }
    },
    async write(table: string, rows: unknown[]): Promise<void> {
      const db = await open();
      try {
        await db.table(table).bulkPut(rows);
      } finally {
        db.close();
      }
    },
    async remove(table: string, ids: string[]): Promise<void> {
      const db = await open();
      try {
        await db.table(table).bulkDelete(ids);
      } finally {
        db.close();
      }
    },
  },
});
