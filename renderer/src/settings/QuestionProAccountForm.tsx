import { useState } from 'react';
import { DATACENTER_LABELS, DATACENTERS, type QuestionProAccount } from '../../../common/accounts/index';
import { call } from '../api/client';
import { AppErrorMessage } from './AppErrorMessage';
import { SelectField, TextField } from './FormField';
import { textOf } from './form-validation';
import { PracticeBadge } from './PracticeBadge';
import {
  CUSTOM_LOCATION,
  initialQuestionProLocation,
  questionProSubmissionFrom,
  type QuestionProSubmission,
} from './questionpro-form-model';
import { useAccountForm } from './use-account-form';

const locationOptions = [
  ...DATACENTERS.map((datacenter) => ({ value: datacenter, label: DATACENTER_LABELS[datacenter] })),
  { value: CUSTOM_LOCATION, label: 'Custom address' },
];

const sendQuestionPro = (submission: QuestionProSubmission) =>
  submission.mode === 'add'
    ? call('accounts.addQuestionPro', submission.draft)
    : call('accounts.editQuestionPro', { id: submission.id, patch: submission.patch });

interface QuestionProAccountFormProps {
  /** The account being edited; absent when adding one. */
  account?: QuestionProAccount | undefined;
  onSaved: (account: QuestionProAccount) => void;
  onCancel: () => void;
}

/** Add or edit a QuestionPro account. The API key goes to main once and is never shown again. */
export function QuestionProAccountForm({ account, onSaved, onCancel }: QuestionProAccountFormProps) {
  const initial = initialQuestionProLocation(account);
  const [location, setLocation] = useState(initial.location);
  const { formRef, fieldErrors, submitError, busy, onSubmit } = useAccountForm({
    secretFieldName: 'apiKey',
    read: (form) =>
      questionProSubmissionFrom(
        {
          label: textOf(form, 'label'),
          location,
          customBaseUrl: textOf(form, 'customBaseUrl'),
          userId: textOf(form, 'userId'),
          apiKey: textOf(form, 'apiKey'),
        },
        account?.id,
      ),
    send: sendQuestionPro,
    onSaved,
  });
  // Edit forms sit inside an account card (whose name is an h3); add forms sit directly in the panel.
  const Heading = account ? 'h4' : 'h3';
  const heading = account ? `Edit ${account.label}` : 'Add a QuestionPro account';

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
        hint="Shown only in Outpost, for example “Kenya field team”."
        defaultValue={account?.label}
        error={fieldErrors.label}
        autoComplete="off"
      />
      <SelectField
        name="location"
        label="Datacenter"
        value={location}
        options={locationOptions}
        onChange={setLocation}
        error={fieldErrors.location}
        hint="The QuestionPro site your account was created on; a key works only there."
      />
      {location === CUSTOM_LOCATION ? (
        <TextField
          name="customBaseUrl"
          label="Server address"
          type="url"
          hint="The full API address, starting with https://"
          defaultValue={initial.customBaseUrl}
          error={fieldErrors.customBaseUrl}
          autoComplete="off"
        />
      ) : null}
      <TextField
        name="userId"
        label="User ID"
        inputMode="numeric"
        hint="Your numeric QuestionPro user ID."
        defaultValue={account?.userId}
        error={fieldErrors.userId}
        autoComplete="off"
      />
      <TextField
        name="apiKey"
        label="API key"
        type="password"
        autoComplete="new-password"
        spellCheck={false}
        hint={
          account
            ? 'Leave empty to keep the stored key. If you change the datacenter or address, the stored key is cleared (a key is only sent to the server it was entered for) and sending waits until you enter it here.'
            : 'From QuestionPro: Integrations → API. Stored in this computer’s keychain, never shown again.'
        }
        error={fieldErrors.apiKey}
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
