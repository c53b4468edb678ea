import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  BACKUP_VERSION,
  localSurveySchema,
  parseBackup,
  restoredSentence,
  searchWordsOf,
} from '../../../common/capture';
import { inEnglish } from '../../../common/i18n/phrase';
import { createBackup, restoreBackup, restoreBackupFile } from '../../../renderer/src/capture/data/backup';
import { responseIdsMatching } from '../../../renderer/src/capture/responses/search-responses';
import { OutpostDatabase } from '../../../renderer/src/db/database';

/**
 * Issue 18: a backup of the previous build was refused ("not a complete Outpost
 * backup of this version") because a later build added searchWords to responses
 * without raising the format version. Every format ever written is kept here as
 * a fixture and must restore into the current schema.
 */
const fixtures = join(import.meta.dirname, '../../fixtures/backups');
const fixture = (name: string): string => readFileSync(join(fixtures, name), 'utf8');
/** encrypted-v1.json: the encrypted envelope (issue 12) around v1-questionpro-survey-format.json, sealed with this. */
const FIXTURE_PASSPHRASE = 'fixture backup passphrase 2026';

let db: OutpostDatabase | undefined;
let counter = 0;
afterEach(async () => {
  db?.close();
  await db?.delete();
  db = undefined;
});
const fresh = (): OutpostDatabase => {
  counter += 1;
  db = new OutpostDatabase(`backup-versions-${counter}`);
  return db;
};

describe('backups of every earlier format restore', () => {
  const files = readdirSync(fixtures).filter((name) => name.endsWith('.json'));

  it('keeps a fixture for each format ever written', () => {
    expect(files.sort()).toEqual([
      'encrypted-v1.json',
      'v1-before-search-words.json',
      'v1-questionpro-survey-format.json',
      'v1-with-search-words.json',
    ]);
  });

  it.each(files)('%s restores everything, with search words rebuilt', async (name) => {
    const target = fresh();
    // As the UI restores a chosen file: an encrypted one opened with its passphrase, an earlier plain one as it is.
    const restored = await restoreBackupFile(target, fixture(name), FIXTURE_PASSPHRASE);
    expect(restored).toEqual({
      ok: true,
      value: {
        surveys: 1,
        drafts: 1,
        responses: 1,
        outbox: 1,
        rosterLists: 1,
        respondents: 1,
        memberships: 1,
        settings: 1,
      },
    });
    const [response] = await target.responses.toArray();
    expect(response?.searchWords).toEqual(searchWordsOf(response?.searchText ?? ''));
    expect(response?.searchWords).toContain('zoë');
    // The search index is filled: a search finds the restored response.
    // (Through the blind index: stored search words are keyed hashes of their prefixes.)
    expect((await responseIdsMatching(target, 'wanj')).size).toBe(1);
    expect(await target.respondents.get('qmob-fixture:amina01')).toMatchObject({ phonenumber: '+254700000002' });
    // Surveys of every format are in today's model, with the questions their drafts answer.
    const [survey] = await target.surveys.toArray();
    expect(localSurveySchema.safeParse(survey).success).toBe(true);
    const [draft] = await target.drafts.toArray();
    expect(draft?.answers).toEqual({ '20000005': { text: 'Kibera' } });
  });

  it('a backup written now restores into a fresh database as it was', async () => {
    const source = fresh();
    await restoreBackup(source, fixture('v1-before-search-words.json'));
    const text = JSON.stringify(await createBackup(source, 99));
    expect(JSON.parse(text)).toMatchObject({ version: BACKUP_VERSION });
    const parsed = parseBackup(text);
    expect(parsed.ok).toBe(true);
  });

  it('a backup from a newer Outpost is refused with what to do', () => {
    const newer = { ...JSON.parse(fixture('v1-with-search-words.json')), version: BACKUP_VERSION + 1 };
    const parsed = parseBackup(JSON.stringify(newer));
    expect(parsed.ok ? null : parsed.error).toMatchObject({ code: 'backup-newer' });
    expect(parsed.ok ? '' : parsed.error.message).toMatch(/newer version of Outpost\. Update Outpost/);
  });
});

describe('the restore message', () => {
  it('names the roster lists, respondents and memberships it restored too', () => {
    expect(
      inEnglish(
        restoredSentence({
          surveys: 1,
          drafts: 2,
          responses: 3,
          outbox: 3,
          rosterLists: 1,
          respondents: 40,
          memberships: 40,
          settings: 0,
        }),
      ),
    ).toBe(
      'Restored 1 survey version, 2 drafts, 3 responses, 3 outbox items, 1 roster list, 40 respondents, 40 list memberships and 0 settings that were missing.',
    );
  });
});
