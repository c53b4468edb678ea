import Dexie from 'dexie';

/** Every stored row of every table of database `name`, exactly as IndexedDB holds it: Dexie opened without the codec. */
export async function rawRows(name: string): Promise<Record<string, Record<string, unknown>[]>> {
  const raw = new Dexie(name);
  await raw.open();
  const out: Record<string, Record<string, unknown>[]> = {};
  for (const table of raw.tables) out[table.name] = (await table.toArray()) as Record<string, unknown>[];
  raw.close();
  return out;
}
