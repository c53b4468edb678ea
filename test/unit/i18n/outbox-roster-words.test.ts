import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { OutboxItem } from '../../../common/outbox/outbox-item';
import { queue } from '../../../common/outbox/transitions';
import type { OutpostDatabase } from '../../../renderer/src/db/database';
import { buildIntl } from '../../../renderer/src/i18n/current-intl';
import { describeItem, itemTitle, type OutboxNames } from '../../../renderer/src/outbox/outbox-words';
import { copyRespondents } from '../../../renderer/src/roster/operations/copy-respondents';
import { queueListAdds } from '../../../renderer/src/roster/operations/queue-adds';
import { ACCOUNT, freshDatabase, importText, utf8 } from '../roster/support';

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
