import { z } from 'zod';
import {
  HttpsUrlSchema,
  QmobAccountDraftSchema,
  QmobAccountPatchSchema,
  QmobAccountSchema,
  QmobInstanceSchema,
  type QmobAccount,
  type QmobAccountDraft,
  type QmobAccountPatch,
  type QmobLocation,
} from '../../../common/accounts/index';
import { fieldError, httpsAddressError, withoutEmpty, type FieldErrors, type FormOutcome } from './form-validation';
import { defineMessages } from '../../../common/i18n/phrase';
import { failWith, ok } from '../../../common/result';
import { checkMessage } from '../../../common/zod-words';
import { currentIntl } from '../i18n/current-intl';

const words = defineMessages({
  enterName: { id: 'settings.form.enterName', defaultMessage: 'Enter a name for this account.' },
  enterInstance: {
    id: 'settings.qmob.enterInstance',
    defaultMessage: 'Enter the instance: the first word of your QMob dashboard address.',
  },
  enterProject: {
    id: 'settings.qmob.enterProject',
    defaultMessage: 'Enter the project name exactly as QMob spells it.',
  },
  enterUser: { id: 'settings.qmob.enterUser', defaultMessage: 'Enter your QMob user name.' },
  fullAddress: {
    id: 'settings.qmob.fullCallbackAddress',
    defaultMessage: 'Enter a full address, such as https://example.org/qmob-callback.',
  },
  passwordTooLong: { id: 'settings.qmob.passwordTooLong', defaultMessage: 'The password is too long.' },
  enterPassword: { id: 'settings.qmob.enterPassword', defaultMessage: 'Enter the QMob password.' },
});
const say = (message: (typeof words)[keyof typeof words]): string => currentIntl().formatMessage(message);

/** The optional fields' own checks (the contract's schemas check them again in main). */
const CompanyIdSchema = z.string().trim().max(100);
const CallbackUrlSchema = z.string().trim().url(checkMessage(words.fullAddress)).max(2048);

export type QmobLocationChoice = 'instance' | 'custom';

export type QmobField =
  | 'label'
  | 'instance'
  | 'customBaseUrl'
  | 'project'
  | 'userName'
  | 'companyId'
  | 'callbackUrl'
  | 'password';

export interface QmobFormValues {
  label: string;
  locationChoice: QmobLocationChoice;
  instance: string;
  customBaseUrl: string;
  project: string;
  userName: string;
  companyId: string;
  callbackUrl: string;
  /** Read from the form at submit and dropped right after; never kept in component state. */
  password: string;
}

export function initialQmobLocationChoice(account: QmobAccount | undefined): QmobLocationChoice {
  return account && 'customBaseUrl' in account.location ? 'custom' : 'instance';
}

const optionalError = (schema: z.ZodType, value: string): string | undefined =>
  value.trim() === '' ? undefined : fieldError(schema, value, '');

interface QmobCommonFields {
  label: string;
  location: QmobLocation;
  project: string;
  userName: string;
  companyId: string | undefined;
  callbackUrl: string | undefined;
}

function checkCommonFields(values: QmobFormValues): FormOutcome<QmobField, QmobCommonFields> {
  const custom = values.locationChoice === 'custom';
  const errors = withoutEmpty<QmobField>({
    label: fieldError(QmobAccountSchema.shape.label, values.label, say(words.enterName)),
    instance: custom ? undefined : fieldError(QmobInstanceSchema, values.instance, say(words.enterInstance)),
    customBaseUrl: custom ? httpsAddressError(HttpsUrlSchema, values.customBaseUrl) : undefined,
    project: fieldError(QmobAccountSchema.shape.project, values.project, say(words.enterProject)),
    userName: fieldError(QmobAccountSchema.shape.userName, values.userName, say(words.enterUser)),
    companyId: optionalError(CompanyIdSchema, values.companyId),
    callbackUrl: optionalError(CallbackUrlSchema, values.callbackUrl),
    password: undefined,
  });
  if (Object.keys(errors).length > 0) return failWith(errors);
  const trimmedOrUndefined = (value: string): string | undefined => (value.trim() === '' ? undefined : value.trim());
  return ok({
    label: values.label.trim(),
    location: custom ? { customBaseUrl: values.customBaseUrl.trim() } : { instance: values.instance.trim() },
    project: values.project.trim(),
    userName: values.userName.trim(),
    companyId: trimmedOrUndefined(values.companyId),
    callbackUrl: trimmedOrUndefined(values.callbackUrl),
  });
}

const tooLong = (): FieldErrors<QmobField> => ({ password: say(words.passwordTooLong) });

export function qmobDraftFrom(values: QmobFormValues): FormOutcome<QmobField, QmobAccountDraft> {
  const common = checkCommonFields(values);
  const passwordError = values.password === '' ? say(words.enterPassword) : undefined;
  if (!common.ok || passwordError) {
    return failWith({ ...(common.ok ? {} : common.error), ...(passwordError ? { password: passwordError } : {}) });
  }
  const { companyId, callbackUrl, ...required } = common.value;
  const draft = QmobAccountDraftSchema.safeParse({
    ...required,
    ...(companyId ? { companyId } : {}),
    ...(callbackUrl ? { callbackUrl } : {}),
    practice: false,
    password: values.password,
  });
  return draft.success ? ok(draft.data) : failWith(tooLong());
}

/** An edit with the password left empty keeps the stored one; emptied optional fields are cleared (null). */
export function qmobPatchFrom(values: QmobFormValues): FormOutcome<QmobField, QmobAccountPatch> {
  const common = checkCommonFields(values);
  if (!common.ok) return common;
  const { companyId, callbackUrl, ...required } = common.value;
  const patch = QmobAccountPatchSchema.safeParse({
    ...required,
    companyId: companyId ?? null,
    callbackUrl: callbackUrl ?? null,
    ...(values.password === '' ? {} : { password: values.password }),
  });
  return patch.success ? ok(patch.data) : failWith(tooLong());
}

export type QmobSubmission =
  | { mode: 'add'; draft: QmobAccountDraft }
  | { mode: 'edit'; id: string; patch: QmobAccountPatch };

/** What the form sends: a draft when adding, a patch for the account being edited. */
export function qmobSubmissionFrom(
  values: QmobFormValues,
  editingId: string | undefined,
): FormOutcome<QmobField, QmobSubmission> {
  if (editingId === undefined) {
    const draft = qmobDraftFrom(values);
    return draft.ok ? ok({ mode: 'add', draft: draft.value }) : draft;
  }
  const patch = qmobPatchFrom(values);
  return patch.ok ? ok({ mode: 'edit', id: editingId, patch: patch.value }) : patch;
}
