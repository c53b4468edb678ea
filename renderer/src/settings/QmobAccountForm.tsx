import { useState } from 'react';
import type { QmobAccount } from '../../../common/accounts/index';
import { call } from '../api/client';
import { AppErrorMessage } from './AppErrorMessage';
import { SelectField, TextField } from './FormField';
import { textOf } from './form-validation';
import { PracticeBadge } from './PracticeBadge';
import {
  initialQmobLocationChoice,
  qmobSubmissionFrom,
  type QmobLocationChoice,
  type QmobSubmission,
} from './qmob-form-model';
import { useAccountForm } from './use-account-form';

const locationOptions: readonly { value: QmobLocationChoice; label: string }[] = [
  { value: 'instance', label: 'QMob instance (name.myqmob.com)' },
  { value: 'custom', label: 'Custom address' },
];

const isLocationChoice = (value: string): value is QmobLocationChoice => value === 'instance' || value === 'custom';

const sendQmob = (submission: QmobSubmission) =>
  submission.mode === 'add'
    ? call('accounts.addQmob', submission.draft)
    : call('accounts.editQmob', { id: submission.id, patch: submission.patch });

interface QmobAccountFormProps {
  /** The account being edited; absent when adding one. */
  account?: QmobAccount | undefined;
  onSaved: (account: QmobAccount) => void;
  onCancel: () => void;
}

/** Add or edit a QMob account. The password goes to main once and is never shown again. */
export function QmobAccountForm({ account, onSaved, onCancel }: QmobAccountFormProps) {
  const [locationChoice, setLocationChoice] = useState<QmobLocationChoice>(initialQmobLocationChoice(account));
  const { formRef, fieldErrors, submitError, busy, onSubmit } = useAccountForm({
    secretFieldName: 'password',
    read: (form) =>
      qmobSubmissionFrom(
        {
          label: textOf(form, 'label'),
          locationChoice,
          instance: textOf(form, 'instance'),
          customBaseUrl: textOf(form, 'customBaseUrl'),
          project: textOf(form, 'project'),
          userName: textOf(form, 'userName'),
          companyId: textOf(form, 'companyId'),
          callbackUrl: textOf(form, 'callbackUrl'),
          password: textOf(form, 'password'),
        },
        account?.id,
      ),
    send: sendQmob,
    onSaved,
  });
  // Edit forms sit inside an account card (whose name is an h3); add forms sit directly in the panel.
  const Heading = account ? 'h4' : 'h3';
  const heading = account ? `Edit ${account.label}` : 'Add a QMob account';
  const location = account?.location;

  return (
    <form
      ref={formRef}
      className="account-form"
      aria-label={heading}
      noValidate
      onSubmit={(event) => void onSubmit(event)}
    >
      <Heading>
        {heading} {account?.practice ? <PracticeBadge /> : null}
      </Heading>
      <TextField
        name="label"
        label="Account name"
        hint="Shown only in Outpost, for example “Nairobi panel”."
        defaultValue={account?.label}
        error={fieldErrors.label}
        autoComplete="off"
      />
      <SelectField
        name="locationChoice"
        label="Where your QMob is"
        value={locationChoice}
        options={locationOptions}
        onChange={(value) => {
          if (isLocationChoice(value)) setLocationChoice(value);
        }}
      />
      {locationChoice === 'instance' ? (
        <TextField
          name="instance"
          label="Instance"
          hint="The first word of your dashboard address: for acme.myqmob.com, enter acme."
          defaultValue={location && 'instance' in location ? location.instance : undefined}
          error={fieldErrors.instance}
          autoComplete="off"
        />
      ) : (
        <TextField
          name="customBaseUrl"
          label="Server address"
          type="url"
          hint="The full API address, starting with https://"
          defaultValue={location && 'customBaseUrl' in location ? location.customBaseUrl : undefined}
          error={fieldErrors.customBaseUrl}
          autoComplete="off"
        />
      )}
      <TextField
        name="project"
        label="Project"
        hint="Exactly as QMob spells it: capitals matter."
        defaultValue={account?.project}
        error={fieldErrors.project}
        autoComplete="off"
      />
      <TextField
        name="userName"
        label="User name"
        defaultValue={account?.userName}
        error={fieldErrors.userName}
        autoComplete="off"
      />
      <TextField
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        hint={
          account
            ? 'Leave empty to keep the stored password. If you change the instance or address, the stored password is cleared (a password is only sent to the server it was entered for) and sending waits until you enter it here.'
            : 'Stored in this computer’s keychain, never shown again.'
        }
        error={fieldErrors.password}
      />
      <TextField
        name="companyId"
        label="Company ID (optional)"
        defaultValue={account?.companyId}
        error={fieldErrors.companyId}
        autoComplete="off"
      />
      <TextField
        name="callbackUrl"
        label="Callback address (optional)"
        type="url"
        hint="QMob reports each finished import to this address."
        defaultValue={account?.callbackUrl}
        error={fieldErrors.callbackUrl}
        autoComplete="off"
      />
      <div role="alert" className="account-form-error">
        {submitError ? <AppErrorMessage error={submitError} /> : null}
      </div>
      <div className="account-form-actions">
        <button type="submit" disabled={busy}>
          {busy ? 'Saving…' : account ? 'Save changes' : 'Add account'}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
