/**
 * QuestionPro API v2 error catalogue. 1000, 1010, 1013, 1040 and 1026 are printed in the Create
 * Response seed document; 1001, 1002 and the 429 message come from issue 4. The seed does not
 * print 1003's message nor the 429 id, so those are the sandbox's best reading (kept in
 * line with common/errors/questionpro-catalogue.ts) and are marked as such.
 */

/** The seed prints this value unquoted; as proper JSON it is this string. */
export const QUESTIONPRO_ERROR_DOCS = 'www.questionpro.com/api/error-codes.html';

export interface QuestionProErrorDefinition {
  readonly id: string;
  readonly httpStatusCode: number;
  readonly name: string;
  readonly message: string;
}

export const questionProErrors = {
  /** A path parameter (survey, user or response id) is not a valid id. */
  invalidUrlParameters: { id: '1000', httpStatusCode: 400, name: 'BAD_REQUEST', message: 'Invalid URL parameters' },
  invalidJson: {
    id: '1001',
    httpStatusCode: 400,
    name: 'BAD_REQUEST',
    message: 'The body provided was not a proper JSON string',
  },
  invalidSchema: {
    id: '1002',
    httpStatusCode: 400,
    name: 'BAD_REQUEST',
    message: 'Invalid schema in the body provided.',
  },
  /** Not printed in the seed: a query parameter (page, perPage, extRef) is missing or malformed. */
  invalidQueryParameters: { id: '1003', httpStatusCode: 400, name: 'BAD_REQUEST', message: 'Invalid URL parameters' },
  incorrectApiKey: { id: '1010', httpStatusCode: 401, name: 'UNAUTHORIZED', message: 'Incorrect API Key' },
  /** QuestionPro's documented 1011 message (error-codes page): the key addresses an account it was not granted. */
  accountAccessDenied: {
    id: '1011',
    httpStatusCode: 403,
    name: 'FORBIDDEN',
    message: 'Permission has not been granted by the user to make this request.',
  },
  noPermission: {
    id: '1013',
    httpStatusCode: 403,
    name: 'FORBIDDEN',
    message: 'The user does not have permission to access the resource',
  },
  notFound: {
    id: '1040',
    httpStatusCode: 404,
    name: 'NOT_FOUND',
    message: "The resource that you're trying to access doesn't exist",
  },
  /** Message from issue 4 (the live service), which reuses id 1013 with HTTP 429 past the call limit. */
  callLimitExceeded: {
    id: '1013',
    httpStatusCode: 429,
    name: 'TOO_MANY_REQUESTS',
    message: 'API call limit exceeded. Please contact your account representative to extend the limits.',
  },
  internalError: {
    id: '1026',
    httpStatusCode: 500,
    name: 'INTERNAL_SERVER_ERROR',
    message: 'We are not able to process your request',
  },
} as const satisfies Record<string, QuestionProErrorDefinition>;

export type QuestionProErrorKey = keyof typeof questionProErrors;

export interface QuestionProErrorBody {
  response: {
    error: {
      docs: string;
      name: string;
      httpStatusCode: number;
      id: string;
      message: string;
      resourceUrl: string;
    };
  };
}

export function questionProErrorBody(
  definition: QuestionProErrorDefinition,
  resourceUrl: string,
): QuestionProErrorBody {
  return {
    response: {
      error: {
        docs: QUESTIONPRO_ERROR_DOCS,
        name: definition.name,
        httpStatusCode: definition.httpStatusCode,
        id: definition.id,
        message: definition.message,
        resourceUrl,
      },
    },
  };
}

/**
 * The error body exactly as the seed prints it: `docs` unquoted, so it is not valid JSON.
 * Clients must survive this form, so the sandbox can serve it as a fault mode.
 */
export function questionProErrorBodyLiteral(definition: QuestionProErrorDefinition, resourceUrl: string): string {
  return [
    '{',
    '"response": {',
    '"error": {',
    `"docs": ${QUESTIONPRO_ERROR_DOCS}`,
    `"name": "${definition.name}",`,
    `"httpStatusCode": ${definition.httpStatusCode},`,
    `"id" : "${definition.id}",`,
    `"message": "${definition.message}",`,
    `"resourceUrl":${JSON.stringify(resourceUrl)}`,
    '}',
    '}',
    '}',
  ].join('\n');
}
