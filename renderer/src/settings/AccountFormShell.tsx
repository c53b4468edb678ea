import type { FormEvent, ReactNode, RefObject } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { Account } from '../../../common/accounts/index';
import { defineMessages, type DeclaredMessage } from '../../../common/i18n/phrase';
import type { AppError } from '../../../common/result';
import { AppErrorMessage } from './AppErrorMessage';
import { TextField } from './FormField';
import { PracticeBadge } from './PracticeBadge';

/** The words both account forms use. */
export const accountFormWords = defineMessages({
  accountName: { id: 'settings.form.accountName', defaultMessage: 'Account name' },
  customAddress: { id: 'settings.form.customAddress', defaultMessage: 'Custom address' },
  serverAddress: { id: 'settings.form.serverAddress', defaultMessage: 'Server address' },
  serverAddressHint: {
    id: 'settings.form.serverAddressHint',
    defaultMessage: 'The full API address, starting with https://',
  },
});

interface AccountFormShellProps {
  formRef: RefObject<HTMLFormElement | null>;
  /** "{editing, select, yes {Edit {account}} other {Add a … account}}" */
  heading: DeclaredMessage;
  /** The account being edited; absent when adding one. */
  account: Account | undefined;
  busy: boolean;
  submitError: AppError | undefined;
  onSubmit: (event: FormEvent<HTMLFormElement>) => Promise<void>;
  onCancel: () => void;
  children: ReactNode;
}

/** What both account forms are around their fields: the named form, its heading, main's refusal, save and cancel. */
export function AccountFormShell(props: AccountFormShellProps) {
  const { formRef, heading, account, busy, submitError, onSubmit, onCancel, children } = props;
  const intl = useIntl();
  // Edit forms sit inside an account card (whose name is an h3); add forms sit directly in the panel.
  const Heading = account ? 'h4' : 'h3';
  const editing = account ? 'yes' : 'no';
  return (
    <form
      ref={formRef}
      className="account-form"
      aria-label={intl.formatMessage(heading, { editing, account: account?.label ?? '' })}
      noValidate
      onSubmit={(event) => void onSubmit(event)}
    >
      <Heading>
        {intl.formatMessage(heading, { editing, account: <span translate="no">{account?.label}</span> })}{' '}
        {account?.practice ? <PracticeBadge /> : null}
      </Heading>
      {children}
      <div role="alert" className="account-form-error">
        {submitError ? <AppErrorMessage error={submitError} /> : null}
      </div>
      <div className="account-form-actions">
        <button type="submit" disabled={busy}>
          {busy ? (
            <FormattedMessage id="settings.form.saving" defaultMessage="Saving…" />
          ) : account ? (
            <FormattedMessage id="settings.form.saveChanges" defaultMessage="Save changes" />
          ) : (
            <FormattedMessage id="settings.form.addAccount" defaultMessage="Add account" />
          )}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          <FormattedMessage id="common.cancel" defaultMessage="Cancel" />
        </button>
      </div>
    </form>
  );
}

/** The address of a server of one's own, for both services. */
export function ServerAddressField({
  defaultValue,
  error,
}: {
  defaultValue?: string | undefined;
  error?: string | undefined;
}) {
  const intl = useIntl();
  return (
    <TextField
      name="customBaseUrl"
      label={intl.formatMessage(accountFormWords.serverAddress)}
      type="url"
      hint={intl.formatMessage(accountFormWords.serverAddressHint)}
      defaultValue={defaultValue}
      error={error}
      autoComplete="off"
    />
  );
}
