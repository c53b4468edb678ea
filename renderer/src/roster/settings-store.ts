import { z } from 'zod';
import { DEFAULT_ADD_BATCH_SIZE, clampBatchSize } from '../../../common/roster/batching';
import { columnMappingSchema, type ColumnMapping } from '../../../common/roster/column-mapping';
import { sampleFieldConfigListSchema, type SampleFieldConfig } from '../../../common/roster/respondent';
import type { OutpostDatabase, StoredRow } from '../db/database';

/**
 * Roster preferences in the shared `settings` table, one row per key, with the
 * value checked by zod when read back (the table is shared and outlives versions).
 */
interface SettingRow extends StoredRow {
  value: unknown;
}

const settingRowSchema = z.object({ id: z.string(), value: z.unknown() });

const keys = {
  mapping: (signature: string) => `roster.column-mapping:${signature}`,
  sampleFields: (accountId: string) => `roster.sample-fields:${accountId}`,
  batchSize: 'roster.add-batch-size',
};

async function read<T>(db: OutpostDatabase, id: string, schema: z.ZodType<T>): Promise<T | null> {
  const row = settingRowSchema.safeParse(await db.settings.get(id));
  if (!row.success) return null;
  const value = schema.safeParse(row.data.value);
  return value.success ? value.data : null;
}

async function write(db: OutpostDatabase, id: string, value: unknown): Promise<void> {
  const row: SettingRow = { id, value };
  await db.settings.put(row);
}

export const loadMapping = (db: OutpostDatabase, signature: string): Promise<ColumnMapping | null> =>
  read(db, keys.mapping(signature), columnMappingSchema);
export const saveMapping = (db: OutpostDatabase, signature: string, mapping: ColumnMapping): Promise<void> =>
  write(db, keys.mapping(signature), mapping);

export const loadSampleFields = async (db: OutpostDatabase, accountId: string): Promise<SampleFieldConfig[]> =>
  (await read(db, keys.sampleFields(accountId), sampleFieldConfigListSchema)) ?? [];
/** Whether the account's sample fields were ever declared (an empty list counts: the user removed them). */
export const hasSampleFields = async (db: OutpostDatabase, accountId: string): Promise<boolean> =>
  (await db.settings.get(keys.sampleFields(accountId))) !== undefined;
export const saveSampleFields = (db: OutpostDatabase, accountId: string, fields: SampleFieldConfig[]): Promise<void> =>
  write(db, keys.sampleFields(accountId), fields);

export const loadBatchSize = async (db: OutpostDatabase): Promise<number> =>
  clampBatchSize((await read(db, keys.batchSize, z.number())) ?? DEFAULT_ADD_BATCH_SIZE);
export const saveBatchSize = (db: OutpostDatabase, size: number): Promise<void> =>
  write(db, keys.batchSize, clampBatchSize(size));
