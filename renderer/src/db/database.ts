import Dexie, { type EntityTable, type Table } from 'dexie';
import type { OutboxItem } from '../../../common/outbox/outbox-item';
import { upgradeStoredSurvey } from '../../../common/capture/legacy';
import { searchWordsOf } from '../../../common/capture/search';
import { answersSchema } from '../../../common/capture/answers';
import { draftSearchTextOf } from '../../../common/capture/respondent-label';
import type { DraftRow, ResponseRow, SurveyRow } from '../capture/rows';
import type { ImportJournalRow, ImportRunRow } from '../roster/import/import-runs';
import type { MembershipRow, RespondentRow, RosterListRow } from '../roster/rows';
import type { FieldCipher } from './vault/field-cipher';
import { openRowSealedEarlier, sealingMiddleware, sealRowsAhead, type Row } from './vault/sealing-middleware';
import { currentCipher } from './vault/vault';

/**
 * Rows of the capture and roster features are declared by those features
 * (renderer/src/capture, renderer/src/roster) and typed there; the schema (which
 * tables, which indexes) lives here so that every version and its migration sit in
 * one place. Never edit a published version: add a new one with an upgrade.
 */
export interface StoredRow {
  id: string;
}

export class OutpostDatabase extends Dexie {
  outbox!: EntityTable<OutboxItem, 'id'>;
  surveys!: EntityTable<SurveyRow, 'id'>;
  drafts!: EntityTable<DraftRow, 'id'>;
  responses!: EntityTable<ResponseRow, 'id'>;
  rosterLists!: EntityTable<RosterListRow, 'id'>;
  respondents!: EntityTable<RespondentRow, 'id'>;
  memberships!: EntityTable<MembershipRow, 'id'>;
  settings!: EntityTable<StoredRow, 'id'>;
  importRuns!: EntityTable<ImportRunRow, 'id'>;
  importJournal!: EntityTable<ImportJournalRow, 'id'>;

  constructor(
    name = 'outpost',
    /** The data key's cipher; also what blind-index lookups hash their terms with. */
    readonly cipherOf: () => FieldCipher = currentCipher,
  ) {
    super(name);
    // Every row passes the sealing codec on its way to and from IndexedDB (see vault/sealing-middleware).
    this.use(sealingMiddleware(cipherOf));
    this.version(1).stores({
      outbox: 'id, state, service, accountId, createdAt, nextAttemptAt, [state+createdAt]',
      surveys: 'id, accountId, surveyId, fetchedAt',
      drafts: 'id, surveyKey, updatedAt',
      responses: 'id, surveyKey, state, finalizedAt, outboxId',
      rosterLists: 'id, accountId, groupId',
      respondents: 'id, accountId, username, [accountId+username]',
      memberships: 'id, listId, respondentId, [listId+respondentId]',
      settings: 'id',
    });
    // Capture: searchable words of each response, so the responses view finds one in 100,000 from keys alone.
    this.version(2)
      .stores({ responses: 'id, surveyKey, state, finalizedAt, outboxId, *searchWords' })
      .upgrade((tx) =>
        tx
          .table<ResponseRow, string>('responses')
          .toCollection()
          .modify((row) => {
            row.searchWords = searchWordsOf(row.searchText);
          }),
      );
    // Capture (issue 11): surveys stored in the older local format (exploded questions, invented type
    // names) become QuestionPro's real format. Drafts are not touched: their answers are keyed by the
    // IDs the converted survey answers under, so every draft opens and sends as before.
    this.version(3)
      .stores({})
      .upgrade((tx) =>
        tx
          .table<unknown, string>('surveys')
          .toCollection()
          .modify((row, ref) => {
            // A row that is not even recognisable as a survey is left exactly as it was.
            const upgraded = upgradeStoredSurvey(row);
            if (upgraded) ref.value = upgraded;
          }),
      );
    // Roster (issue 18): a roster import commits in chunks and keeps an undo journal until it has finished, so a
    // cancel, a failure or a closed window leaves nothing behind. [listId+outboxId] holds only queued memberships
    // (null is not a key), so "not queued yet" is two index counts instead of reading every row of the list.
    this.version(5).stores({
      memberships: 'id, listId, respondentId, [listId+respondentId], [listId+outboxId]',
      importRuns: 'id, listId',
      importJournal: 'id, runId',
    });
    // Issue 12: personal data sealed at rest. Same stores; every existing row is rewritten through the codec,
    // which seals what no index needs and turns search words into blind-index terms.
    this.version(6).upgrade(async (tx) => {
      for (const table of tx.db.tables) await resealAll(tx.table<StoredRow, string>(table.name));
    });
    // Issue 18: rows are sealed with AES-256-GCM instead of XChaCha20-Poly1305 (see FieldCipher), so that a
    // large import can seal natively. Same stores; every row is opened in the old format and sealed in the new.
    this.version(7).upgrade(async (tx) => {
      for (const table of tx.db.tables) await resealAll(tx.table<StoredRow, string>(table.name));
    });
    // Issue 14: drafts are found by who the respondent is, through a blind index like responses' (never plain
    // words). Existing drafts get their search text from their survey's contact answers, and are resealed.
    this.version(9)
      .stores({ drafts: 'id, surveyKey, updatedAt, *searchWords' })
      .upgrade(async (tx) => {
        const surveys = new Map(
          (await tx.table<SurveyRow, string>('surveys').toArray()).map((survey) => [survey.id, survey] as const),
        );
        await tx
          .table<Record<string, unknown>, string>('drafts')
          .toCollection()
          .modify((draft) => {
            // Read as stored, whatever an older version left: a part it cannot read just adds no words.
            const survey = surveys.get(String(draft['surveyKey']));
            const surveyName = typeof draft['surveyName'] === 'string' ? draft['surveyName'] : (survey?.name ?? '');
            const answers = answersSchema.safeParse(draft['answers']);
            draft['searchText'] = draftSearchTextOf(
              surveyName,
              survey?.questions ?? [],
              answers.success ? answers.data : {},
            );
          });
      });
    // Survey definitions are stored in the clear (see outpostSealPolicy): every survey sealed by an earlier
    // version is opened and written back as it is. Drafts, responses and the outbox stay sealed.
    this.version(10).upgrade((tx) => {
      const schema = tx.db.core.table('surveys').schema;
      return tx
        .table<unknown, string>('surveys')
        .toCollection()
        .modify((row, ref) => {
          ref.value = openRowSealedEarlier(schema, 'surveys', cipherOf(), row);
        });
    });
  }

  /**
   * Rows of `table` sealed ahead of the transaction that writes them, natively (see sealRowsAhead), for
   * bulk writes: to be written as they are, through db.table(table.name).
   */
  async sealAhead<T extends StoredRow>(table: Pick<Table<T, string>, 'name'>, rows: readonly T[]): Promise<Row[]> {
    if (!this.isOpen()) await this.open();
    return sealRowsAhead(this.core.table(table.name).schema, table.name, this.cipherOf(), rows);
  }
}

/** Rows are rewritten a slice at a time: a 100,000-response table never sits in memory at once. */
const RESEAL_SLICE = 2_000;

async function resealAll(table: Table<StoredRow, string>): Promise<void> {
  let after: string | undefined;
  for (;;) {
    const slice: StoredRow[] = await (after === undefined ? table.orderBy(':id') : table.where(':id').above(after))
      .limit(RESEAL_SLICE)
      .toArray();
    if (slice.length === 0) return;
    await table.bulkPut(slice);
    after = slice[slice.length - 1]?.id;
  }
}

export const database = new OutpostDatabase();
