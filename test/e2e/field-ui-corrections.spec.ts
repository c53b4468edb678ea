import { expect, test, type Page } from '@playwright/test';
import { editQuestionProAccount } from './support/accounts-in-page';
import { answerWater, newResponse, requiredWaterAnswers, startWithSandboxWater } from './support/capture-ui';
import { readStore } from './support/outbox-in-page';
import { ownHostPlace, startBrowserHost, startSandboxProcess, stopProcess } from './support/processes';
import { answerTexts as answer } from './support/sandbox-responses';

/**
 * Issue 14: correcting a finished response in the capture form. One still in the outbox is
 * replaced there (the sandbox only ever gets the corrected one); one QuestionPro holds is
 * followed by a new linked response and, when asked, deleted there exactly once.
 */
test.use({ timezoneId: 'Africa/Nairobi' });

interface Item {
  id: string;
  state: string;
  serverId: string | null;
  replaces: string | null;
  replacedBy: string | null;
  payload: { kind: string; responseId: string };
}

const items = async (page: Page): Promise<Item[]> => (await readStore(page, 'outbox')) as Item[];

const setKey = (page: Page, accountId: string, apiKey: string): Promise<void> =>
  editQuestionProAccount(page, accountId, { apiKey });

/** The newest response's detail, from the survey list. */
async function openNewestResponse(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Responses \(/ }).click();
  await page.getByTestId('response-row').first().getByRole('button').click();
}

test('a queued response is corrected in place and a delivered one as a new linked response, the old one deleted on QuestionPro once', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const sandbox = await startSandboxProcess(['--seed', '31']);
  const { port, dataDir } = ownHostPlace('corrections');
  const host = await startBrowserHost(port, dataDir);
  try {
    const accountId = await startWithSandboxWater(page, host.ready.url, sandbox);

    // A refused key holds delivery (the account pauses, the item stays in the outbox, not sent).
    await setKey(page, accountId, 'wrong-key-123456');
    const f = await newResponse(page);
    await answerWater(f, requiredWaterAnswers('Amina'));
    await f.getByRole('button', { name: 'Finish response' }).click();
    await expect(page.getByTestId('capture-notice')).toContainText('finished');
    await expect
      .poll(async () => (await sandbox.state()).requests.some((entry) => entry.outcome === 401), { timeout: 30_000 })
      .toBe(true);
    await expect.poll(async () => (await items(page)).map((item) => item.state)).toEqual(['queued']);
    const [first] = await items(page);
    if (!first) throw new Error('no item');

    // 1. Not delivered yet: it opens in the form, and saving replaces its queued item.
    await openNewestResponse(page);
    const correction = page.getByTestId('correction');
    await expect(correction).toContainText('Not sent yet: a correction replaces it in the outbox.');
    await correction.getByRole('button', { name: 'Correct in the form' }).click();
    await expect(page.getByTestId('correction-banner')).toContainText('Saving replaces it in the outbox.');
    await expect(f.getByRole('textbox', { name: /How many people/ })).toHaveValue('5');
    await f.getByRole('textbox', { name: /How many people/ }).fill('7');
    await expect(f.getByRole('button', { name: 'Finish and start next' })).toHaveCount(0);
    await f.getByRole('button', { name: 'Save correction' }).click();
    await expect(page.getByTestId('capture-notice')).toContainText('Correction saved');
    const afterReplace = await items(page);
    const replaced = afterReplace.find((item) => item.id === first.id);
    const replacement = afterReplace.find((item) => item.replaces === first.id);
    expect(replaced).toMatchObject({ state: 'replaced', replacedBy: replacement?.id });
    expect(replacement).toMatchObject({ state: 'queued', payload: { responseId: first.payload.responseId } });
    const responses = (await readStore(page, 'responses')) as { id: string; outboxId: string }[];
    expect(responses).toEqual([expect.objectContaining({ id: first.payload.responseId, outboxId: replacement?.id })]);

    // The key is fixed: only the corrected response reaches QuestionPro.
    await setKey(page, accountId, sandbox.info.questionpro.apiKey);
    await expect
      .poll(async () => (await items(page)).find((item) => item.id === replacement?.id)?.state, { timeout: 60_000 })
      .toBe('delivered');
    let stored = await sandbox.responses(7654322);
    expect(stored.map((response) => response.externalReference)).toEqual([replacement?.id]);
    expect(answer(stored[0], 'Q7')).toEqual(['7']);
    const oldServerId = stored[0]?.responseID;

    // 2. Delivered: the correction is a new response linked to the old, which is deleted there only when asked.
    await page.getByRole('button', { name: '← Surveys and drafts' }).click();
    await openNewestResponse(page);
    await expect(correction).toContainText('The old one stays on QuestionPro unless you also ask to delete it there.');
    await correction.getByRole('button', { name: 'Correct in the form' }).click();
    const banner = page.getByTestId('correction-banner');
    await expect(banner).toContainText('QuestionPro already has the response you are correcting.');
    await f.getByRole('textbox', { name: /How many people/ }).fill('8');
    await banner.getByRole('checkbox', { name: /Also delete the old response on QuestionPro/ }).check();
    await f.getByRole('button', { name: 'Save correction' }).click();
    await expect(page.getByTestId('capture-notice')).toContainText(
      'The old one is deleted there once the correction has arrived.',
    );
    await expect
      .poll(async () => (await items(page)).filter((item) => item.state === 'delivered').length, { timeout: 60_000 })
      .toBe(3);
    stored = await sandbox.responses(7654322);
    expect(stored).toHaveLength(1);
    expect(stored[0]?.responseID).not.toBe(oldServerId);
    expect(answer(stored[0], 'Q7')).toEqual(['8']);
    const state = await sandbox.state();
    const deletes = state.requests
      .filter((entry) => entry.endpoint === 'DELETE /surveys/{surveyId}/responses/{responseId}')
      .reduce((sum, entry) => sum + entry.count, 0);
    expect(deletes).toBe(1);

    // Both responses stay on the laptop, linked both ways.
    const both = (await readStore(page, 'responses')) as { id: string; corrects?: string; correctedBy?: string }[];
    const older = both.find((response) => response.id === first.payload.responseId);
    const newer = both.find((response) => response.id !== first.payload.responseId);
    expect(older?.correctedBy).toBe(newer?.id);
    expect(newer?.corrects).toBe(older?.id);
    // The detail says so, both ways.
    await page.getByTestId('response-row').nth(0).getByRole('button').click();
    await expect(page.getByTestId('corrects-note')).toContainText('This response corrects one finished on');
    await page.getByTestId('response-row').nth(1).getByRole('button').click();
    await expect(page.getByTestId('corrected-note')).toContainText('Deleting it on QuestionPro: Delivered.');
  } finally {
    await stopProcess(host.child);
    await sandbox.stop();
  }
});
