import type { Account } from '../../../common/accounts/index';
import { QmobAccountForm } from './QmobAccountForm';
import { QuestionProAccountForm } from './QuestionProAccountForm';

interface AccountEditorProps {
  /** An account to edit, or the kind of account to add. */
  target: Account | Account['kind'];
  onSaved: (account: Account) => void;
  onCancel: () => void;
}

/** Picks the form for the account's service. */
export function AccountEditor({ target, onSaved, onCancel }: AccountEditorProps) {
  const kind = typeof target === 'string' ? target : target.kind;
  const account = typeof target === 'string' ? undefined : target;
  if (kind === 'questionpro') {
    return (
      <QuestionProAccountForm
        account={account?.kind === 'questionpro' ? account : undefined}
        onSaved={onSaved}
        onCancel={onCancel}
      />
    );
  }
  return (
    <QmobAccountForm account={account?.kind === 'qmob' ? account : undefined} onSaved={onSaved} onCancel={onCancel} />
  );
}
