import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { questionProErrors, type QuestionProErrorDefinition } from '../../../common/questionpro/errors.js';
import {
  createResponseSuccessJsonSchema,
  questionProErrorJsonSchema,
} from '../../../common/questionpro/json-schemas.js';
import { questionTypes } from '../../../common/questionpro/question-types.js';
import { startSandbox, type RunningSandbox } from '../../../sandbox/index.js';
import {
  foreignSurvey,
  householdWaterSurvey,
  marketStallSurvey,
  seedExampleSurvey,
  seedSurveys,
} from '../../../sandbox/seed-data.js';
import { answerEveryQuestion } from './support/answers.js';
import type { HttpAnswer } from './support/https-client.js';
import { SandboxClient } from './support/sandbox-client.js';
import { seedJsonSchemas, seedMinimalRequestAsPrinted } from './support/seed-document.js';
import { compileSeedSchemas } from './support/seed-schemas.js';

let sandbox: RunningSandbox;
let client: SandboxClient;
const schemas = compileSeedSchemas();

beforeAll(async () => {
  sandbox = await startSandbox({ seed: 11 });
  client = new SandboxClient(sandbox);
});
afterAll(() => sandbox.close());
beforeEach(() => sandbox.reset());

function expectSuccessBody(answer: HttpAnswer): { response: { responseID: number; externalReference: string } } {
  expect(answer.status).toBe(200);
  const body: unknown = JSON.parse(answer.text);
  expect(schemas.success(body), JSON.stringify(schemas.success.errors)).toBe(true);
  return body as { response: { responseID: number; externalReference: string } };
}

function expectErrorBody(answer: HttpAnswer, expected: QuestionProErrorDefinition): void {
  expect(answer.status).toBe(expected.httpStatusCode);
  const body: unknown = JSON.parse(answer.text);
  expect(schemas.error(body), JSON.stringify(schemas.error.errors)).toBe(true);
  expect(body).toEqual({
    response: {
      error: {
        docs: 'www.questionpro.com/api/error-codes.html',
        name: expected.name,
        httpStatusCode: expected.httpStatusCode,
        id: expected.id,
        message: expected.message,
        resourceUrl: expect.stringMatching(/^https:\/\/127\.0\.0\.1:\d+\/a\/api\/v2\//),
      },
    },
  });
}

const postResponse = (surveyId: number, body: unknown) =>
  client.questionProAnswer('POST', `/surveys/${surveyId}/responses`, { body });

describe('the schemas in common/questionpro', () => {
  it('are the seed document’s schemas (apart from the trimmed $schema)', () => {
    const [success, error] = seedJsonSchemas();
    expect({ ...success, $schema: String(success?.$schema).trim() }).toEqual(createResponseSuccessJsonSchema);
    expect({ ...error, $schema: String(error?.$schema).trim() }).toEqual(questionProErrorJsonSchema);
  });
});

describe('QuestionPro success bodies validate against the seed’s JSON Schema', () => {
  it.each(seedSurveys.filter((survey) => survey !== foreignSurvey).map((survey) => [survey.name, survey] as const))(
    'create, get, list and filter a response answering every question of "%s"',
    async (_name, survey) => {
      const created = expectSuccessBody(
        await postResponse(survey.surveyID, {
          externalReference: `ext-${survey.surveyID}`,
          responseSet: answerEveryQuestion(survey),
        }),
      );
      const { responseID } = created.response;
      const fetched = expectSuccessBody(
        await client.questionProAnswer('GET', `/surveys/${survey.surveyID}/responses/${responseID}`),
      );
      expect(fetched).toEqual(created);

      const listed = await client.questionProAnswer('GET', `/surveys/${survey.surveyID}/responses`);
      const list = JSON.parse(listed.text) as { response: unknown[]; pagination: unknown };
      expect(list.response).toHaveLength(1);
      for (const item of list.response) expect(schemas.success({ response: item })).toBe(true);
      expect(list.pagination).toMatchObject({ totalItems: 1, currentPage: 1, totalPages: 1, perPage: 100 });

      const filtered = await client.questionProAnswer(
        'GET',
        `/surveys/${survey.surveyID}/responses/filter?extRef=ext-${survey.surveyID}`,
      );
      expect((JSON.parse(filtered.text) as { response: unknown[] }).response).toEqual([created.response]);
    },
  );

  it('fills texts and codes from the survey, whatever the client sends for them', async () => {
    const created = expectSuccessBody(
      await postResponse(seedExampleSurvey.surveyID, {
        responseSet: [
          { questionID: 12345678, questionText: 'wrong', answerValues: [{ answerID: 123456790, answerText: 'wrong' }] },
        ],
      }),
    );
    expect(created.response).toMatchObject({
      surveyName: 'Test Survey',
      responseSet: [
        {
          questionCode: 'Q1',
          questionText: 'How often do you conduct surveys?',
          answerValues: [{ answerID: 123456790, answerText: 'Sometimes', value: { scale: '2' } }],
        },
      ],
    });
  });
});

describe('survey and question look-ups', () => {
  it('lists the user’s own surveys page by page with a pagination object', async () => {
    const userId = sandbox.info.questionpro.userId;
    const first = JSON.parse(
      (await client.questionProAnswer('GET', `/users/${userId}/surveys?page=1&perPage=2`)).text,
    ) as {
      response: Array<{ surveyID: number }>;
      pagination: { links: Record<string, string> };
    };
    expect(first.response.map((survey) => survey.surveyID)).toEqual([
      seedExampleSurvey.surveyID,
      householdWaterSurvey.surveyID,
    ]);
    expect(first.pagination).toMatchObject({ perPage: 2, totalItems: 3, currentPage: 1, totalPages: 2 });
    expect(first.pagination.links.prev).toBeUndefined();
    const nextUrl = new URL(first.pagination.links.next ?? '');
    const second = JSON.parse(
      (await client.questionProAnswer('GET', `${nextUrl.pathname.replace('/a/api/v2', '')}${nextUrl.search}`)).text,
    ) as { response: Array<{ surveyID: number }>; pagination: { currentPage: number; links: Record<string, string> } };
    expect(second.response.map((survey) => survey.surveyID)).toEqual([marketStallSurvey.surveyID]);
    expect(second.pagination.currentPage).toBe(2);
    expect(second.pagination.links.next).toBeUndefined();
  });

  it('describes questions with ids, codes, types, order, required flag and answers, covering every type', async () => {
    const types = new Set<string>();
    for (const survey of [seedExampleSurvey, householdWaterSurvey, marketStallSurvey]) {
      const answer = await client.questionProAnswer('GET', `/surveys/${survey.surveyID}/questions`);
      const questions = (JSON.parse(answer.text) as { response: Array<Record<string, unknown>> }).response;
      for (const question of questions) {
        expect(question).toMatchObject({
          questionID: expect.any(Number),
          code: expect.any(String),
          text: expect.any(String),
          type: expect.any(String),
          orderNumber: expect.any(Number),
          required: expect.any(Boolean),
          answers: expect.any(Array),
        });
        types.add(String(question.type));
      }
    }
    expect([...types].sort()).toEqual([...questionTypes].sort());
  });

  it('returns the seed survey by id', async () => {
    const answer = await client.questionProAnswer('GET', `/surveys/${seedExampleSurvey.surveyID}`);
    expect(JSON.parse(answer.text)).toMatchObject({ response: { surveyID: 7654321, name: 'Test Survey' } });
  });

  it('deletes a response, after which it is not found', async () => {
    const created = expectSuccessBody(await postResponse(seedExampleSurvey.surveyID, { responseSet: [] }));
    const path = `/surveys/${seedExampleSurvey.surveyID}/responses/${created.response.responseID}`;
    expect((await client.questionProAnswer('DELETE', path)).status).toBe(200);
    expectErrorBody(await client.questionProAnswer('GET', path), questionProErrors.notFound);
  });
});

const validItem = { questionID: 12345678, answerValues: [{ answerID: 123456789 }] };
const survey = seedExampleSurvey.surveyID;

interface ErrorCase {
  readonly name: string;
  readonly method: string;
  readonly path: string;
  readonly body?: unknown;
  readonly rawBody?: string;
  readonly apiKey?: string | null;
  readonly expected: QuestionProErrorDefinition;
}

const errorCases: ErrorCase[] = [
  {
    name: 'survey id that is not a number',
    method: 'GET',
    path: '/surveys/abc',
    expected: questionProErrors.invalidUrlParameters,
  },
  {
    name: 'survey id with a broken escape',
    method: 'GET',
    path: '/surveys/%E0%A4%A',
    expected: questionProErrors.invalidUrlParameters,
  },
  {
    name: 'response id that is not a number',
    method: 'GET',
    path: `/surveys/${survey}/responses/x1`,
    expected: questionProErrors.invalidUrlParameters,
  },
  {
    name: 'perPage of zero',
    method: 'GET',
    path: `/surveys/${survey}/responses?perPage=0`,
    expected: questionProErrors.invalidQueryParameters,
  },
  {
    name: 'filter without extRef',
    method: 'GET',
    path: `/surveys/${survey}/responses/filter`,
    expected: questionProErrors.invalidQueryParameters,
  },
  {
    name: 'body that is not JSON',
    method: 'POST',
    path: `/surveys/${survey}/responses`,
    rawBody: '{"responseSet": [',
    expected: questionProErrors.invalidJson,
  },
  {
    name: 'the seed’s minimal request as printed (a bracket is missing)',
    method: 'POST',
    path: `/surveys/${survey}/responses`,
    rawBody: seedMinimalRequestAsPrinted(),
    expected: questionProErrors.invalidJson,
  },
  {
    name: 'no responseSet',
    method: 'POST',
    path: `/surveys/${survey}/responses`,
    body: { externalReference: 'x' },
    expected: questionProErrors.invalidSchema,
  },
  {
    name: 'questionID as a string',
    method: 'POST',
    path: `/surveys/${survey}/responses`,
    body: { responseSet: [{ questionID: 'Q1', answerValues: [] }] },
    expected: questionProErrors.invalidSchema,
  },
  {
    name: 'unknown question',
    method: 'POST',
    path: `/surveys/${survey}/responses`,
    body: { responseSet: [{ questionID: 1, answerValues: [{ answerID: 123456789 }] }] },
    expected: questionProErrors.invalidSchema,
  },
  {
    name: 'answer of another question',
    method: 'POST',
    path: `/surveys/${survey}/responses`,
    body: { responseSet: [{ questionID: 12345678, answerValues: [{ answerID: 100000001 }] }] },
    expected: questionProErrors.invalidSchema,
  },
  {
    name: 'two answers to a single choice',
    method: 'POST',
    path: `/surveys/${survey}/responses`,
    body: { responseSet: [{ questionID: 12345678, answerValues: [{ answerID: 123456789 }, { answerID: 123456790 }] }] },
    expected: questionProErrors.invalidSchema,
  },
  {
    name: 'same question twice',
    method: 'POST',
    path: `/surveys/${survey}/responses`,
    body: { responseSet: [validItem, validItem] },
    expected: questionProErrors.invalidSchema,
  },
  {
    name: 'contact field without text',
    method: 'POST',
    path: `/surveys/${survey}/responses`,
    body: { responseSet: [{ questionID: 12345679, answerValues: [{ answerID: 100000001 }] }] },
    expected: questionProErrors.invalidSchema,
  },
  {
    name: 'numeric answer that is not a number',
    method: 'POST',
    path: `/surveys/${householdWaterSurvey.surveyID}/responses`,
    body: { responseSet: [{ questionID: 20000007, answerValues: [{ answerID: 200000071, value: { text: 'five' } }] }] },
    expected: questionProErrors.invalidSchema,
  },
  {
    name: 'presentation text answered',
    method: 'POST',
    path: `/surveys/${householdWaterSurvey.surveyID}/responses`,
    body: { responseSet: [{ questionID: 20000001, answerValues: [] }] },
    expected: questionProErrors.invalidSchema,
  },
  {
    name: 'unknown top-level field',
    method: 'POST',
    path: `/surveys/${survey}/responses`,
    body: { responseSet: [validItem], surprise: true },
    expected: questionProErrors.invalidSchema,
  },
  {
    name: 'no api-key header',
    method: 'GET',
    path: `/surveys/${survey}`,
    apiKey: null,
    expected: questionProErrors.incorrectApiKey,
  },
  {
    name: 'wrong api-key',
    method: 'GET',
    path: `/surveys/${survey}`,
    apiKey: 'not-the-key',
    expected: questionProErrors.incorrectApiKey,
  },
  {
    name: 'another user’s survey list',
    method: 'GET',
    path: '/users/9988776/surveys',
    expected: questionProErrors.accountAccessDenied,
  },
  {
    name: 'another user’s survey',
    method: 'GET',
    path: `/surveys/${foreignSurvey.surveyID}/questions`,
    expected: questionProErrors.noPermission,
  },
  { name: 'survey that does not exist', method: 'GET', path: '/surveys/1234', expected: questionProErrors.notFound },
  {
    name: 'response that does not exist',
    method: 'GET',
    path: `/surveys/${survey}/responses/55555`,
    expected: questionProErrors.notFound,
  },
  { name: 'resource that does not exist', method: 'GET', path: '/nothing/here', expected: questionProErrors.notFound },
];

describe('QuestionPro error bodies have the documented fields', () => {
  it.each(errorCases)('$name → $expected.httpStatusCode $expected.id', async (testCase) => {
    const answer = await client.questionProAnswer(testCase.method, testCase.path, {
      body: testCase.body,
      rawBody: testCase.rawBody,
      apiKey: testCase.apiKey,
    });
    expectErrorBody(answer, testCase.expected);
  });

  it('refuses a key given only as ?apiKey= like a wrong key (401 1010)', async () => {
    const key = encodeURIComponent(sandbox.info.questionpro.apiKey);
    expectErrorBody(
      await client.questionProAnswer('GET', `/surveys/${survey}?apiKey=${key}`, { apiKey: null }),
      questionProErrors.incorrectApiKey,
    );
  });

  it('answers 500 1026 when the server fails', async () => {
    sandbox.setFaults({ failRate: 1 });
    try {
      expectErrorBody(await client.questionProAnswer('GET', `/surveys/${survey}`), questionProErrors.internalError);
    } finally {
      sandbox.setFaults({ failRate: 0 });
    }
  });

  it('accepts the seed’s minimal request once its bracket typo is repaired', async () => {
    // As printed, the first item closes with "} } ] }" where "} ] }" is meant.
    const repaired = seedMinimalRequestAsPrinted().replace(
      '"answerID": 123456789\n}\n}\n]\n}',
      '"answerID": 123456789\n}\n]\n}',
    );
    expect(() => JSON.parse(repaired) as unknown).not.toThrow();
    expectSuccessBody(await client.questionProAnswer('POST', `/surveys/${survey}/responses`, { rawBody: repaired }));
  });

  it('stores nothing for a refused body', async () => {
    await postResponse(survey, { responseSet: [{ questionID: 1, answerValues: [] }] });
    expect(sandbox.state().questionpro.responses).toEqual([]);
  });
});
