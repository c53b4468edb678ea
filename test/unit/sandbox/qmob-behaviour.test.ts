import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { qmobStatusBodySchema } from '../../../common/qmob/schemas';
import { startSandbox, type RunningSandbox } from '../../../sandbox/index';
import { CallbackReceiver } from './support/callback-receiver';
import { SandboxClient } from './support/sandbox-client';

let sandbox: RunningSandbox;
let client: SandboxClient;
const callbacks = new CallbackReceiver();

beforeAll(async () => {
  sandbox = await startSandbox({ seed: 4, importDelayMs: 1 });
  client = new SandboxClient(sandbox);
  await callbacks.start();
});
afterAll(async () => {
  await sandbox.close();
  await callbacks.stop();
});
beforeEach(() => sandbox.reset());

async function importBatch(
  respondents: unknown[],
  options: { groupId?: string; overwrite?: boolean } = {},
): Promise<string> {
  const answer = await client.qmob('add_respondent', {
    respondents_json: JSON.stringify({
      no_password: 'true',
      group_id: options.groupId ?? '1002',
      overwrite: options.overwrite === undefined ? 'false' : String(options.overwrite),
      respondents,
    }),
    callback_url: callbacks.url,
  });
  expect(qmobStatusBodySchema.parse(JSON.parse(answer.text))).toMatchObject({ status: 'ok' });
  return (await callbacks.next()).message;
}

const respondent = (
  username: string,
  email: string,
  extraFields: Array<{ alias: string; value: string | number }> = [],
) => ({
  username,
  email,
  sample_fields: [{ alias: 'site_code', value: 'K-9' }, ...extraFields],
});

const findRespondent = (username: string) =>
  sandbox.state().qmob.respondents.find((candidate) => candidate.username === username);

describe('QMob data the sandbox keeps', () => {
  it('imports respondents with their sample fields into the list', async () => {
    const message = await importBatch([respondent('new.one', 'new.one@example.org', [{ alias: 'age', value: 42 }])]);
    expect(message).toBe('Respondent import finished successfully. 1 of 1 respondents imported.');
    expect(findRespondent('new.one')).toMatchObject({
      email: 'new.one@example.org',
      sampleFields: { site_code: 'K-9', age: '42' },
      listIds: ['1002'],
    });
    expect(sandbox.state().qmob.imports).toMatchObject([{ status: 'ok', listId: '1002' }]);
  });

  it('keeps usernames unique: an existing one is left alone without overwrite and updated with it', async () => {
    expect(await importBatch([respondent('amina.k', 'changed@example.org')])).toBe(
      'Respondent import finished successfully. 0 of 1 respondents imported.',
    );
    expect(findRespondent('amina.k')).toMatchObject({ email: '', listIds: ['1001'] });
    expect(await importBatch([respondent('amina.k', 'changed@example.org')], { overwrite: true })).toBe(
      'Respondent import finished successfully. 1 of 1 respondents imported.',
    );
    expect(findRespondent('amina.k')).toMatchObject({ email: 'changed@example.org', listIds: ['1001', '1002'] });
    expect(sandbox.state().qmob.respondents.filter((candidate) => candidate.username === 'amina.k')).toHaveLength(1);
  });

  it('fills a preview list up to its maximum, but not past it', async () => {
    const four = ['p1', 'p2', 'p3', 'p4'].map((name) => respondent(name, `${name}@example.org`));
    expect(await importBatch(four, { groupId: '1003' })).toMatch(/4 of 4/);
    expect(sandbox.state().qmob.lists.find((list) => list.id === '1003')?.members).toHaveLength(5);
    const refused = await client.qmob('copy_respondents_to_list', {
      respondents_json: JSON.stringify({ group_id: '1003', respondents: [{ username: 'amina.k' }] }),
    });
    expect(JSON.parse(refused.text)).toMatchObject({ status: 'error' });
  });

  it('copies keep existing memberships; removal keeps the others', async () => {
    const copy = await client.qmob('copy_respondents_to_list', {
      respondents_json: JSON.stringify({
        group_id: '1002',
        respondents: [{ username: 'amina.k' }, { username: 'amina.k' }],
      }),
    });
    expect(JSON.parse(copy.text)).toEqual({ status: 'ok', message: 'Respondents copied to list 1002' });
    expect(findRespondent('amina.k')?.listIds).toEqual(['1001', '1002']);
    const remove = await client.qmob('remove_respondents_from_list', {
      respondents_json: JSON.stringify({ group_id: '1001', respondents: [{ username: 'amina.k' }] }),
    });
    expect(JSON.parse(remove.text)).toEqual({ status: 'ok', message: 'Respondents removed from list 1001' });
    expect(findRespondent('amina.k')?.listIds).toEqual(['1002']);
  });

  it('changes nothing when a batch fails validation', async () => {
    const answer = await client.qmob('add_respondent', {
      respondents_json: JSON.stringify({
        no_password: true,
        group_id: '1002',
        overwrite: false,
        respondents: [respondent('fine.one', 'fine@example.org'), respondent('broken one', 'x@example.org')],
      }),
    });
    expect(JSON.parse(answer.text)).toMatchObject({ status: 'error' });
    expect(findRespondent('fine.one')).toBeUndefined();
    expect(sandbox.state().qmob.imports).toEqual([]);
  });
});
