import { z } from 'zod';
import {
  AccountIdSchema,
  AccountSchema,
  ConnectionTestResultSchema,
  QmobAccountDraftSchema,
  QmobAccountPatchSchema,
  QmobAccountSchema,
  QuestionProAccountDraftSchema,
  QuestionProAccountPatchSchema,
  QuestionProAccountSchema,
} from '../../accounts/index';
import type { OperationSpec } from '../spec';
import { noInput } from './app';

const byId = z.object({ id: AccountIdSchema }).strict();

export const practiceAccountsSchema = z.object({
  questionPro: QuestionProAccountSchema,
  qmob: QmobAccountSchema,
});

/** Accounts: metadata only crosses to the renderer; a secret crosses once, inward, when entered. */
export const accountOperations = {
  'accounts.list': { input: noInput, output: z.array(AccountSchema), summary: 'Accounts, without their secrets' },
  'accounts.addQuestionPro': {
    input: QuestionProAccountDraftSchema,
    output: QuestionProAccountSchema,
    summary: 'Add a QuestionPro account',
  },
  'accounts.addQmob': { input: QmobAccountDraftSchema, output: QmobAccountSchema, summary: 'Add a QMob account' },
  'accounts.editQuestionPro': {
    input: z.object({ id: AccountIdSchema, patch: QuestionProAccountPatchSchema }).strict(),
    output: QuestionProAccountSchema,
    summary: 'Change a QuestionPro account',
  },
  'accounts.editQmob': {
    input: z.object({ id: AccountIdSchema, patch: QmobAccountPatchSchema }).strict(),
    output: QmobAccountSchema,
    summary: 'Change a QMob account',
  },
  'accounts.remove': { input: byId, output: z.null(), summary: 'Remove an account and its secret' },
  'accounts.test': { input: byId, output: ConnectionTestResultSchema, summary: 'Test connection' },
  'practice.start': {
    input: noInput,
    output: practiceAccountsSchema,
    summary: 'Start the Practice sandbox on this computer and return its accounts',
  },
} as const satisfies Record<string, OperationSpec>;
