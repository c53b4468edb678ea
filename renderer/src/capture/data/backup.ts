import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  backupTables,
  parseBackup,
  type Backup,
  type BackupTable,
} from '../../../../common/capture';
import { defineMessages, said } from '../../../../common/i18n/phrase';
import { failSaying, ok, type Result } from '../../../../common/result';
import type { OutpostDatabase } from '../../db/database';
import { outboxStoreFor } from '../../outbox/dexie-outbox-store';
import { openBackupFile } from './backup-envelope';

export async function createBackup(db: OutpostDatabase, now: number): Promise<Backup> {
  return db.transaction(
    'r',
    backupTables.map((name) => db.table(name)),
    async () => {
      const read = async <T extends BackupTable>(name: T): Promise<Backup['tables'][T]> =>
        (await db.table(name).toArray()) as Backup['tables'][T];
      return {
        format: BACKUP_FORMAT,
        version: BACKUP_VERSION,
        createdAt: now,
        tables: {
          surveys: await read('surveys'),
          drafts: await read('drafts'),
          responses: await read('responses'),
          outbox: await read('outbox'),
          rosterLists: await read('rosterLists'),
          respondents: await read('respondents'),
          memberships: await read('memberships'),
          settings: await read('settings'),
        },
      };
    },
  );
}

const words = defineMessages({
  failed: {
    id: 'capture.restore.refusal.failed',
    defaultMessage: 'The backup could not be restored; nothing was changed.',
  },
});

export type RestoreCounts = Record<BackupTable, number>;

/**
 * Adds every row whose id is not stored yet and leaves existing rows alone: restoring the
 * same file twice adds nothing the second time, and an item delivered since the backup
 * stays delivered. All tables in one transaction: a failure restores nothing.
 */
export async function restoreBackup(db: OutpostDatabase, text: string): Promise<Result<RestoreCounts>> {
  const parsed = parseBackup(text);
  if (!parsed.ok) return parsed;
  try {
    const counts = await db.transaction(
      'rw',
      backupTables.map((name) => db.table(name)),
      async () => {
        const added = {} as RestoreCounts;
        for (const name of backupTables) {
          const table = db.table<{ id: string }, string>(name);
          const rows: { id: string }[] = parsed.value.tables[name];
          const existing = new Set(
            await table
              .where('id')
              .anyOf(rows.map((row) => row.id))
              .primaryKeys(),
          );
          const fresh = rows.filter((row) => !existing.has(row.id));
          // Outbox rows go through the outbox's store, its only writer, so the agent hears of them.
          if (name === 'outbox')
            await outboxStoreFor(db).add(parsed.value.tables.outbox.filter((row) => !existing.has(row.id)));
          else await table.bulkAdd(fresh);
          added[name] = fresh.length;
        }
        return added;
      },
    );
    return ok(counts);
  } catch {
    return failSaying('restore-failed', said(words.failed));
  }
}

/**
 * A backup file the user chose, restored: it is opened with its passphrase
 * before anything is written, so a wrong passphrase (or a damaged file) is an
 * error that changes nothing.
 */
export async function restoreBackupFile(
  db: OutpostDatabase,
  text: string,
  passphrase: string,
): Promise<Result<RestoreCounts>> {
  const opened = await openBackupFile(text, passphrase);
  return opened.ok ? restoreBackup(db, opened.value) : opened;
}
