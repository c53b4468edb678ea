import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCreateResponseBody, languageById, questionsInLanguage, type Answers } from '../../../common/capture';
import { ok } from '../../../common/result';
import type { QuestionProAccount } from '../../../common/accounts';
import { createSurveyHandlers } from '../../../main/composition/survey-handlers';
import { QuestionProClient } from '../../../main/connectors/questionpro/questionpro-client';
import { HttpsTransport } from '../../../main/connectors/transport/https-transport';
import { OperationError } from '../../../main/ipc/operation-error';
import { startSandbox, type RunningSandbox } from '../../../sandbox/index';
import { must } from './support/surveys';

/** Download through the handlers from the HTTPS sandbox, then send a built payload back to it. */
const API_KEY = 'capture-test-key';
let sandbox: RunningSandbox;
let client: QuestionProClient;

const account = (): QuestionProAccount => ({
  kind: 'questionpro',
  id: 'acct-1',
  label: 'Test',
  location: { customBaseUrl: sandbox.info.questionpro.baseUrl },
  userId: String(sandbox.info.questionpro.userId),
  practice: false,
  keyStored: true,
});

beforeAll(async () => {
  sandbox = await startSandbox({ apiKey: API_KEY, qmobPassword: 'unused', seed: 1, importDelayMs: 0 });
  client = new QuestionProClient({
    transport: new HttpsTransport({ appVersion: '0.1.0', totalTimeoutMs: 3000 }),
    apiKey: API_KEY,
    perPage: 2,
    account: {
      location: { customBaseUrl: sandbox.info.questionpro.baseUrl },
      userId: String(sandbox.info.questionpro.userId),
      extraCaPem: sandbox.caCertPem,
    },
  });
});
afterAll(async () => {
  await sandbox.close();
});

const handlers = () =>
  createSurveyHandlers({
    accounts: {
      list: () => Promise.resolve(ok([account()])),
      questionProClient: () => Promise.resolve(ok(client)),
    },
    ensurePractice: () => Promise.resolve(),
    now: () => 1_767_225_600_000,
  });

describe('survey handlers against the sandbox', () => {
  it("lists the account's own surveys across pages", async () => {
    const list = await handlers()['surveys.listRemote']({ accountId: 'acct-1' });
    expect(list.map((survey) => survey.surveyId)).toEqual([7654321, 7654322, 7654323, 7654324, 7654325]);
    expect(list[1]).toMatchObject({ name: 'Household Water Access', questionCount: 10 });
  });

  it('downloads a survey into the local model, and a payload built from it is accepted', async () => {
    const survey = await handlers()['surveys.download']({ accountId: 'acct-1', surveyId: 7654322 });
    expect(survey).toMatchObject({
      id: 'acct-1/7654322/1767225600000',
      fetchedAt: 1_767_225_600_000,
      name: 'Household Water Access',
    });
    expect(survey.questions.map((q) => q.type)).toContain('matrix_checkbox');
    // This account has no logic graph for it: every section in order, and the library says so.
    expect(survey.logicGraph).toBeNull();
    expect(survey.blocks).toEqual([{ blockID: 7650101, title: 'Household', orderNumber: 1 }]);
    expect(survey.languages).toEqual([{ languageID: 0, name: 'English', default: true, texts: {} }]);
    const answers: Answers = {
      '20000002': { choices: [200000021] },
      '20000003': { choices: [200000032] },
      '20000007': { text: '5' },
      '20000081': { choices: [200000813] },
      '20000091': { choices: [200000911, 200000912] },
      '20000101': { text: 'Amina' },
      '20000102': { text: '+254700000001' },
    };
    const body = buildCreateResponseBody({
      survey,
      answers,
      capturedAt: Date.now(),
      timeZone: 'Africa/Nairobi',
      firstAnswerAt: 0,
      lastAnswerAt: 30_000,
      location: null,
      language: 'English',
      externalReference: 'b8a0f6a2-6c36-4a8f-9d0e-3f1f2b7c9e11',
      enumeratorId: 'E1',
      deviceId: 'D1',
    });
    const created = await client.createResponse(survey.surveyId, body);
    expect(created.ok).toBe(true);
    const found = await client.findResponsesByExternalReference(
      survey.surveyId,
      'b8a0f6a2-6c36-4a8f-9d0e-3f1f2b7c9e11',
    );
    expect(found.ok && found.value).toHaveLength(1);
  });

  it('downloads every language, the blocks and the logic graph; a payload in Arabic on one route is accepted', async () => {
    const survey = await handlers()['surveys.download']({ accountId: 'acct-1', surveyId: 7654324 });
    expect(survey.blocks.map((block) => block.title)).toEqual([
      'About the household',
      'Crops',
      'Livestock',
      'Other income',
      'Closing',
    ]);
    expect(survey.languages.map((language) => [language.languageID, language.name, language.default])).toEqual([
      [0, 'English', true],
      [41, 'French', false],
      [3, 'Arabic', false],
    ]);
    const arabic = must(languageById(survey, 3));
    expect(questionsInLanguage(survey.questions, arabic)[0]?.text).toBe('هل تعمل أسرتك في الزراعة؟');
    expect(survey.logicGraph).toHaveLength(2);
    const answers: Answers = {
      '40000001': { choices: [400000012] },
      '40000006': { text: 'تجارة' },
      // Crops is not on this route: kept in the draft, not sent.
      '40000003': { choices: [400000031] },
    };
    const body = buildCreateResponseBody({
      survey,
      answers,
      capturedAt: Date.now(),
      timeZone: 'Africa/Cairo',
      firstAnswerAt: 0,
      lastAnswerAt: 1_000,
      location: null,
      language: arabic.name,
      externalReference: 'c1d2e3f4-0000-4000-8000-000000000001',
      enumeratorId: 'E1',
      deviceId: 'D1',
    });
    expect(body.responseSet.map((item) => item.questionID)).toEqual([40000001, 40000006]);
    const created = await client.createResponse(survey.surveyId, body);
    expect(created.ok, JSON.stringify(created)).toBe(true);
    const stored = created.ok ? await client.getResponse(survey.surveyId, created.value.responseID) : null;
    expect(stored?.ok && stored.value).toMatchObject({ language: 'Arabic' });
  });

  it('the client reads one question, the blocks and the logic graph; a refused logic graph is an error it reports', async () => {
    const contact = await client.getQuestion(7654321, 12345679);
    expect(contact.ok && contact.value).toMatchObject({ type: 'contact_information', lastName: { rowID: 83734737 } });
    const french = await client.getQuestion(7654324, 40000001, { languageID: 41 });
    expect(french.ok && french.value.text).toBe('Votre ménage cultive-t-il la terre ?');
    const blocks = await client.getBlocks(7654324);
    expect(blocks.ok && blocks.value.map((block) => block.blockID)).toEqual([
      7650301, 7650302, 7650303, 7650304, 7650305,
    ]);
    const graph = await client.getLogicGraph(7654324);
    expect(graph.ok && graph.value.totalPaths).toBe(2);
    const refused = await client.getLogicGraph(7654322);
    expect(refused.ok ? null : refused.error.httpStatus).toBe(403);
  });

  it('refuses an unknown account with a readable error', async () => {
    await expect(handlers()['surveys.download']({ accountId: 'nobody', surveyId: 7654322 })).rejects.toBeInstanceOf(
      OperationError,
    );
  });
});
