import { useState } from 'react';
import { useIntl } from 'react-intl';
import { DATACENTERS, type QuestionProAccount } from '../../../common/accounts/index';
import { defineMessages } from '../../../common/i18n/phrase';
import { datacenterChoice } from './AccountFacts';
import { call } from '../api/client';
import { AccountFormShell, accountFormWords, ServerAddressField, type AccountFormProps } from './AccountFormShell';
import { SelectField, TextField } from './FormField';
import { textOf } from './form-validation';
import {
  CUSTOM_LOCATION,
  initialQuestionProLocation,
  questionProSubmissionFrom,
  type QuestionProSubmission,
} from './questionpro-form-model';
import { useAccountForm } from './use-account-form';

const words = defineMessages({
  heading: {
    id: 'settings.questionpro.heading',
    defaultMessage: '{editing, select, yes {Edit {account}} other {Add a QuestionPro account}}',
  },
  labelHint: {
    id: 'settings.questionpro.accountNameHint',
    defaultMessage: 'Shown only in Outpost, for example “Kenya field team”.',
  },
  datacenter: { id: 'settings.questionpro.datacenter', defaultMessage: 'Datacenter' },
  datacenterHint: {
    id: 'settings.questionpro.datacenterHint',
    defaultMessage: 'The QuestionPro site your account was created on; a key works only there.',
  },
  userId: { id: 'settings.questionpro.userId', defaultMessage: 'User ID' },
  userIdHint: { id: 'settings.questionpro.userIdHint', defaultMessage: 'Your numeric QuestionPro user ID.' },
  apiKey: { id: 'settings.questionpro.apiKey', defaultMessage: 'API key' },
  apiKeyHintEdit: {
    id: 'settings.questionpro.apiKeyHintEdit',
    defaultMessage:
      'Leave empty to keep the stored key. If you change the datacenter or address, the stored key is cleared (a key is only sent to the server it was entered for) and sending waits until you enter it here.',
  },
  apiKeyHintAdd: {
    id: 'settings.questionpro.apiKeyHintAdd',
    defaultMessage: 'From QuestionPro: Integrations → API. Stored in this computer’s keychain, never shown again.',
  },
});

const sendQuestionPro = (submission: QuestionProSubmission) =>
  submission.mode === 'add'
    ? call('accounts.addQuestionPro', submission.draft)
    : call('accounts.editQuestionPro', { id: submission.id, patch: submission.patch });

/** Add or edit a QuestionPro account. The API key goes to main once and is never shown again. */
export function QuestionProAccountForm(props: AccountFormProps<QuestionProAccount>) {
  const { account, onSaved } = props;
  const intl = useIntl();
  const say = (message: (typeof words)[keyof typeof words]): string => intl.formatMessage(message);
  const locationOptions = [
    ...DATACENTERS.map((datacenter) => ({ value: datacenter, label: datacenterChoice(intl, datacenter) })),
    { value: CUSTOM_LOCATION, label: intl.formatMessage(accountFormWords.customAddress) },
  ];
  const initial = initialQuestionProLocation(account);
  const [location, setLocation] = useState(initial.location);
  const form = useAccountForm({
    secretFieldName: 'apiKey',
    read: (data) =>
      questionProSubmissionFrom(
        {
          label: textOf(data, 'label'),
          location,
          customBaseUrl: textOf(data, 'customBaseUrl'),
          userId: textOf(data, 'userId'),
          apiKey: textOf(data, 'apiKey'),
        },
        account?.id,
      ),
    send: sendQuestionPro,
    onSaved,
  });

  return (
    <AccountFormShell {...props} words={words} form={form}>
      <SelectField
        name="location"
        label={say(words.datacenter)}
        value={location}
        options={locationOptions}
        onChange={setLocation}
        error={form.fieldErrors.location}
        hint={say(words.datacenterHint)}
      />
      {location === CUSTOM_LOCATION ? (
        <ServerAddressField defaultValue={initial.customBaseUrl} error={form.fieldErrors.customBaseUrl} />
      ) : null}
      <TextField
        name="userId"
        label={say(words.userId)}
        inputMode="numeric"
        hint={say(words.userIdHint)}
        defaultValue={account?.userId}
        error={form.fieldErrors.userId}
        autoComplete="off"
      />
      <TextField
        name="apiKey"
        label={say(words.apiKey)}
        type="password"
        autoComplete="new-password"
        spellCheck={false}
        hint={say(account ? words.apiKeyHintEdit : words.apiKeyHintAdd)}
        error={form.fieldErrors.apiKey}
      />
    </AccountFormShell>
  );
}
