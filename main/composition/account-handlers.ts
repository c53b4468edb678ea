import type { Account } from '../../common/accounts/index';
import type { AccountsService } from '../accounts/accounts-service';
import type { Handlers } from '../ipc/dispatcher';
import { unwrap } from '../ipc/operation-error';
import type { PracticeService } from '../practice/practice-service';

type AccountOperation =
  | 'accounts.list'
  | 'accounts.addQuestionPro'
  | 'accounts.addQmob'
  | 'accounts.editQuestionPro'
  | 'accounts.editQmob'
  | 'accounts.remove'
  | 'accounts.test'
  | 'practice.start';

export function createAccountHandlers(
  accounts: AccountsService,
  practice: PracticeService,
  onCredentialsChanged: (account: Account) => void,
): Pick<Handlers, AccountOperation> {
  return {
    'accounts.list': async () => unwrap(await accounts.list()),
    'accounts.addQuestionPro': async (draft) => unwrap(await accounts.addQuestionPro(draft)),
    'accounts.addQmob': async (draft) => unwrap(await accounts.addQmob(draft)),
    'accounts.editQuestionPro': async ({ id, patch }) => {
      const account = unwrap(await accounts.editQuestionPro(id, patch));
      onCredentialsChanged(account);
      return account;
    },
    'accounts.editQmob': async ({ id, patch }) => {
      const account = unwrap(await accounts.editQmob(id, patch));
      onCredentialsChanged(account);
      return account;
    },
    'accounts.remove': async ({ id }) => unwrap(await accounts.remove(id)),
    'accounts.test': async ({ id }) => unwrap(await accounts.testConnection(id)),
    'practice.start': async () => {
      const started = await practice.start();
      onCredentialsChanged(started.questionPro);
      onCredentialsChanged(started.qmob);
      return started;
    },
  };
}
