import type { DBCore, DBCoreTableSchema, Middleware } from 'dexie';
import type { FieldCipher } from '../../renderer/src/db/vault/field-cipher';
import type { Row, SealPolicy } from '../../renderer/src/db/vault/sealing-middleware';

/**
 * Benchmarks only, never shipped: stands in for renderer/src/db/vault/sealing-middleware in the
 * renderer that bench:import and bench:capture build "without encryption" (see plaintext-build),
 * so the cost of sealing shows as the difference between the two runs. Same exports, nothing sealed.
 */
export const SEALED_FIELD = 'sealed';
export type { Row, SealPolicy };
export const outpostSealPolicy: SealPolicy = {
  plainTables: new Set(),
  clearFields: {},
  blindIndexes: {},
  packedFields: {},
};

export function sealingMiddleware(): Middleware<DBCore> {
  return { stack: 'dbcore', name: 'OutpostSealing', level: -10, create: (down: DBCore): DBCore => down };
}

export function sealRowsAhead(
  _schema: DBCoreTableSchema,
  _tableName: string,
  _cipher: FieldCipher,
  rows: readonly object[],
): Promise<Row[]> {
  return Promise.resolve(rows.map((row): Row => ({ ...row })));
}

export function openRowSealedEarlier(
  _schema: DBCoreTableSchema,
  _tableName: string,
  _cipher: FieldCipher,
  row: unknown,
): unknown {
  return row;
}
