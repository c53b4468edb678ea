import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { qmobStatusBodySchema } from '../../../common/qmob/schemas';
import { startSandbox, type QmobFailureStage, type RunningSandbox } from '../../../sandbox/index';
import { CallbackReceiver } from './support/callback-receiver';
import { sendExpectingAnswer, type HttpAnswer } from './support/https-client';
import { SandboxClient } from './support/sandbox-client';
import { seedMessagePattern, seedQmobMessages } from './support/seed-document';

/**
 * Table-driven: each row is one input that, by the condition the seed gives, must produce one
 * seed message. The last test checks that every message in the seed was produced.
 */

let sandbox: RunningSandbox;
let client: SandboxClient;
const callbacks = new CallbackReceiver();
const observedMessages: string[] = [];

beforeAll(async () => {
  sandbox = await startSandbox({ seed: 1, plainHttpPort: 0, importDelayMs: 5 });
  client = new SandboxClient(sandbox);
  await callbacks.start();
});
afterAll(async () => {
  await sandbox.close();
  await callbacks.stop();
});
beforeEach(async () => {
  sandbox.setFaults({ qmobFailure: null });
  await sandbox.reset();
});

interface Respondent {
  username?: string;
  phonenumber?: string;
  email?: string;
  sample_fields?: Array<{ alias: string; value: string }>;
}

const newRespondent = (username: string, extra: Partial<Respondent> = {}): Respondent => ({
  username,
  phonenumber: '+254711000000',
  sample_fields: [{ alias: 'site_code', value: 'S1' }],
  ...extra,
});

const addJson = (respondents: Respondent[], extra: Record<string, unknown> = {}): string =>
  JSON.stringify({ no_password: true, group_id: '1001', overwrite: false, respondents, ...extra });

const membershipJson = (groupId: string, usernames: string[]): string =>
  JSON.stringify({ group_id: groupId, respondents: usernames.map((username) => ({ username })) });

/** Imports respondents into list 1001 and waits until they are stored. */
async function importRespondents(usernames: string[]): Promise<void> {
  const answer = await client.qmob('add_respondent', {
    respondents_json: addJson(usernames.map((name) => newRespondent(name))),
  });
  expect(qmobStatusBodySchema.parse(JSON.parse(answer.text)).status).toBe('ok');
  await expect.poll(() => sandbox.state().qmob.imports.every((record) => record.status !== 'running')).toBe(true);
}

interface ReplyCase {
  readonly name: string;
  readonly action: string;
  readonly parameters: Record<string, string | undefined>;
  readonly expected: string;
  readonly status?: 'ok' | 'error';
  readonly failure?: QmobFailureStage;
  readonly setup?: () => Promise<void>;
}

const replyCases: ReplyCase[] = [
  {
    name: 'a valid batch',
    action: 'add_respondent',
    parameters: { respondents_json: addJson([newRespondent('new.person')]) },
    expected: 'Import started successfully',
    status: 'ok',
  },
  {
    name: 'respondents_json missing',
    action: 'add_respondent',
    parameters: { respondents_json: undefined },
    expected: 'Error missing required parameter.',
  },
  {
    name: 'password missing',
    action: 'copy_respondents_to_list',
    parameters: { password: undefined, respondents_json: membershipJson('1002', ['amina.k']) },
    expected: 'Error missing required parameter.',
  },
  {
    name: 'wrong password',
    action: 'add_respondent',
    parameters: { password: 'wrong', respondents_json: addJson([newRespondent('a')]) },
    expected: 'Authentication failure.',
  },
  {
    name: 'sample fields unavailable',
    action: 'add_respondent',
    parameters: { respondents_json: addJson([newRespondent('a')]) },
    failure: 'fetch-sample-fields',
    expected: 'Could not fetch sample fields for user.',
  },
  {
    name: 'integer sample field given text',
    action: 'add_respondent',
    parameters: {
      respondents_json: addJson([
        newRespondent('a', {
          sample_fields: [
            { alias: 'site_code', value: 'S1' },
            { alias: 'age', value: 'thirty' },
          ],
        }),
      ]),
    },
    expected: 'Field contains invalid data.; sample field age',
  },
  {
    name: 'required sample field empty',
    action: 'add_respondent',
    parameters: {
      respondents_json: addJson([newRespondent('a', { sample_fields: [{ alias: 'site_code', value: '' }] })]),
    },
    expected: 'Field cannot be empty.; sample field site_code',
  },
  {
    name: 'respondents_json not JSON',
    action: 'add_respondent',
    parameters: { respondents_json: '{"respondents": [' },
    expected: 'Could not parse json parameter as a JSONObject.',
  },
  {
    name: 'respondents_json a JSON array',
    action: 'remove_respondents_from_list',
    parameters: { respondents_json: '[{"username":"amina.k"}]' },
    expected: 'Could not parse json parameter as a JSONObject.',
  },
  {
    name: 'username with a space and !',
    action: 'add_respondent',
    parameters: { respondents_json: addJson([newRespondent('bad name!')]) },
    expected: "Import failed, Respondent ID must use only characters 'A-Z a-z 0-9 ._-@'",
  },
  {
    name: 'username missing',
    action: 'add_respondent',
    parameters: {
      respondents_json: addJson([{ phonenumber: '+1555', sample_fields: [{ alias: 'site_code', value: 'S1' }] }]),
    },
    expected: 'Import failed, Username must be specified.',
  },
  {
    name: 'phone with a dash',
    action: 'add_respondent',
    parameters: { respondents_json: addJson([newRespondent('a', { phonenumber: '0700-123456' })]) },
    expected: 'Import failed, Phone number not valid. (Use only 0-9 and +).',
  },
  {
    name: 'neither phone nor e-mail',
    action: 'add_respondent',
    parameters: { respondents_json: addJson([newRespondent('a', { phonenumber: '' })]) },
    expected: 'Import failed, Either phone number or e-mail must be specified!',
  },
  {
    name: 'malformed e-mail',
    action: 'add_respondent',
    parameters: { respondents_json: addJson([newRespondent('a', { phonenumber: '', email: 'not-an-email' })]) },
    expected: 'Import failed, Invalid e-mail!',
  },
  {
    name: 'preview list over its maximum on import',
    action: 'add_respondent',
    parameters: {
      respondents_json: addJson(
        ['p1', 'p2', 'p3', 'p4', 'p5'].map((name) => newRespondent(name)),
        { group_id: '1003' },
      ),
    },
    expected: 'Import failed, Too many respondents. A preview group can only contain a maximum of 5 respondents.',
  },
  {
    name: 'list that does not exist',
    action: 'add_respondent',
    parameters: { respondents_json: addJson([newRespondent('a')], { group_id: '9999' }) },
    expected: 'Could not start bulk import from API call.',
  },
  {
    name: 'import cannot start',
    action: 'add_respondent',
    parameters: { respondents_json: addJson([newRespondent('a')]) },
    failure: 'start-import',
    expected: 'Could not start bulk import from API call.',
  },
  {
    name: 'copy to another list',
    action: 'copy_respondents_to_list',
    parameters: { respondents_json: membershipJson('1002', ['amina.k']) },
    expected: 'Respondents copied to list 1002',
    status: 'ok',
  },
  {
    name: 'copy with no usernames',
    action: 'copy_respondents_to_list',
    parameters: { respondents_json: JSON.stringify({ group_id: '1002', respondents: [] }) },
    expected: 'Could not parse json parameter as a JSONObject. No respondents found!',
  },
  {
    name: 'remove with no respondents key',
    action: 'remove_respondents_from_list',
    parameters: { respondents_json: JSON.stringify({ group_id: '1002' }) },
    expected: 'Could not parse json parameter as a JSONObject. No respondents found!',
  },
  {
    name: 'respondent storage unavailable',
    action: 'copy_respondents_to_list',
    parameters: { respondents_json: membershipJson('1002', ['amina.k']) },
    failure: 'fetch-respondents',
    expected: 'Could not validate respondents. Could not fetch respondent list.',
  },
  {
    name: 'unknown respondents',
    action: 'copy_respondents_to_list',
    parameters: { respondents_json: membershipJson('1002', ['amina.k', 'ghost.one', 'ghost.two']) },
    expected: 'Could not validate respondents. Respondent(s) does not exist! (ghost.one,ghost.two)',
  },
  {
    name: 'copy past the preview maximum',
    action: 'copy_respondents_to_list',
    parameters: { respondents_json: membershipJson('1003', ['c1', 'c2', 'c3', 'c4', 'c5']) },
    setup: () => importRespondents(['c1', 'c2', 'c3', 'c4', 'c5']),
    expected: 'Too many respondents. A preview group can only contain a maximum of 5 respondents',
  },
  {
    name: 'assignment cannot be stored',
    action: 'copy_respondents_to_list',
    parameters: { respondents_json: membershipJson('1002', ['amina.k']) },
    failure: 'assign',
    expected: 'Unable to assign respondents.',
  },
  {
    name: 'copy fails generally',
    action: 'copy_respondents_to_list',
    parameters: { respondents_json: membershipJson('1002', ['amina.k']) },
    failure: 'copy-general',
    expected: 'Error copying respondents.',
  },
  {
    name: 'remove from one of two lists',
    action: 'remove_respondents_from_list',
    parameters: { respondents_json: membershipJson('1002', ['joseph.m']) },
    expected: 'Respondents removed from list 1002',
    status: 'ok',
  },
  {
    name: 'remove that would leave respondents in no list',
    action: 'remove_respondents_from_list',
    parameters: { respondents_json: membershipJson('1001', ['joseph.m', 'amina.k']) },
    expected: 'The following respondents could not be deleted from the list: [amina.k]',
  },
];

async function statusBody(answer: HttpAnswer) {
  expect(answer.status).toBe(200);
  return qmobStatusBodySchema.parse(JSON.parse(answer.text));
}

describe('QMob status messages, each from the condition the seed gives', () => {
  it.each(replyCases)('$name → "$expected"', async (testCase) => {
    await testCase.setup?.();
    if (testCase.failure) sandbox.setFaults({ qmobFailure: testCase.failure });
    const body = await statusBody(await client.qmob(testCase.action, testCase.parameters));
    expect(body).toMatchObject({ status: testCase.status ?? 'error', message: testCase.expected });
    observedMessages.push(body.message);
  });

  it('answers a non-POST with HTTP 400 "Action not supported"', async () => {
    const answer = await client.qmob('copy_respondents_to_list', {}, 'GET');
    expect(answer).toMatchObject({ status: 400, text: 'Action not supported' });
    observedMessages.push(answer.text);
  });

  it('answers plain HTTP with 403 "Not supported"', async () => {
    const answer = await sendExpectingAnswer(
      `${sandbox.plainHttpUrl}/reactor-webapp/pt/OutpostPractice/pn/lumicompass/api/add_respondent`,
      {
        method: 'POST',
        body: 'user_name=x',
      },
    );
    expect(answer).toMatchObject({ status: 403, text: 'Not supported' });
    observedMessages.push(answer.text);
  });
});

interface CallbackCase {
  readonly name: string;
  readonly respondents: Respondent[];
  readonly overwrite?: boolean;
  readonly failure?: QmobFailureStage;
  readonly expected: string | RegExp;
  readonly status: 'ok' | 'error';
}

const callbackCases: CallbackCase[] = [
  {
    name: 'one new, one existing, no overwrite',
    respondents: [newRespondent('fresh.one'), newRespondent('amina.k')],
    expected: 'Respondent import finished successfully. 1 of 2 respondents imported.',
    status: 'ok',
  },
  {
    name: 'import task cancelled',
    respondents: [newRespondent('fresh.one')],
    failure: 'import-cancel',
    expected: 'Import was canceled by the server before finishing.',
    status: 'error',
  },
  {
    name: 'overwriting fails',
    respondents: [newRespondent('fresh.one'), newRespondent('amina.k')],
    overwrite: true,
    failure: 'import-overwrite',
    expected: 'Could not overwrite respondent amina.k, import stopped.',
    status: 'error',
  },
  {
    name: 'a respondent cannot be written',
    respondents: [newRespondent('fresh.one')],
    failure: 'import-respondent',
    expected: /^Could not import respondent fresh\.one, aborting import\. .+/,
    status: 'error',
  },
  {
    name: 'the write queue cannot be flushed',
    respondents: [newRespondent('fresh.one')],
    failure: 'import-flush',
    expected: /^Could not flush database write queue, it is possible that not all respondents was imported\. .+/,
    status: 'error',
  },
];

describe('QMob import callbacks', () => {
  it.each(callbackCases)('$name → callback "$expected"', async (testCase) => {
    if (testCase.failure) sandbox.setFaults({ qmobFailure: testCase.failure });
    const started = await statusBody(
      await client.qmob('add_respondent', {
        respondents_json: addJson(testCase.respondents, { overwrite: testCase.overwrite ?? false }),
        callback_url: callbacks.url,
      }),
    );
    expect(started).toMatchObject({
      status: 'ok',
      message: 'Import started successfully',
      id: expect.stringMatching(/^\d+$/),
    });
    const callback = await callbacks.next();
    expect(callback.status).toBe(testCase.status);
    expect(callback.id).toMatch(/^\d+$/);
    if (typeof testCase.expected === 'string') expect(callback.message).toBe(testCase.expected);
    else expect(callback.message).toMatch(testCase.expected);
    observedMessages.push(callback.message);
  });

  it('cancels an import still waiting when the sandbox is reset (server reload)', async () => {
    // A long import delay guarantees the import is still waiting when the reset comes.
    const slow = await startSandbox({ seed: 1, importDelayMs: 60_000 });
    try {
      const slowClient = new SandboxClient(slow);
      await slowClient.qmob('add_respondent', {
        respondents_json: addJson([newRespondent('late.one')]),
        callback_url: callbacks.url,
      });
      expect(slow.state().qmob.imports).toMatchObject([{ status: 'running' }]);
      await slow.reset();
      const callback = await callbacks.next();
      expect(callback).toMatchObject({
        status: 'error',
        message: 'Import was canceled by the server before finishing.',
      });
      expect(slow.state().qmob.respondents.map((respondent) => respondent.username)).not.toContain('late.one');
    } finally {
      await slow.close();
    }
  });
});

describe('coverage of the seed', () => {
  it('produced every QMob message printed in the seed document', () => {
    const seedMessages = seedQmobMessages();
    expect(seedMessages.length).toBe(30);
    const unproduced = seedMessages.filter(
      (message) => !observedMessages.some((observed) => seedMessagePattern(message).test(observed)),
    );
    expect(unproduced).toEqual([]);
  });
});
