import { useLiveQuery } from 'dexie-react-hooks';
import { waitingStates } from '../../../common/outbox/states';
import { database } from '../db/database';

/**
 * How many waiting items belong to accounts whose sending is paused: the engine holds them until the
 * account is fixed, so no time left can be promised for them. Counted from keys alone (the state
 * and account indexes), never by opening rows, so a large outbox costs two index reads.
 */
export function useHeldCount(pausedAccountIds: readonly string[]): number {
  const key = [...pausedAccountIds].sort().join('\u0000');
  return (
    useLiveQuery(async () => {
      if (pausedAccountIds.length === 0) return 0;
      const [waiting, paused] = await Promise.all([
        database.outbox
          .where('state')
          .anyOf([...waitingStates])
          .primaryKeys(),
        database.outbox
          .where('accountId')
          .anyOf([...pausedAccountIds])
          .primaryKeys(),
      ]);
      const held = new Set(paused);
      return waiting.filter((id) => held.has(id)).length;
      // The key stands for the list of ids: a new array with the same ids is the same query.
    }, [key]) ?? 0
  );
}
