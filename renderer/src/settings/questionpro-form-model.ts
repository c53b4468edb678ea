import {
  DatacenterSchema,
  HttpsUrlSchema,
  QuestionProAccountDraftSchema,
  QuestionProAccountPatchSchema,
  QuestionProAccountSchema,
  type QuestionProAccount,
  type QuestionProAccountDraft,
  type QuestionProAccountPatch,
  type QuestionProLocation,
} from '../../../common/accounts/index';
import { fieldError, httpsAddressError, withoutEmpty, type FormOutcome } from './form-validation';
import { defineMessages } from '../../../common/i18n/phrase';
import { failWith, ok } from '../../../common/result';
import { currentIntl } from '../i18n/current-intl';

const words = defineMessages({
  enterName: { id: 'settings.form.enterName', defaultMessage: 'Enter a name for this account.' },
  chooseDatacenter: {
    id: 'settings.questionpro.chooseDatacenter',
    defaultMessage: 'Choose the datacenter your account is on.',
  },
  enterUserId: { id: 'settings.questionpro.enterUserId', defaultMessage: 'Enter your QuestionPro user ID (a number).' },
  enterKey: {
    id: 'settings.questionpro.enterKey',
    defaultMessage: 'Enter the API key from QuestionPro (Integrations → API).',
  },
  keyTooLong: { id: 'settings.questionpro.keyTooLong', defaultMessage: 'The API key is too long.' },
});
const say = (message: (typeof words)[keyof typeof words]): string => currentIntl().formatMessage(message);

export const CUSTOM_LOCATION = 'custom';

export type QuestionProField = 'label' | 'location' | 'customBaseUrl' | 'userId' | 'apiKey';

export interface QuestionProFormValues {
  label: string;
  /** A datacenter id, or CUSTOM_LOCATION. */
  location: string;
  customBaseUrl: string;
  userId: string;
  /** Read from the form at submit and dropped right after; never kept in component state. */
  apiKey: string;
}

export function initialQuestionProLocation(account: QuestionProAccount | undefined): {
  location: string;
  customBaseUrl: string;
} {
  if (!account) return { location: 'us', customBaseUrl: '' };
  if ('datacenter' in account.location) return { location: account.location.datacenter, customBaseUrl: '' };
  return { location: CUSTOM_LOCATION, customBaseUrl: account.location.customBaseUrl };
}

function checkCommonFields(
  values: QuestionProFormValues,
): FormOutcome<QuestionProField, { label: string; location: QuestionProLocation; userId: string }> {
  const custom = values.location === CUSTOM_LOCATION;
  const datacenter = DatacenterSchema.safeParse(values.location);
  const errors = withoutEmpty<QuestionProField>({
    label: fieldError(QuestionProAccountSchema.shape.label, values.label, say(words.enterName)),
    location: custom || datacenter.success ? undefined : say(words.chooseDatacenter),
    customBaseUrl: custom ? httpsAddressError(HttpsUrlSchema, values.customBaseUrl) : undefined,
    userId: fieldError(QuestionProAccountSchema.shape.userId, values.userId, say(words.enterUserId)),
    apiKey: undefined,
  });
  if (Object.keys(errors).length > 0) return failWith(errors);
  const location: QuestionProLocation = custom
    ? { customBaseUrl: values.customBaseUrl.trim() }
    : { datacenter: DatacenterSchema.parse(values.location) };
  return ok({ label: values.label.trim(), location, userId: values.userId.trim() });
}

/** A new account needs its key; the result is checked against the contract's own schema before it is sent. */
export function questionProDraftFrom(
  values: QuestionProFormValues,
): FormOutcome<QuestionProField, QuestionProAccountDraft> {
  const common = checkCommonFields(values);
  const apiKeyError = values.apiKey.trim() === '' ? say(words.enterKey) : undefined;
  if (!common.ok || apiKeyError) {
    return failWith({ ...(common.ok ? {} : common.error), ...(apiKeyError ? { apiKey: apiKeyError } : {}) });
  }
  const draft = QuestionProAccountDraftSchema.safeParse({ ...common.value, practice: false, apiKey: values.apiKey });
  return draft.success ? ok(draft.data) : failWith({ apiKey: say(words.keyTooLong) });
}

/** An edit with the key field left empty keeps the stored key. */
export function questionProPatchFrom(
  values: QuestionProFormValues,
): FormOutcome<QuestionProField, QuestionProAccountPatch> {
  const common = checkCommonFields(values);
  if (!common.ok) return common;
  const newKey = values.apiKey.trim() === '' ? {} : { apiKey: values.apiKey };
  const patch = QuestionProAccountPatchSchema.safeParse({ ...common.value, ...newKey });
  return patch.success ? ok(patch.data) : failWith({ apiKey: say(words.keyTooLong) });
}

export type QuestionProSubmission =
  | { mode: 'add'; draft: QuestionProAccountDraft }
  | { mode: 'edit'; id: string; patch: QuestionProAccountPatch };

/** What the form sends: a draft when adding, a patch for the account being edited. */
export function questionProSubmissionFrom(
  values: QuestionProFormValues,
  editingId: string | undefined,
): FormOutcome<QuestionProField, QuestionProSubmission> {
  if (editingId === undefined) {
    const draft = questionProDraftFrom(values);
    return draft.ok ? ok({ mode: 'add', draft: draft.value }) : draft;
  }
  const patch = questionProPatchFrom(values);
  return patch.ok ? ok({ mode: 'edit', id: editingId, patch: patch.value }) : patch;
}
