import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { outboxItemSchema } from '../../../common/outbox/outbox-item';
import type { OutpostDatabase } from '../../../renderer/src/db/database';
import { addRespondent } from '../../../renderer/src/roster/operations/add-respondent';
import { copyRespondents } from '../../../renderer/src/roster/operations/copy-respondents';
import { editRespondent } from '../../../renderer/src/roster/operations/edit-respondent';
import { queueListAdds } from '../../../renderer/src/roster/operations/queue-adds';
import { removeRespondents } from '../../../renderer/src/roster/operations/remove-respondents';
import { waitingToQueue } from '../../../renderer/src/roster/queries';
import { outboxStoreFor } from '../../../renderer/src/outbox/dexie-outbox-store';
import { FieldCipher } from '../../../renderer/src/db/vault/field-cipher';
import { responseItem } from '../../support/sync-world';
import { ACCOUNT, freshDatabase, importText, sampleFields, utf8 } from './support';

let db: OutpostDatabase | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

const header = 'username,phonenumber,email,site_code,age';
const csv = (n: number, prefix = 'r') =>
  utf8(`${header}\n${Array.from({ length: n }, (_, i) => `${prefix}${i},+${i},,S${i},${i}`).join('\n')}\n`);
const id = (username: string) => `${ACCOUNT}:${username}`;
const addItems = async (d: OutpostDatabase) =>
  (await d.outbox.toArray()).filter((item) => item.payload.kind === 'qmob.add-respondents');

describe('add respondents through the outbox', () => {
  it('queues batches of the configured size covering every respondent exactly once, with the options', async () => {
    ({ db } = await freshDatabase());
    await importText(db, csv(1234));
    const queued = await queueListAdds(db, { listId: 'list-1', batchSize: 500, noPassword: true, overwrite: true });
    expect(queued).toEqual({ ok: true, value: { items: 3, respondents: 1234 } });
    const items = await addItems(db);
    for (const item of items) expect(() => outboxItemSchema.parse(item)).not.toThrow();
    const usernames = items.flatMap((item) =>
      item.payload.kind === 'qmob.add-respondents' ? item.payload.respondents.map((r) => r.username) : [],
    );
    expect(usernames.length).toBe(1234);
    expect(new Set(usernames).size).toBe(1234);
    expect(items.map((item) => item.payload)).toMatchObject([
      { listId: '1001', noPassword: true, overwrite: true },
      {},
      {},
    ]);
    const all = items.flatMap((item) => (item.payload.kind === 'qmob.add-respondents' ? item.payload.respondents : []));
    expect(all.find((r) => r.username === 'r0')).toEqual({
      username: 'r0',
      phonenumber: '+0',
      sample_fields: [
        { alias: 'site_code', value: 'S0' },
        { alias: 'age', value: '0' },
      ],
    });
    // Queuing again adds nothing: every membership points at its item.
    expect(await queueListAdds(db, { listId: 'list-1', batchSize: 500, noPassword: true, overwrite: true })).toEqual({
      ok: true,
      value: { items: 0, respondents: 0 },
    });
  });
});

describe('adding one respondent by hand', () => {
  const typed = (username: string) => ({
    draft: { username, phonenumber: '+255700000001', email: '', sampleFields: { site_code: 'S1' } },
    sampleFields,
  });

  it('stores them not queued yet, and refuses in the common RosterResult like every roster change', async () => {
    ({ db } = await freshDatabase());
    expect(await addRespondent(db, { listId: 'list-1', ...typed('amina') })).toEqual({
      ok: true,
      value: { respondentId: id('amina') },
    });
    expect(await db.memberships.where('listId').equals('list-1').count()).toBe(1);
    const again = await addRespondent(db, { listId: 'list-1', ...typed('amina') });
    expect(again).toMatchObject({ ok: false, error: { code: 'roster.rules-broken' } });
    expect(!again.ok && again.error.problems.map((p) => p.rule)).toEqual(['username-duplicate-in-file']);
    const broken = await addRespondent(db, { listId: 'list-1', ...typed('') });
    expect(broken).toMatchObject({ ok: false, error: { code: 'roster.rules-broken' } });
    expect(!broken.ok && broken.error.problems.length).toBeGreaterThan(0);
    await db.rosterLists.delete('list-1');
    expect(await addRespondent(db, { listId: 'list-1', ...typed('baraka') })).toMatchObject({
      ok: false,
      error: { code: 'roster.list-missing', message: 'The list no longer exists.', problems: [] },
    });
    expect(await db.respondents.count()).toBe(1);
    expect(await db.outbox.count()).toBe(0);
  });
});

describe('copy and remove', () => {
  it('copies into another list with a copy item, and refuses to overfill a preview list', async () => {
    ({ db } = await freshDatabase([{}, { preview: true, previewMax: 5 }]));
    await importText(db, csv(10));
    await queueListAdds(db, { listId: 'list-1', batchSize: 100, noPassword: false, overwrite: true });
    const refused = await copyRespondents(db, {
      toListId: 'list-2',
      respondentIds: Array.from({ length: 6 }, (_, i) => id(`r${i}`)),
      batchSize: 100,
    });
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.error.problems.map((p) => p.rule)).toEqual(['preview-list-full']);
    expect(refused).toMatchObject({ error: { code: 'roster.rules-broken' } });
    const copied = await copyRespondents(db, {
      toListId: 'list-2',
      respondentIds: [id('r0'), id('r1')],
      batchSize: 100,
    });
    expect(copied).toEqual({ ok: true, value: { copied: 2, items: 1 } });
    const copy = (await db.outbox.toArray()).find((item) => item.payload.kind === 'qmob.copy-respondents');
    expect(copy?.payload).toEqual({ kind: 'qmob.copy-respondents', listId: '1002', usernames: ['r0', 'r1'] });
    expect(await db.memberships.where('listId').equals('list-2').count()).toBe(2);
  });

  it('warns and holds back removals that would leave a respondent in no list', async () => {
    ({ db } = await freshDatabase([{}, {}]));
    await importText(db, csv(4));
    await queueListAdds(db, { listId: 'list-1', batchSize: 100, noPassword: false, overwrite: true });
    await copyRespondents(db, { toListId: 'list-2', respondentIds: [id('r0')], batchSize: 100 });
    const result = await removeRespondents(db, {
      listId: 'list-1',
      respondentIds: [id('r0'), id('r1')],
      batchSize: 100,
    });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.removed).toBe(1);
    expect(result.value.blocked.map((v) => [v.rule, v.username])).toEqual([['removal-leaves-no-list', 'r1']]);
    const remove = (await db.outbox.toArray()).find((item) => item.payload.kind === 'qmob.remove-respondents');
    expect(remove?.payload).toEqual({ kind: 'qmob.remove-respondents', listId: '1001', usernames: ['r0'] });
  });

  it('a list deleted meanwhile is a refusal in words, returned, never thrown, and changes nothing', async () => {
    ({ db } = await freshDatabase([{}, {}]));
    await importText(db, csv(2));
    await db.rosterLists.delete('list-2');
    const copied = await copyRespondents(db, { toListId: 'list-2', respondentIds: [id('r0')], batchSize: 100 });
    expect(copied).toEqual({
      ok: false,
      error: {
        code: 'roster.list-missing',
        message: 'The list to copy to no longer exists.',
        words: { message: { id: 'roster.refusal.copyTargetMissing' } },
        problems: [],
      },
    });
    await db.rosterLists.delete('list-1');
    expect(await removeRespondents(db, { listId: 'list-1', respondentIds: [id('r0')], batchSize: 100 })).toMatchObject({
      ok: false,
      error: { code: 'roster.list-missing' },
    });
    expect(
      await queueListAdds(db, { listId: 'list-1', batchSize: 100, noPassword: true, overwrite: true }),
    ).toMatchObject({ ok: false, error: { code: 'roster.list-missing', message: 'The list no longer exists.' } });
    expect(await db.outbox.count()).toBe(0);
    expect(await db.memberships.count()).toBe(2);
  });

  it('a respondent QMob never heard of is removed locally, without an outbox item', async () => {
    ({ db } = await freshDatabase());
    await importText(db, csv(2));
    const result = await removeRespondents(db, { listId: 'list-1', respondentIds: [id('r0')], batchSize: 100 });
    expect(result).toMatchObject({ ok: true, value: { removed: 1, items: 0, blocked: [] } });
    expect(await db.respondents.get(id('r0'))).toBeUndefined();
    expect(await db.outbox.count()).toBe(0);
  });
});

describe('editing a respondent', () => {
  const draft = {
    username: 'r1',
    phonenumber: '+999',
    email: 'r1@example.org',
    sampleFields: { site_code: 'NEW', age: '40' },
  };

  it('replaces the queued batch with a corrected one, linked both ways', async () => {
    ({ db } = await freshDatabase());
    await importText(db, csv(3));
    await queueListAdds(db, { listId: 'list-1', batchSize: 100, noPassword: false, overwrite: true });
    const [old] = await addItems(db);
    const result = await editRespondent(db, { respondentId: id('r1'), draft, sampleFields });
    expect(result).toEqual({ ok: true, value: { replacedItems: 1, newItems: 0 } });
    const replaced = await db.outbox.get(old?.id ?? '');
    expect(replaced).toMatchObject({ state: 'replaced' });
    const next = await db.outbox.get(replaced?.replacedBy ?? '');
    expect(next).toMatchObject({ state: 'queued', replaces: old?.id });
    expect(next?.payload.kind === 'qmob.add-respondents' && next.payload.respondents.map((r) => r.phonenumber)).toEqual(
      ['+0', '+999', '+2'],
    );
    // The memberships follow the new item, so nothing is queued twice.
    expect((await db.memberships.toArray()).every((m) => m.outboxId === next?.id)).toBe(true);
    expect(await queueListAdds(db, { listId: 'list-1', batchSize: 100, noPassword: false, overwrite: true })).toEqual({
      ok: true,
      value: { items: 0, respondents: 0 },
    });
  });

  it("opens only its own account's outbox items, not a season of delivered responses", async () => {
    ({ db } = await freshDatabase());
    await importText(db, csv(3));
    await queueListAdds(db, { listId: 'list-1', batchSize: 100, noPassword: false, overwrite: true });
    await db.outbox.bulkAdd(
      Array.from({ length: 200 }, (_, index) => ({
        ...responseItem('questionpro-account', 10_000 + index),
        state: 'delivered' as const,
      })),
    );
    const opened = vi.spyOn(FieldCipher.prototype, 'open');
    try {
      expect(await editRespondent(db, { respondentId: id('r1'), draft, sampleFields })).toMatchObject({ ok: true });
      const outboxOpens = opened.mock.calls.filter(([, context]) => context.startsWith('outbox\u0000'));
      // The QMob account's one batch (read to find the respondent, then replaced), never the 200 responses.
      expect(outboxOpens.length).toBeLessThan(10);
    } finally {
      opened.mockRestore();
    }
  });

  it('after the batch was sent, queues an overwrite add with the new details', async () => {
    ({ db } = await freshDatabase());
    await importText(db, csv(3));
    await queueListAdds(db, { listId: 'list-1', batchSize: 100, noPassword: false, overwrite: false });
    const [sent] = await addItems(db);
    await db.outbox.update(sent?.id ?? '', { state: 'import-started' });
    expect(await editRespondent(db, { respondentId: id('r1'), draft, sampleFields })).toEqual({
      ok: true,
      value: { replacedItems: 0, newItems: 1 },
    });
    const followUp = (await addItems(db)).find((item) => item.id !== sent?.id);
    expect(followUp?.payload).toMatchObject({
      overwrite: true,
      respondents: [{ username: 'r1', phonenumber: '+999' }],
    });
    // Renaming is refused once QMob knows the respondent by the old name.
    const renamed = await editRespondent(db, {
      respondentId: id('r1'),
      draft: { ...draft, username: 'r1b' },
      sampleFields,
    });
    expect(renamed.ok).toBe(false);
  });

  it('after its batch was discarded, a respondent is not queued: the next send takes it, an edit queues it alone', async () => {
    ({ db } = await freshDatabase());
    await importText(db, csv(3));
    await queueListAdds(db, { listId: 'list-1', batchSize: 100, noPassword: true, overwrite: true });
    const [refused] = await addItems(db);
    expect(await waitingToQueue(db, 'list-1')).toBe(0);
    await outboxStoreFor(db).discard(refused?.id ?? '', Date.now());
    expect(await waitingToQueue(db, 'list-1')).toBe(3);

    expect(await editRespondent(db, { respondentId: id('r1'), draft, sampleFields })).toEqual({
      ok: true,
      value: { replacedItems: 0, newItems: 1 },
    });
    const single = (await addItems(db)).find((item) => item.state === 'queued');
    expect(single?.payload).toMatchObject({ noPassword: true, respondents: [{ username: 'r1', phonenumber: '+999' }] });
    expect(await waitingToQueue(db, 'list-1')).toBe(2);
    // The next send takes the other two, and only them.
    expect(await queueListAdds(db, { listId: 'list-1', batchSize: 100, noPassword: true, overwrite: true })).toEqual({
      ok: true,
      value: { items: 1, respondents: 2 },
    });
    expect(await waitingToQueue(db, 'list-1')).toBe(0);
  });

  it('a rename before sending moves memberships and the queued payload', async () => {
    ({ db } = await freshDatabase());
    await importText(db, csv(2));
    await queueListAdds(db, { listId: 'list-1', batchSize: 100, noPassword: false, overwrite: true });
    expect(
      await editRespondent(db, { respondentId: id('r1'), draft: { ...draft, username: 'renamed' }, sampleFields }),
    ).toMatchObject({ ok: true });
    expect(await db.respondents.get(id('r1'))).toBeUndefined();
    expect(await db.memberships.get(`list-1|${id('renamed')}`)).toBeDefined();
    const live = (await addItems(db)).filter((item) => item.state === 'queued');
    expect(live.length).toBe(1);
    expect(
      live[0]?.payload.kind === 'qmob.add-respondents' && live[0].payload.respondents.map((r) => r.username),
    ).toEqual(['r0', 'renamed']);
  });

  it('refuses an edit that breaks a rule, naming the field', async () => {
    ({ db } = await freshDatabase());
    await importText(db, csv(1));
    const result = await editRespondent(db, {
      respondentId: id('r0'),
      draft: { ...draft, username: 'r0', phonenumber: '07 00' },
      sampleFields,
    });
    expect(!result.ok && result.error.problems.map((p) => [p.column, p.rule])).toEqual([
      ['Phone number', 'phone-characters'],
    ]);
  });
});
