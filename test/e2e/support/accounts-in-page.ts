import type { Page } from '@playwright/test';
import type { QmobAccount, QuestionProAccount } from '../../../common/accounts/index';
import type { OperationInput } from '../../../common/contract/operations';
import type { Result } from '../../../common/result';
import type { SandboxProcess } from './processes';

/** Adds an account for a sandbox process through the contract, as Settings would; returns its id. */
export async function addSandboxQuestionProAccount(
  page: Page,
  sandbox: SandboxProcess,
  label: string,
): Promise<string> {
  const added = (await page.evaluate((draft) => window.outpost?.operations['accounts.addQuestionPro'](draft), {
    label,
    location: { customBaseUrl: sandbox.info.questionpro.baseUrl },
    userId: String(sandbox.info.questionpro.userId),
    practice: false,
    extraCaPem: sandbox.caCertPem,
    apiKey: sandbox.info.questionpro.apiKey,
  })) as Result<QuestionProAccount>;
  if (!added.ok) throw new Error(added.error.message);
  return added.value.id;
}

export async function addSandboxQmobAccount(page: Page, sandbox: SandboxProcess, label: string): Promise<string> {
  const added = (await page.evaluate((draft) => window.outpost?.operations['accounts.addQmob'](draft), {
    label,
    location: { customBaseUrl: sandbox.info.qmob.baseUrl },
    project: 'OutpostPractice',
    userName: sandbox.info.qmob.userName,
    practice: false,
    extraCaPem: sandbox.caCertPem,
    password: sandbox.info.qmob.password,
  })) as Result<QmobAccount>;
  if (!added.ok) throw new Error(added.error.message);
  return added.value.id;
}

/** Changes a QuestionPro account through the contract, as Settings would; fails the test if it is refused. */
export async function editQuestionProAccount(
  page: Page,
  id: string,
  patch: OperationInput<'accounts.editQuestionPro'>['patch'],
): Promise<void> {
  const edited = (await page.evaluate(
    ([accountId, change]) => window.outpost?.operations['accounts.editQuestionPro']({ id: accountId, patch: change }),
    [id, patch] as const,
  )) as Result<QuestionProAccount>;
  if (!edited.ok) throw new Error(`the account was not changed: ${JSON.stringify(edited)}`);
}

export async function removeAccount(page: Page, id: string): Promise<void> {
  await page.evaluate((accountId) => window.outpost?.operations['accounts.remove']({ id: accountId }), id);
}
