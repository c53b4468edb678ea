import { create } from 'zustand';
import type { Account } from '../../../common/accounts/index';
import type { AppError } from '../../../common/result';
import { call } from '../api/client';

interface AccountsState {
  /** Metadata only: main never sends a secret, and this store never holds one. */
  accounts: readonly Account[];
  loaded: boolean;
  loadError: AppError | undefined;
  /** The last thing that changed, read out by the panel's live region. */
  notice: string;
  refresh(): Promise<void>;
  announce(notice: string): void;
}

/** The accounts list, re-read from main after every change so the list never drifts from what main stored. */
export const useAccounts = create<AccountsState>((set) => ({
  accounts: [],
  loaded: false,
  loadError: undefined,
  notice: '',
  refresh: async () => {
    const result = await call('accounts.list');
    if (result.ok) set({ accounts: result.value, loaded: true, loadError: undefined });
    else set({ loaded: true, loadError: result.error });
  },
  announce: (notice) => set({ notice }),
}));
