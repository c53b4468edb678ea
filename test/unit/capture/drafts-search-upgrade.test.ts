import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { draftIdsMatching } from '../../../renderer/src/capture/home/search-drafts';
import { OutpostDatabase } from '../../../renderer/src/db/database';
import { FieldCipher } from '../../../renderer/src/db/vault/field-cipher';
import { outpostSealPolicy, sealingMiddleware } from '../../../renderer/src/db/vault/sealing-middleware';
import { waterSurvey } from './support/surveys';

/** The stores as version 6 left them (drafts without a search index), sealed as version 6 sealed them. */
const VERSION_6_STORES = {
  outbox: 'id, state, service, accountId, createdAt, nextAttemptAt, [state+createdAt]',
  surveys: 'id, accountId, surveyId, fetchedAt',
  drafts: 'id, surveyKey, updatedAt',
  responses: 'id, surveyKey, state, finalizedAt, outboxId, *searchWords',
  rosterLists: 'id, accountId, groupId',
  respondents: 'id, accountId, username, [accountId+username]',
  memberships: 'id, listId, respondentId, [listId+respondentId], [listId+outboxId]',
  settings: 'id',
  importRuns: 'id, listId',
  importJournal: 'id, runId',
};

function draftRow(id: string, surveyKey: string, answers: Record<string, { text: string }>) {
  return {
    id,
    surveyKey,
    surveyName: 'Household Water Access',
    answers,
    startedAt: 1,
    updatedAt: 2,
    firstAnswerAt: 1,
    lastAnswerAt: 2,
    location: null,
    answered: 1,
    total: 12,
  };
}

describe('drafts found by who the respondent is (schema version 9)', () => {
  it('gives drafts stored before it their search words, as a blind index, and finds them by name or phone', async () => {
    const name = `drafts-v9-${process.pid}-${Date.now()}`;
    const cipher = new FieldCipher(crypto.getRandomValues(new Uint8Array(32)));
    const before = new Dexie(name);
    before.use(
      sealingMiddleware(() => cipher, {
        ...outpostSealPolicy,
        blindIndexes: { responses: { field: 'searchWords', source: 'searchText' } },
      }),
    );
    before.version(6).stores(VERSION_6_STORES);
    const survey = waterSurvey();
    await before.table('surveys').add(survey);
    await before
      .table('drafts')
      .bulkAdd([
        draftRow('d-amina', survey.id, { '20000101': { text: 'Amina Wanjiru' } }),
        draftRow('d-phone', survey.id, { '20000102': { text: '+254711000222' } }),
        draftRow('d-nobody', survey.id, { '20000007': { text: 'wanjiru' } }),
      ]);
    before.close();

    const db = new OutpostDatabase(name, () => cipher);
    await db.open();
    expect(await db.drafts.count()).toBe(3);
    expect(await draftIdsMatching(db, 'wanj')).toEqual(new Set(['d-amina']));
    expect(await draftIdsMatching(db, 'amina wanjiru')).toEqual(new Set(['d-amina']));
    expect(await draftIdsMatching(db, '+254711')).toEqual(new Set(['d-phone']));
    expect(await draftIdsMatching(db, 'household')).toEqual(new Set(['d-amina', 'd-phone', 'd-nobody']));
    expect(await draftIdsMatching(db, 'kibera')).toEqual(new Set());
    expect((await db.drafts.get('d-amina'))?.answers).toEqual({ '20000101': { text: 'Amina Wanjiru' } });
    db.close();

    // At rest: no word in the clear, only keyed hashes.
    const raw = new Dexie(name);
    await raw.open();
    const stored = JSON.stringify(await raw.table('drafts').toArray(), (_key, value: unknown) =>
      value instanceof Uint8Array ? Buffer.from(value).toString('utf8') : value,
    );
    raw.close();
    expect(stored.toLowerCase()).not.toContain('wanjiru');
    expect(stored).not.toContain('+254711');
  });
});
