import { z } from 'zod';
import { defineMessages, said } from '../i18n/phrase';
import { failSaying, ok, type Result } from '../result';
import { searchWordsOf } from './search';

/**
 * Every backup format Outpost has ever written, and the step that brings each
 * one to the next. A step is a pure function of the document (no I/O), so it
 * composes with anything wrapped around the document (an encrypted envelope is
 * opened first, then migrated). Each earlier format has a fixture file in
 * test/fixtures/backups/ that must keep restoring.
 *
 * History:
 *  - version 1, 2026-11-25 00:34 (b0dcf6b): responses without searchWords.
 *  - version 1, 2026-11-25 00:57 (e08c233): responses gained searchWords; the version was not raised,
 *    so builds between then and version 2 refused the older files.
 *  - version 1, 2026-12-01 08:52 (d8a7a53): surveys in QuestionPro's real question format; older surveys are
 *    converted by the survey schema itself (storedSurveySchema), so they need no step here.
 *  - version 2 (issue 18): the same tables; searchWords always present. Derived fields are rebuilt on the way in.
 * To change the format: raise BACKUP_VERSION, add the step from the previous version here, and a fixture.
 */

/** Only what a step needs to know is checked here; the current schema checks the result whole. */
const documentSchema = z.looseObject({
  format: z.string(),
  version: z.int().positive(),
  tables: z.looseObject({}),
});
type Document = z.infer<typeof documentSchema>;

const rowsOf = (document: Document, table: string): unknown[] => {
  const rows = document.tables[table];
  return Array.isArray(rows) ? rows : [];
};

const responseWithTextSchema = z.looseObject({ searchText: z.string() });

/** Search words are derived from the search text: rebuilt, whether the file had them or not. */
function rebuildSearchWords(response: unknown): unknown {
  const parsed = responseWithTextSchema.safeParse(response);
  if (!parsed.success) return response; // The current schema names the problem.
  return { ...parsed.data, searchWords: searchWordsOf(parsed.data.searchText) };
}

/** Step from `version` to `version + 1`. */
const steps: Readonly<Record<number, (document: Document) => Document>> = {
  1: (document) => ({
    ...document,
    version: 2,
    tables: { ...document.tables, responses: rowsOf(document, 'responses').map(rebuildSearchWords) },
  }),
};

export interface Migrated {
  readonly document: unknown;
  readonly from: number;
}

/** Why a document is not restored: said in the interface's language where it is shown. */
const words = defineMessages({
  newer: {
    id: 'capture.restore.refusal.newer',
    defaultMessage:
      'This backup was made by a newer version of Outpost. Update Outpost on this laptop, then restore it. Nothing was restored.',
  },
  incomplete: {
    id: 'capture.restore.refusal.incomplete',
    defaultMessage: 'This file is not a complete Outpost backup. Nothing was restored.',
  },
});

const newer = (): Result<never> => failSaying('backup-newer', said(words.newer));
const incomplete = (): Result<never> => failSaying('backup-invalid', said(words.incomplete));

/** Brings a backup document of any earlier version to `target`, step by step. */
export function migrateBackupDocument(data: unknown, target: number): Result<Migrated> {
  const parsed = documentSchema.safeParse(data);
  if (!parsed.success) return incomplete();
  let document = parsed.data;
  const from = document.version;
  if (from > target) return newer();
  while (document.version < target) {
    const step = steps[document.version];
    if (!step) return incomplete();
    document = step(document);
  }
  return ok({ document, from });
}
