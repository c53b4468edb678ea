import { useState } from 'react';
import { useIntl } from 'react-intl';
import { defineMessages } from '../../../common/i18n/phrase';
import type { QmobAccount } from '../../../common/accounts/index';
import { call } from '../api/client';
import { AccountFormShell, accountFormWords, ServerAddressField, type AccountFormProps } from './AccountFormShell';
import { SelectField, TextField } from './FormField';
import { textOf } from './form-validation';
import {
  initialQmobLocationChoice,
  qmobSubmissionFrom,
  type QmobLocationChoice,
  type QmobSubmission,
} from './qmob-form-model';
import { useAccountForm } from './use-account-form';

const words = defineMessages({
  heading: {
    id: 'settings.qmob.heading',
    defaultMessage: '{editing, select, yes {Edit {account}} other {Add a QMob account}}',
  },
  labelHint: {
    id: 'settings.qmob.accountNameHint',
    defaultMessage: 'Shown only in Outpost, for example “Nairobi panel”.',
  },
  where: { id: 'settings.qmob.where', defaultMessage: 'Where your QMob is' },
  instanceChoice: { id: 'settings.qmob.instanceChoice', defaultMessage: 'QMob instance (name.myqmob.com)' },
  instance: { id: 'settings.qmob.instance', defaultMessage: 'Instance' },
  instanceHint: {
    id: 'settings.qmob.instanceHint',
    defaultMessage: 'The first word of your dashboard address: for acme.myqmob.com, enter acme.',
  },
  project: { id: 'settings.qmob.project', defaultMessage: 'Project' },
  projectHint: { id: 'settings.qmob.projectHint', defaultMessage: 'Exactly as QMob spells it: capitals matter.' },
  userName: { id: 'settings.qmob.userName', defaultMessage: 'User name' },
  password: { id: 'settings.qmob.password', defaultMessage: 'Password' },
  passwordHintEdit: {
    id: 'settings.qmob.passwordHintEdit',
    defaultMessage:
      'Leave empty to keep the stored password. If you change the instance or address, the stored password is cleared (a password is only sent to the server it was entered for) and sending waits until you enter it here.',
  },
  passwordHintAdd: {
    id: 'settings.qmob.passwordHintAdd',
    defaultMessage: 'Stored in this computer’s keychain, never shown again.',
  },
  companyId: { id: 'settings.qmob.companyId', defaultMessage: 'Company ID (optional)' },
  callbackUrl: { id: 'settings.qmob.callbackUrl', defaultMessage: 'Callback address (optional)' },
  callbackHint: {
    id: 'settings.qmob.callbackHint',
    defaultMessage: 'QMob reports each finished import to this address.',
  },
});

const isLocationChoice = (value: string): value is QmobLocationChoice => value === 'instance' || value === 'custom';

const sendQmob = (submission: QmobSubmission) =>
  submission.mode === 'add'
    ? call('accounts.addQmob', submission.draft)
    : call('accounts.editQmob', { id: submission.id, patch: submission.patch });

/** Add or edit a QMob account. The password goes to main once and is never shown again. */
export function QmobAccountForm(props: AccountFormProps<QmobAccount>) {
  const { account, onSaved } = props;
  const intl = useIntl();
  const say = (message: (typeof words)[keyof typeof words]): string => intl.formatMessage(message);
  const locationOptions: readonly { value: QmobLocationChoice; label: string }[] = [
    { value: 'instance', label: say(words.instanceChoice) },
    { value: 'custom', label: intl.formatMessage(accountFormWords.customAddress) },
  ];
  const [locationChoice, setLocationChoice] = useState<QmobLocationChoice>(initialQmobLocationChoice(account));
  const form = useAccountForm({
    secretFieldName: 'password',
    read: (data) =>
      qmobSubmissionFrom(
        {
          label: textOf(data, 'label'),
          locationChoice,
          instance: textOf(data, 'instance'),
          customBaseUrl: textOf(data, 'customBaseUrl'),
          project: textOf(data, 'project'),
          userName: textOf(data, 'userName'),
          companyId: textOf(data, 'companyId'),
          callbackUrl: textOf(data, 'callbackUrl'),
          password: textOf(data, 'password'),
        },
        account?.id,
      ),
    send: sendQmob,
    onSaved,
  });
  const location = account?.location;

  return (
    <AccountFormShell {...props} words={words} form={form}>
      <SelectField
        name="locationChoice"
        label={say(words.where)}
        value={locationChoice}
        options={locationOptions}
        onChange={(value) => {
          if (isLocationChoice(value)) setLocationChoice(value);
        }}
      />
      {locationChoice === 'instance' ? (
        <TextField
          name="instance"
          label={say(words.instance)}
          hint={say(words.instanceHint)}
          defaultValue={location && 'instance' in location ? location.instance : undefined}
          error={form.fieldErrors.instance}
          autoComplete="off"
        />
      ) : (
        <ServerAddressField
          defaultValue={location && 'customBaseUrl' in location ? location.customBaseUrl : undefined}
          error={form.fieldErrors.customBaseUrl}
        />
      )}
      <TextField
        name="project"
        label={say(words.project)}
        hint={say(words.projectHint)}
        defaultValue={account?.project}
        error={form.fieldErrors.project}
        autoComplete="off"
      />
      <TextField
        name="userName"
        label={say(words.userName)}
        defaultValue={account?.userName}
        error={form.fieldErrors.userName}
        autoComplete="off"
      />
      <TextField
        name="password"
        label={say(words.password)}
        type="password"
        autoComplete="new-password"
        hint={say(account ? words.passwordHintEdit : words.passwordHintAdd)}
        error={form.fieldErrors.password}
      />
      <TextField
        name="companyId"
        label={say(words.companyId)}
        defaultValue={account?.companyId}
        error={form.fieldErrors.companyId}
        autoComplete="off"
      />
      <TextField
        name="callbackUrl"
        label={say(words.callbackUrl)}
        type="url"
        hint={say(words.callbackHint)}
        defaultValue={account?.callbackUrl}
        error={form.fieldErrors.callbackUrl}
        autoComplete="off"
      />
    </AccountFormShell>
  );
}
