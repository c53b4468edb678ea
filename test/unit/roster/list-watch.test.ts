import 'fake-indexeddb/auto';
import { liveQuery } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { membershipKey, respondentKey } from '../../../common/roster/respondent';
import type { OutpostDatabase } from '../../../renderer/src/db/database';
import { watchListMembers } from '../../../renderer/src/roster/queries';
import { ACCOUNT, freshDatabase, importText, utf8 } from './support';

let db: OutpostDatabase | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

const header = 'username,phonenumber,email,site_code,age';

/** Emissions of a live query, and a way to wait for the next one. */
function watch(query: () => Promise<number>): { count: () => number; next: () => Promise<void>; stop: () => void } {
  let seen = 0;
  let waiting: (() => void) | null = null;
  const subscription = liveQuery(query).subscribe({
    next: () => {
      seen += 1;
      waiting?.();
      waiting = null;
    },
    error: (error: unknown) => {
      throw error;
    },
  });
  return {
    count: () => seen,
    next: () =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('the live query did not run again')), 2_000);
        waiting = () => {
          clearTimeout(timer);
          resolve();
        };
      }),
    stop: () => subscription.unsubscribe(),
  };
}

describe('watching a list without counting it', () => {
  it('runs again when a member is added to or removed from the list anywhere in it, not only at the first key it read', async () => {
    ({ db } = await freshDatabase([{}, {}]));
    const database = db;
    await importText(database, utf8(`${header}\nalpha,+1,,S,\nbeta,+2,,S,\ngamma,+3,,S,\n`));
    await importText(database, utf8(`${header}\nomega,+9,,S,\n`), { listId: 'list-2' });
    let runs = 0;
    const watcher = watch(async () => {
      await watchListMembers(database, 'list-1');
      runs += 1;
      return runs;
    });
    await watcher.next();
    const last = membershipKey('list-1', respondentKey(ACCOUNT, 'gamma'));

    let next = watcher.next();
    await database.memberships.delete(last);
    await next;

    next = watcher.next();
    const zeta = respondentKey(ACCOUNT, 'zeta');
    await database.memberships.add({
      id: membershipKey('list-1', zeta),
      listId: 'list-1',
      respondentId: zeta,
      outboxId: null,
      addedAt: 1,
    });
    await next;

    // A member of another list is outside the watched range: nothing runs again for it.
    const before = watcher.count();
    await database.memberships.delete(membershipKey('list-2', respondentKey(ACCOUNT, 'omega')));
    next = watcher.next();
    await database.memberships.delete(membershipKey('list-1', zeta));
    await next;
    expect(watcher.count()).toBe(before + 1);
    watcher.stop();
  });
});
