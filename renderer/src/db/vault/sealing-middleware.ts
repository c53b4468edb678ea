import type { DBCore, DBCoreCursor, DBCoreTable, DBCoreTableSchema, Middleware } from 'dexie';
import { searchWordsOf } from '../../../../common/capture/search';
import { blindTermsOf } from './blind-index';
import { SealedRowError, type FieldCipher, type SealedPayload } from './field-cipher';

/** Where a row keeps its sealed fields. */
export const SEALED_FIELD = 'sealed';

/**
 * Which tables hold nothing about a person (list names, memberships: ids and
 * times), which fields of a sealed table are only identifiers no index needs,
 * and which multi-entry index is a blind index over a sealed text.
 * Everything else follows one rule: a row keeps in the clear only what its
 * indexes need (its key, its indexed fields) and the identifiers named here;
 * every other field is sealed. A field a feature adds later is therefore
 * sealed unless it is indexed or named here.
 */
export interface SealPolicy {
  plainTables: ReadonlySet<string>;
  clearFields: Readonly<Record<string, readonly string[]>>;
  blindIndexes: Readonly<Record<string, { field: string; source: string }>>;
  /**
   * Hidden fields sealed by position instead of by name (see packHidden), for tables with millions of rows.
   * APPEND ONLY: stored rows read their values by position, so a name once listed keeps its place for ever.
   */
  packedFields: Readonly<Record<string, readonly string[]>>;
}

export const outpostSealPolicy: SealPolicy = {
  // Survey definitions (questions, choices, sections, logic: what QuestionPro sends, no answer in them) since
  // version 10: finishing a response reads its survey inside the transaction, and a survey of a few hundred
  // questions cost more to open than the response did to seal (bench:capture). Version 10 opens those sealed before.
  plainTables: new Set(['rosterLists', 'memberships', 'surveys']),
  clearFields: {
    // The import journal's lists of respondent and membership ids (account id and QMob username, plain in
    // respondents and memberships anyway) and outbox ids: a chunk of 5,000 rows lists 5,000 ids, which sealed
    // inside the chunk's transaction (synchronously, in JavaScript) cost more than sealing the rows themselves.
    // The respondents the journal keeps as they were (replacedRespondents) stay sealed.
    importJournal: ['createdMembers', 'createdRespondents', 'requeued'],
  },
  blindIndexes: {
    responses: { field: 'searchWords', source: 'searchText' },
    drafts: { field: 'searchWords', source: 'searchText' },
  },
  packedFields: {
    // A roster import writes 1.5 million of these: sealed by name, the field names were half of every sealed
    // part, and a sealed part cannot be compressed as IndexedDB compresses plain rows (bench:import, issue 18).
    respondents: ['phonenumber', 'email', 'sampleFields', 'updatedAt'],
  },
};

export type Row = Record<string, unknown>;

/**
 * The codec at the row boundary, as a Dexie DBCore middleware placed closest to
 * IndexedDB: everything above it (features, live queries, hooks, Dexie's cache)
 * sees plain rows; IndexedDB sees only sealed ones. Synchronous on purpose (see
 * FieldCipher). A row without a sealed part is one written before encryption:
 * it is read as it is, which only the version 6 upgrade still meets. A row
 * that arrives sealed already was sealed ahead (sealRowsAhead) and goes down
 * as it is; it may hold nothing but what its indexes need besides its sealed part.
 */
export function sealingMiddleware(
  cipherOf: () => FieldCipher,
  policy: SealPolicy = outpostSealPolicy,
): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'OutpostSealing',
    level: -10,
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name: string): DBCoreTable => {
        const table = down.table(name);
        if (policy.plainTables.has(name)) return table;
        return sealedTable(
          table,
          new RowCodec(
            name,
            table.schema,
            cipherOf,
            policy.blindIndexes[name],
            policy.clearFields[name],
            policy.packedFields[name],
          ),
        );
      },
    }),
  };
}

class RowCodec {
  private readonly plain: ReadonlySet<string>;
  private readonly keyField: string;

  constructor(
    private readonly tableName: string,
    schema: DBCoreTableSchema,
    private readonly cipherOf: () => FieldCipher,
    private readonly blind: { field: string; source: string } | undefined,
    clearFields: readonly string[] = [],
    private readonly packed: readonly string[] = [],
  ) {
    const keyPaths = [schema.primaryKey, ...schema.indexes].flatMap((index) =>
      index.keyPath === null ? [] : Array.isArray(index.keyPath) ? index.keyPath : [index.keyPath],
    );
    this.plain = new Set([...keyPaths.map((path) => path.split('.')[0] ?? path), ...clearFields]);
    const primary = schema.primaryKey.keyPath;
    if (typeof primary !== 'string') throw new Error(`Table ${tableName}: sealing needs one inline primary key.`);
    this.keyField = primary;
  }

  private context(row: Row): string {
    return `${this.tableName}\u0000${JSON.stringify(row[this.keyField])}`;
  }

  /** What stays in the clear (with the blind-index terms) and what is to be sealed. */
  private split(value: object, cipher: FieldCipher): { clear: Row; hidden: Row } {
    const clear: Row = {};
    const hidden: Row = {};
    for (const [field, fieldValue] of Object.entries(value)) {
      if (field === SEALED_FIELD) continue;
      if (this.blind?.field === field) continue;
      if (this.plain.has(field)) clear[field] = fieldValue;
      else hidden[field] = fieldValue;
    }
    if (this.blind) {
      const source: unknown = Reflect.get(value, this.blind.source);
      clear[this.blind.field] = typeof source === 'string' ? blindTermsOf(cipher, source) : [];
    }
    return { clear, hidden };
  }

  seal(value: unknown): unknown {
    if (!isRow(value)) return value;
    if (value[SEALED_FIELD] instanceof Uint8Array) return this.sealedAhead(value);
    const cipher = this.cipherOf();
    const { clear, hidden } = this.split(value, cipher);
    clear[SEALED_FIELD] = cipher.seal(packHidden(hidden, this.packed), this.context(value));
    return clear;
  }

  /** The same rows as seal() gives, sealed natively in one go (see FieldCipher.sealMany). */
  async sealAhead(values: readonly object[]): Promise<Row[]> {
    const cipher = this.cipherOf();
    const parts = values.map((value) => this.split(value, cipher));
    const sealed = await cipher.sealMany(
      parts.map(({ clear, hidden }) => ({ fields: packHidden(hidden, this.packed), context: this.context(clear) })),
    );
    return parts.map(({ clear }, index) => ({ ...clear, [SEALED_FIELD]: sealed[index] }));
  }

  /** A row sealed ahead: it goes down as it is, provided nothing personal was added to it since. */
  private sealedAhead(value: Row): Row {
    for (const field of Object.keys(value))
      if (field !== SEALED_FIELD && field !== this.blind?.field && !this.plain.has(field))
        throw new Error(`Table ${this.tableName}: a row sealed ahead also holds ${field} in the clear.`);
    return value;
  }

  open(value: unknown): unknown {
    if (!isRow(value) || !(value[SEALED_FIELD] instanceof Uint8Array)) return value;
    const { [SEALED_FIELD]: blob, ...clear } = value;
    const row: Row = {
      ...clear,
      ...unpackHidden(this.cipherOf().open(blob as Uint8Array, this.context(value)), this.packed),
    };
    if (this.blind) {
      // Above this layer the row looks as it always did: its plain words, derived from the opened text.
      const source = row[this.blind.source];
      row[this.blind.field] = typeof source === 'string' ? searchWordsOf(source) : [];
    }
    return row;
  }
}

/**
 * Seals rows of `tableName` before the transaction that stores them, natively
 * and off the thread's critical path, for bulk writes (a roster import): the
 * rows come back as IndexedDB will hold them, to be written as they are. A
 * table that holds nothing personal gets its rows back unchanged.
 */
export function sealRowsAhead(
  schema: DBCoreTableSchema,
  tableName: string,
  cipher: FieldCipher,
  rows: readonly object[],
  policy: SealPolicy = outpostSealPolicy,
): Promise<Row[]> {
  if (policy.plainTables.has(tableName)) return Promise.resolve(rows.map((row): Row => ({ ...row })));
  return new RowCodec(
    tableName,
    schema,
    () => cipher,
    policy.blindIndexes[tableName],
    policy.clearFields[tableName],
    policy.packedFields[tableName],
  ).sealAhead(rows);
}

/**
 * A row of `tableName` as the codec opens it, for a table that is stored in the
 * clear now but was sealed by an earlier version (its upgrade reads the rows raw).
 * A row that holds no sealed part is returned as it is.
 */
export function openRowSealedEarlier(
  schema: DBCoreTableSchema,
  tableName: string,
  cipher: FieldCipher,
  row: unknown,
): unknown {
  return new RowCodec(tableName, schema, () => cipher, undefined).open(row);
}

/**
 * The hidden fields as sealed: by name when the table packs none, otherwise
 * [which of `packed` are present (one bit per position), their values in order,
 * then an object of any other hidden field if there is one]. Inside the seal,
 * so which fields a row has is as private as their values. An undefined field
 * is absent either way, as JSON has it.
 */
function packHidden(hidden: Row, packed: readonly string[]): SealedPayload {
  if (packed.length === 0) return hidden;
  let present = 0;
  const values: unknown[] = [];
  packed.forEach((field, position) => {
    const fieldValue = hidden[field];
    if (fieldValue === undefined) return;
    present |= 1 << position;
    values.push(fieldValue);
  });
  const rest = Object.entries(hidden).filter(
    ([field, fieldValue]) => fieldValue !== undefined && !packed.includes(field),
  );
  return rest.length > 0 ? [present, ...values, Object.fromEntries(rest)] : [present, ...values];
}

/** The hidden fields by name again, whichever way they were sealed (a row sealed before packing is by name). */
function unpackHidden(payload: SealedPayload, packed: readonly string[]): Row {
  if (!Array.isArray(payload)) return payload;
  const [present, ...values] = payload;
  const unreadable = (): SealedRowError =>
    new SealedRowError('A stored row is not in a format this version of Outpost reads.');
  if (typeof present !== 'number' || !Number.isInteger(present) || present < 0 || present >= 2 ** packed.length)
    throw unreadable();
  const row: Row = {};
  let next = 0;
  packed.forEach((field, position) => {
    if ((present & (1 << position)) === 0) return;
    if (next >= values.length) throw unreadable();
    row[field] = values[next];
    next += 1;
  });
  if (next === values.length) return row;
  const others = values[next];
  if (next + 1 !== values.length || !isRow(others)) throw unreadable();
  return { ...others, ...row };
}

const isRow = (value: unknown): value is Row =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array);

function sealedTable(table: DBCoreTable, codec: RowCodec): DBCoreTable {
  return {
    ...table,
    mutate: (request) =>
      request.type === 'add' || request.type === 'put'
        ? table.mutate({ ...request, values: request.values.map((value) => codec.seal(value)) })
        : table.mutate(request),
    // .then on the promises Dexie hands down, never async/await: Dexie carries its transaction zone on its own promises.
    get: (request) => table.get(request).then((value) => codec.open(value)),
    getMany: (request) => table.getMany(request).then((values) => values.map((value) => codec.open(value))),
    query: (request) =>
      table
        .query(request)
        .then((response) =>
          request.values ? { ...response, result: response.result.map((value) => codec.open(value)) } : response,
        ),
    openCursor: (request) =>
      table.openCursor(request).then((cursor) => (cursor && request.values ? openingCursor(cursor, codec) : cursor)),
  };
}

function openingCursor(cursor: DBCoreCursor, codec: RowCodec): DBCoreCursor {
  let seen: unknown;
  let opened: unknown;
  // The native cursor's getters refuse any other `this`: each one the layers above read is passed through.
  return Object.create(cursor, {
    key: { get: (): unknown => cursor.key },
    primaryKey: { get: (): unknown => cursor.primaryKey },
    value: {
      get: () => {
        const raw: unknown = cursor.value;
        if (raw !== seen) {
          seen = raw;
          opened = codec.open(raw);
        }
        return opened;
      },
    },
  }) as DBCoreCursor;
}
