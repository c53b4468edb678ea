import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { OutboxItem } from '../../../common/outbox/outbox-item';
import { queue } from '../../../common/outbox/transitions';
import type { OutpostDatabase } from '../../../renderer/src/db/database';
import { buildIntl } from '../../../renderer/src/i18n/current-intl';
import { outboxStoreFor } from '../../../renderer/src/outbox/dexie-outbox-store';
import { describeItem, itemSentence, itemTitle, type OutboxNames } from '../../../renderer/src/outbox/outbox-words';
import { editRespondent } from '../../../renderer/src/roster/operations/edit-respondent';
import { copyRespondents } from '../../../renderer/src/roster/operations/copy-respondents';
import { queueListAdds } from '../../../renderer/src/roster/operations/queue-adds';
import { ACCOUNT, freshDatabase, importText, sampleFields, utf8 } from '../roster/support';

/**
 * A roster item in the outbox is said in the reader's language whenever it is shown: it stores the
 * list's name (its label) and its payload (kind, QMob list id, respondents), never an English
 * sentence; items stored by earlier versions with one still show their list's name.
 */
const folder = resolve(import.meta.dirname, '../../../renderer/src/i18n/catalogues');
const intlFor = (code: string, locale = code) =>
  buildIntl(locale, JSON.parse(readFileSync(resolve(folder, `${code}.json`), 'utf8')) as Record<string, string>);

/** Names of nothing: every account and list gone (outbox-names' own noNames comes with the React hook). */
const noNames: OutboxNames = { account: () => undefined, list: () => undefined };

let db: OutpostDatabase | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

const csv = (n: number) =>
  utf8(
    `username,phonenumber,email,site_code,age\n${Array.from({ length: n }, (_, i) => `r${i},+${i},,S${i},${i}`).join('\n')}\n`,
  );

/** An edit's draft for r1: new phone number, the sample fields the list needs. */
const editedR1 = (phonenumber: string) => ({
  username: 'r1',
  phonenumber,
  email: '',
  sampleFields: { site_code: 'NEW', age: '40' },
});
const fieldRespondents: OutboxNames = { account: () => 'Practice: QMob', list: () => 'Field respondents' };

/** "Field respondents" with r0…r2 queued in one batch, which then moves on as `state` says (sent, discarded). */
async function queuedBatch(state: 'import-started' | 'discarded'): Promise<OutboxItem> {
  db = (await freshDatabase([{ name: 'Field respondents' }])).db;
  await importText(db, csv(3));
  await queueListAdds(db, { listId: 'list-1', batchSize: 500, noPassword: true, overwrite: false });
  const [batch] = await db.outbox.toArray();
  if (!batch) throw new Error('nothing queued');
  if (state === 'discarded') await outboxStoreFor(db).discard(batch.id, Date.now());
  else await db.outbox.update(batch.id, { state });
  return batch;
}

function opened(): OutpostDatabase {
  if (!db) throw new Error('no database');
  return db;
}

async function editR1(phonenumber: string): Promise<OutboxItem> {
  const edited = await editRespondent(opened(), {
    respondentId: `${ACCOUNT}:r1`,
    draft: editedR1(phonenumber),
    sampleFields,
  });
  expect(edited).toMatchObject({ ok: true, value: { newItems: 1 } });
  const queued = (await opened().outbox.toArray()).find((item) => item.state === 'queued');
  if (!queued) throw new Error('the edit queued nothing');
  return queued;
}

describe('roster items in the outbox', () => {
  it('store the list’s name and are said, with plurals, in the language they are read in', async () => {
    const fresh = await freshDatabase([{ name: 'Kibera round 2' }, { name: 'Second' }]);
    db = fresh.db;
    const lists = fresh.lists;
    await importText(db, csv(3));
    expect((await queueListAdds(db, { listId: 'list-1', batchSize: 500, noPassword: true, overwrite: true })).ok).toBe(
      true,
    );
    const copied = await copyRespondents(db, {
      toListId: 'list-2',
      respondentIds: [`${ACCOUNT}:r0`],
      batchSize: 100,
    });
    expect(copied.ok).toBe(true);
    const items = await db.outbox.orderBy('createdAt').toArray();
    expect(items.map((item) => [item.payload.kind, item.label])).toEqual([
      ['qmob.add-respondents', 'Kibera round 2'],
      ['qmob.copy-respondents', 'Second'],
    ]);
    const names: OutboxNames = {
      account: () => 'Practice: QMob',
      list: (accountId, groupId) =>
        lists.find((list) => list.accountId === accountId && list.groupId === groupId)?.name,
    };
    const [add, copy] = items as [OutboxItem, OutboxItem];
    expect(itemTitle(add, names)).toBe('Kibera round 2');
    expect(describeItem(intlFor('ar', 'ar-EG'), add, names)).toBe('٣ مستجيبين إلى «Kibera round 2»');
    expect(describeItem(intlFor('fr'), copy, names)).toBe('Copier 1 répondant vers « Second »');
    expect(describeItem(intlFor('sw'), add, names)).toBe('Wahojiwa 3 kwenda “Kibera round 2”');
  });

  it('an edit’s follow-up says which respondent it updates, by their QMob username (a name, not translated), in the language it is read in', async () => {
    await queuedBatch('import-started');
    const followUp = await editR1('+999');
    const names = fieldRespondents;
    expect(itemTitle(followUp, names)).toBe('Field respondents');
    expect(['en', 'fr', 'es', 'pt', 'sw'].map((code) => describeItem(intlFor(code), followUp, names))).toEqual([
      'Update r1 in “Field respondents”',
      'Mettre à jour r1 dans « Field respondents »',
      'Actualizar a r1 en «Field respondents»',
      'Atualizar r1 em “Field respondents”',
      'Sasisha r1 katika “Field respondents”',
    ]);
    expect(describeItem(intlFor('ar', 'ar-EG'), followUp, noNames)).toBe('تحديث r1 في قائمة لم تعد في Outpost');
    // The username is a name on screen (OutboxItemWords marks it translate="no"), never a catalogue's word.
    expect(itemSentence(followUp, names)).toMatchObject({ values: { username: 'r1' }, names: ['username', 'list'] });

    // The follow-up discarded, the next edit's item still updates: QMob has the respondent from the first add.
    await outboxStoreFor(opened()).discard(followUp.id, Date.now());
    expect(describeItem(intlFor('en'), await editR1('+998'), names)).toBe('Update r1 in “Field respondents”');
  });

  it('an edit after its add was discarded (never sent) adds the respondent, and says so as any add does', async () => {
    await queuedBatch('discarded');
    expect(describeItem(intlFor('en'), await editR1('+999'), fieldRespondents)).toBe(
      '1 respondent to “Field respondents”',
    );
  });

  it('stored by an earlier version with an English label, still show their list’s name, and say what they do in the reader’s language', () => {
    const legacy = (label: string, payload: OutboxItem['payload']): OutboxItem =>
      queue({ accountId: ACCOUNT, label, payload }, 1_000, crypto.randomUUID());
    const remove = legacy('Old list: remove 2 respondents', {
      kind: 'qmob.remove-respondents',
      listId: '4242',
      usernames: ['a.b', 'c.d'],
    });
    const update = legacy('Field respondents: update amina.k', {
      kind: 'qmob.add-respondents',
      listId: '1001',
      noPassword: true,
      overwrite: true,
      respondents: [{ username: 'amina.k', phonenumber: '+255700000101' }],
    });
    const colon = legacy('Round: 2: copy 1 respondent', {
      kind: 'qmob.copy-respondents',
      listId: '1002',
      usernames: ['a.b'],
    });
    expect([remove, update, colon].map((item) => itemTitle(item, noNames))).toEqual([
      'Old list',
      'Field respondents',
      'Round: 2',
    ]);
    expect(describeItem(intlFor('fr'), remove, noNames)).toBe(
      'Retirer 2 répondants d’une liste qui n’est plus dans Outpost',
    );
    // An edit's follow-up of then said whom it updates in its label; the payload names them as they are.
    expect(describeItem(intlFor('fr'), update, noNames)).toBe(
      'Mettre à jour amina.k dans une liste qui n’est plus dans Outpost',
    );
    const addedAlone = legacy('Field respondents: add amina.k', { ...update.payload });
    expect(describeItem(intlFor('en'), addedAlone, noNames)).toBe('1 respondent to a list no longer in Outpost');
    // A list Outpost knows is named as it is now, whatever the label says.
    expect(itemTitle(update, { ...noNames, list: () => 'Field respondents (renamed)' })).toBe(
      'Field respondents (renamed)',
    );
    // A response's title is its survey's name, as it always was.
    const response = legacy('Household Water Access', {
      kind: 'questionpro.delete-response',
      surveyId: 7,
      responseId: 'r1',
      serverResponseId: 5,
      correctionItemId: 'c1',
    });
    expect(itemTitle(response, noNames)).toBe('Household Water Access');
  });
});
