import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo } from 'react';
import { database } from '../db/database';
import { useAccounts } from '../settings/accounts-store';
import type { OutboxNames } from './outbox-words';

/** The names outbox items are told by (OutboxNames, declared beside the words that use them), kept current. */
export type { OutboxNames };

export const noNames: OutboxNames = { account: () => undefined, list: () => undefined };

const listKey = (accountId: string, groupId: string): string => `${accountId}\u0000${groupId}`;

export function useOutboxNames(): OutboxNames {
  const { accounts, loaded, refresh } = useAccounts();
  useEffect(() => {
    if (!loaded) void refresh();
  }, [loaded, refresh]);
  // A laptop holds a handful of lists: all of them, kept current as lists are created, renamed or deleted.
  const lists = useLiveQuery(() => database.rosterLists.toArray(), []);
  return useMemo(() => {
    const accountNames = new Map(accounts.map((account) => [account.id, account.label] as const));
    const listNames = new Map((lists ?? []).map((list) => [listKey(list.accountId, list.groupId), list.name] as const));
    return {
      account: (accountId) => accountNames.get(accountId),
      list: (accountId, groupId) => listNames.get(listKey(accountId, groupId)),
    };
  }, [accounts, lists]);
}
