import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { Account } from '../../../common/accounts/index';
import { defineMessages, type DeclaredMessage } from '../../../common/i18n/phrase';
import { FormActions } from '../components/FormActions';
import { AppErrorMessage } from './AppErrorMessage';
import { TextField } from './FormField';
import type { FieldErrors } from './form-validation';
import { PracticeBadge } from './PracticeBadge';
import type { AccountFormSubmission } from './use-account-form';

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

/** What a service's account form is given: the account to edit (none when adding one), and where it goes next. */
export interface AccountFormProps<A extends Account> {
  account?: A | undefined;
  onSaved: (account: A) => void;
  onCancel: () => void;
}

interface AccountFormShellProps extends Pick<AccountFormProps<Account>, 'account' | 'onCancel'> {
  /** The service's own words for the heading and for the account name's hint (an example name). */
  words: {
    /** "{editing, select, yes {Edit {account}} other {Add a … account}}" */
    heading: DeclaredMessage;
    labelHint: DeclaredMessage;
  };
  /** useAccountForm's state: the account name's error and the submission's. */
  form: { fieldErrors: FieldErrors<'label'>; submission: AccountFormSubmission };
  /** The service's own fields, after the account name. */
  children: ReactNode;
}

/**
 * What both account forms are around their own fields: the named form, its heading, the account
 * name, main's refusal, save and cancel.
 */
export function AccountFormShell({ words, account, form, onCancel, children }: AccountFormShellProps) {
  const { formRef, saving, submitError, onSubmit } = form.submission;
  const intl = useIntl();
  // Edit forms sit inside an account card (whose name is an h3); add forms sit directly in the panel.
  const Heading = account ? 'h4' : 'h3';
  const editing = account ? 'yes' : 'no';
  return (
    <form
      ref={formRef}
      className="account-form"
      aria-label={intl.formatMessage(words.heading, { editing, account: account?.label ?? '' })}
      noValidate
      onSubmit={(event) => void onSubmit(event)}
    >
      <Heading>
        {intl.formatMessage(words.heading, { editing, account: <span translate="no">{account?.label}</span> })}{' '}
        {account?.practice ? <PracticeBadge /> : null}
      </Heading>
      <TextField
        name="label"
        label={intl.formatMessage(accountFormWords.accountName)}
        hint={intl.formatMessage(words.labelHint)}
        defaultValue={account?.label}
        error={form.fieldErrors.label}
        autoComplete="off"
      />
      {children}
      <div role="alert" className="account-form-error">
        {submitError ? <AppErrorMessage error={submitError} /> : null}
      </div>
      <FormActions
        submitLabel={
          account ? (
            <FormattedMessage id="settings.form.saveChanges" defaultMessage="Save changes" />
          ) : (
            <FormattedMessage id="settings.form.addAccount" defaultMessage="Add account" />
          )
        }
        saving={saving}
        onCancel={onCancel}
      />
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
