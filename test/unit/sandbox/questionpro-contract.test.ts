import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { questionProErrors, type QuestionProErrorDefinition } from '../../../common/questionpro/errors';
import { createResponseSuccessJsonSchema, questionProErrorJsonSchema } from '../../../common/questionpro/json-schemas';
import { startSandbox, type RunningSandbox } from '../../../sandbox/index';
import {
  clinicVisitSurvey,
  farmLivelihoodSurvey,
  foreignSurvey,
  householdWaterSurvey,
  marketStallSurvey,
  seedExampleSurvey,
  seedSurveys,
} from '../../../sandbox/services/seed-data';
import { HIGH_CONFIDENCE_TYPES } from '../../fixtures/questionpro/sheet-examples';
import { answerEveryQuestion } from './support/answers';
import type { HttpAnswer } from './support/https-client';
import { SandboxClient } from './support/sandbox-client';
import { seedJsonSchemas, seedMinimalRequestAsPrinted } from './support/seed-document';
import { compileSeedSchemas } from './support/seed-schemas';

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
    expect(first.pagination).toMatchObject({ perPage: 2, totalItems: 5, currentPage: 1, totalPages: 3 });
    expect(first.pagination.links.prev).toBeUndefined();
    const nextUrl = new URL(first.pagination.links.next ?? '');
    const second = JSON.parse(
      (await client.questionProAnswer('GET', `${nextUrl.pathname.replace('/a/api/v2', '')}${nextUrl.search}`)).text,
    ) as { response: Array<{ surveyID: number }>; pagination: { currentPage: number; links: Record<string, string> } };
    expect(second.response.map((survey) => survey.surveyID)).toEqual([
      marketStallSurvey.surveyID,
      farmLivelihoodSurvey.surveyID,
    ]);
    expect(second.pagination.currentPage).toBe(2);
    expect(second.pagination.links.next).toContain('page=3');
  });

  it('sends one object per question, with a blockID on each, covering every High and Medium-high type', async () => {
    const types = new Set<string>();
    for (const survey of [
      seedExampleSurvey,
      householdWaterSurvey,
      marketStallSurvey,
      farmLivelihoodSurvey,
      clinicVisitSurvey,
    ]) {
      const answer = await client.questionProAnswer('GET', `/surveys/${survey.surveyID}/questions`);
      const body = JSON.parse(answer.text) as { response: Array<Record<string, unknown>>; pagination: unknown };
      expect(body.response).toHaveLength(survey.questions.length);
      expect(body.pagination).toMatchObject({ currentPage: 1, totalItems: survey.questions.length });
      const blockIds = new Set(survey.blocks.map((block) => block.blockID));
      for (const question of body.response) {
        expect(question).toMatchObject({
          questionID: expect.any(Number),
          blockID: expect.any(Number),
          code: expect.any(String),
          text: expect.any(String),
          type: expect.any(String),
          orderNumber: expect.any(Number),
          required: expect.any(Boolean),
        });
        expect(blockIds.has(question.blockID as number)).toBe(true);
        types.add(String(question.type));
      }
    }
    for (const type of HIGH_CONFIDENCE_TYPES) expect(types, type).toContain(type);
  });

  it('nests matrix columns in each row and sends contact information as one object with named fields', async () => {
    const water = JSON.parse(
      (await client.questionProAnswer('GET', `/surveys/${householdWaterSurvey.surveyID}/questions/20000008`)).text,
    ) as {
      response: { type: string; rows: Array<{ rowID: number; text: string; columns: Array<{ columnID: number }> }> };
    };
    expect(water.response.type).toBe('matrix_radio');
    expect(water.response.rows.map((row) => [row.rowID, row.columns.map((column) => column.columnID)])).toEqual([
      [20000081, [200000811, 200000812, 200000813]],
      [20000082, [200000821, 200000822, 200000823]],
    ]);
    const seed = JSON.parse(
      (await client.questionProAnswer('GET', `/surveys/${seedExampleSurvey.surveyID}/questions/12345679`)).text,
    ) as { response: Record<string, unknown> };
    expect(seed.response).toMatchObject({
      questionID: 12345679,
      type: 'contact_information',
      firstName: { rowID: 12345679, text: 'First Name' },
      lastName: { rowID: 83734737, text: 'Last Name' },
      phone: { rowID: 83734738, text: 'Phone' },
      email: { rowID: 83734739, text: 'Email Address' },
    });
    const missing = await client.questionProAnswer('GET', `/surveys/${seedExampleSurvey.surveyID}/questions/20000008`);
    expect(missing.status).toBe(404);
  });

  it('pages questions with page/perPage and answers another language by languageID', async () => {
    const path = `/surveys/${farmLivelihoodSurvey.surveyID}/questions`;
    const page2 = JSON.parse((await client.questionProAnswer('GET', `${path}?page=2&perPage=3`)).text) as {
      response: Array<{ questionID: number }>;
      pagination: { totalPages: number; currentPage: number };
    };
    expect(page2.response.map((question) => question.questionID)).toEqual([40000004, 40000005, 40000006]);
    expect(page2.pagination).toMatchObject({ totalPages: 3, currentPage: 2 });
    const arabic = JSON.parse((await client.questionProAnswer('GET', `${path}?languageID=3`)).text) as {
      response: Array<{ text: string; answers?: Array<{ text: string }> }>;
    };
    expect(arabic.response[0]).toMatchObject({
      text: 'هل تعمل أسرتك في الزراعة؟',
      answers: [{ text: 'نعم' }, { text: 'لا' }],
    });
    expect((await client.questionProAnswer('GET', `${path}?languageID=77`)).status).toBe(400);
  });

  it('lists blocks, the survey languages and the logic graph in the sheet’s shapes', async () => {
    const id = farmLivelihoodSurvey.surveyID;
    const blocks = JSON.parse((await client.questionProAnswer('GET', `/surveys/${id}/blocks`)).text) as {
      response: unknown[];
    };
    expect(blocks.response).toHaveLength(5);
    expect(blocks.response[0]).toEqual({
      blockID: 7650301,
      surveyID: id,
      title: 'About the household',
      orderNumber: 1,
      creationDate: '20 Feb, 2026 07:00:00 AM UTC',
    });
    const survey = JSON.parse((await client.questionProAnswer('GET', `/surveys/${id}`)).text) as {
      response: { surveyLanguages: unknown[] };
    };
    expect(survey.response.surveyLanguages).toEqual([
      { languageID: 0, name: 'English', contents: null, default: true },
      { languageID: 41, name: 'French', contents: null, default: false },
      { languageID: 3, name: 'Arabic', contents: null, default: false },
    ]);
    const graph = JSON.parse((await client.questionProAnswer('GET', `/surveys/${id}/logic-graph`)).text) as {
      response: { totalPaths: number; paths: Array<Array<{ sectionId: number; answerId: number }>> };
    };
    expect(graph.response.totalPaths).toBe(2);
    expect(graph.response.paths[1]).toEqual([
      { sectionId: 7650301, answerId: 400000012 },
      { sectionId: 7650304, answerId: 0 },
      { sectionId: 7650305, answerId: 0 },
    ]);
    const refused = await client.questionProAnswer('GET', `/surveys/${householdWaterSurvey.surveyID}/logic-graph`);
    expect(refused.status).toBe(403);
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
    name: 'a matrix row answered under the matrix question’s own ID',
    method: 'POST',
    path: `/surveys/${householdWaterSurvey.surveyID}/responses`,
    body: { responseSet: [{ questionID: 20000008, answerValues: [{ answerID: 200000811 }] }] },
    expected: questionProErrors.invalidSchema,
  },
  {
    name: 'a matrix row answered with another row’s column',
    method: 'POST',
    path: `/surveys/${householdWaterSurvey.surveyID}/responses`,
    body: { responseSet: [{ questionID: 20000081, answerValues: [{ answerID: 200000821 }] }] },
    expected: questionProErrors.invalidSchema,
  },
  {
    name: 'contact information sent as one entry under the question',
    method: 'POST',
    path: `/surveys/${householdWaterSurvey.surveyID}/responses`,
    body: { responseSet: [{ questionID: 20000101, answerValues: [{ answerID: 100000003, value: { text: 'x' } }] }] },
    expected: questionProErrors.invalidSchema,
  },
  {
    name: '“other” text on a choice without an other box',
    method: 'POST',
    path: `/surveys/${householdWaterSurvey.surveyID}/responses`,
    body: { responseSet: [{ questionID: 20000002, answerValues: [{ answerID: 200000021, value: { other: 'x' } }] }] },
    expected: questionProErrors.invalidSchema,
  },
  {
    name: 'a slider value off its step',
    method: 'POST',
    path: `/surveys/${marketStallSurvey.surveyID}/responses`,
    body: { responseSet: [{ questionID: 30000006, answerValues: [{ answerID: 30000006, value: { text: '7' } }] }] },
    expected: questionProErrors.invalidSchema,
  },
  {
    name: 'ranks with a gap',
    method: 'POST',
    path: `/surveys/${marketStallSurvey.surveyID}/responses`,
    body: {
      responseSet: [
        {
          questionID: 30000010,
          answerValues: [
            { answerID: 300000101, value: { text: '1' } },
            { answerID: 300000102, value: { text: '3' } },
          ],
        },
      ],
    },
    expected: questionProErrors.invalidSchema,
  },
  {
    name: 'a language the survey does not have',
    method: 'POST',
    path: `/surveys/${farmLivelihoodSurvey.surveyID}/responses`,
    body: { language: 'Klingon', responseSet: [] },
    expected: questionProErrors.invalidSchema,
  },
  {
    name: 'a question type that takes no answers through the API',
    method: 'POST',
    path: `/surveys/${clinicVisitSurvey.surveyID}/responses`,
    body: { responseSet: [{ questionID: 50000003, answerValues: [{ answerID: 500000031 }] }] },
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
