import { constant, type CatalogueEntry } from '../errors/catalogue-entry';
import { defineMessages, said } from '../i18n/phrase';

/**
 * QuestionPro API v2's errors: ONE table, each row what the service sends (id, HTTP status,
 * name, message: the sandbox's wire format) and what Outpost tells the user about it (the
 * catalogue in common/errors/questionpro-catalogue.ts is derived from it). 1000, 1010, 1013,
 * 1040 and 1026 are printed in the Create Response seed document; 1001, 1002, 1003 and 1011 come
 * from the vendor's error-code page, the 429 message from the live service. The seed does not
 * print 1003's message nor the 429 id, so those are the best reading and are marked as such.
 */

/** The seed prints this value unquoted; as proper JSON it is this string. */
export const QUESTIONPRO_ERROR_DOCS = 'www.questionpro.com/api/error-codes.html';

/** What the service sends. */
export interface QuestionProErrorDefinition {
  readonly id: string;
  readonly httpStatusCode: number;
  readonly name: string;
  readonly message: string;
}

/** What Outpost makes of it: how to treat it and the words for the user. */
export type QuestionProAdvice = Omit<CatalogueEntry, 'code'>;

export interface QuestionProErrorRow extends QuestionProErrorDefinition {
  readonly advice: QuestionProAdvice;
}

/** The words for the user, declared for the catalogues (en.json and its translations). */
const m = defineMessages({
  invalidUrl: {
    id: 'catalogue.questionpro.invalid-url-parameters',
    defaultMessage: 'QuestionPro did not accept the address Outpost called (invalid URL parameters).',
  },
  invalidUrlAction: {
    id: 'catalogue.questionpro.invalid-url-parameters.action',
    defaultMessage: 'Check the survey and the user ID in Settings → Accounts; if they are right, contact support.',
  },
  badJson: {
    id: 'catalogue.questionpro.1001',
    defaultMessage: 'QuestionPro could not read what Outpost sent (the body was not proper JSON).',
  },
  outpostProblem: {
    id: 'catalogue.outpost-problem.action',
    defaultMessage: 'Contact support: this is a problem in Outpost, not in your data.',
  },
  schema: {
    id: 'catalogue.questionpro.1002',
    defaultMessage: 'QuestionPro rejected the response: it does not match the survey (invalid schema).',
  },
  schemaAction: {
    id: 'catalogue.questionpro.1002.action',
    defaultMessage: 'Refresh the survey’s questions, check the answers, then send again.',
  },
  key: { id: 'catalogue.questionpro.1010', defaultMessage: 'QuestionPro did not accept the API key.' },
  keyAction: {
    id: 'catalogue.questionpro.1010.action',
    defaultMessage:
      'Check the API key in Settings → Accounts. Make sure the datacenter matches the one the key was issued on.',
  },
  noAccess: {
    id: 'catalogue.questionpro.1011',
    defaultMessage: 'QuestionPro has not granted this API key access to the requested account.',
  },
  noAccessAction: {
    id: 'catalogue.questionpro.1011.action',
    defaultMessage:
      'Check that the user ID in Settings → Accounts belongs to the key’s owner, or ask the account owner to grant API access.',
  },
  noPermission: {
    id: 'catalogue.questionpro.1013',
    defaultMessage: 'This QuestionPro user does not have permission to access this survey or resource.',
  },
  noPermissionAction: {
    id: 'catalogue.questionpro.1013.action',
    defaultMessage: 'Ask the survey owner to share it with this user, or check the user ID in Settings → Accounts.',
  },
  serverSide: {
    id: 'catalogue.questionpro.1026',
    defaultMessage: 'QuestionPro could not process the request because of a problem on its side.',
  },
  serverSideAction: {
    id: 'catalogue.questionpro.1026.action',
    defaultMessage: 'Outpost will try again later. Nothing needs fixing on this device.',
  },
  notFound: {
    id: 'catalogue.questionpro.1040',
    defaultMessage: 'QuestionPro says the survey or response does not exist.',
  },
  notFoundAction: {
    id: 'catalogue.questionpro.1040.action',
    defaultMessage: 'Check that the survey still exists and that the account is on the right datacenter.',
  },
  rateLimited: {
    id: 'catalogue.questionpro.1013-rate-limited',
    defaultMessage: 'QuestionPro is limiting this API key (more than 300 calls in a minute).',
  },
  rateLimitedAction: {
    id: 'catalogue.questionpro.1013-rate-limited.action',
    defaultMessage: 'Outpost will wait and try again automatically.',
  },
});

const invalidAddress: QuestionProAdvice = {
  kind: 'invalid-request',
  retryable: false,
  explain: constant(said(m.invalidUrl)),
  action: constant(said(m.invalidUrlAction)),
};

export const questionProErrors = {
  /** A path parameter (survey, user or response id) is not a valid id. */
  invalidUrlParameters: {
    id: '1000',
    httpStatusCode: 400,
    name: 'BAD_REQUEST',
    message: 'Invalid URL parameters',
    advice: invalidAddress,
  },
  invalidJson: {
    id: '1001',
    httpStatusCode: 400,
    name: 'BAD_REQUEST',
    message: 'The body provided was not a proper JSON string',
    advice: {
      kind: 'invalid-request',
      retryable: false,
      explain: constant(said(m.badJson)),
      action: constant(said(m.outpostProblem)),
    },
  },
  invalidSchema: {
    id: '1002',
    httpStatusCode: 400,
    name: 'BAD_REQUEST',
    message: 'Invalid schema in the body provided.',
    advice: {
      kind: 'invalid-data',
      retryable: false,
      explain: constant(said(m.schema)),
      action: constant(said(m.schemaAction)),
    },
  },
  /** Message not printed in the seed: a query parameter (page, perPage, extRef) is missing or malformed. */
  invalidQueryParameters: {
    id: '1003',
    httpStatusCode: 400,
    name: 'BAD_REQUEST',
    message: 'Invalid URL parameters',
    advice: invalidAddress,
  },
  incorrectApiKey: {
    id: '1010',
    httpStatusCode: 401,
    name: 'UNAUTHORIZED',
    message: 'Incorrect API Key',
    advice: {
      kind: 'auth',
      retryable: false,
      explain: constant(said(m.key)),
      action: constant(said(m.keyAction)),
    },
  },
  /** QuestionPro's documented 1011 message (error-codes page): the key addresses an account it was not granted. */
  accountAccessDenied: {
    id: '1011',
    httpStatusCode: 403,
    name: 'FORBIDDEN',
    message: 'Permission has not been granted by the user to make this request.',
    advice: {
      kind: 'permission',
      retryable: false,
      explain: constant(said(m.noAccess)),
      action: constant(said(m.noAccessAction)),
    },
  },
  noPermission: {
    id: '1013',
    httpStatusCode: 403,
    name: 'FORBIDDEN',
    message: 'The user does not have permission to access the resource',
    advice: {
      kind: 'permission',
      retryable: false,
      explain: constant(said(m.noPermission)),
      action: constant(said(m.noPermissionAction)),
    },
  },
  notFound: {
    id: '1040',
    httpStatusCode: 404,
    name: 'NOT_FOUND',
    message: "The resource that you're trying to access doesn't exist",
    advice: {
      kind: 'not-found',
      retryable: false,
      explain: constant(said(m.notFound)),
      action: constant(said(m.notFoundAction)),
    },
  },
  /** Message from the live service, which reuses id 1013 with HTTP 429 past 300 calls a minute per key. */
  callLimitExceeded: {
    id: '1013',
    httpStatusCode: 429,
    name: 'TOO_MANY_REQUESTS',
    message: 'API call limit exceeded. Please contact your account representative to extend the limits.',
    advice: {
      kind: 'rate-limited',
      retryable: true,
      explain: constant(said(m.rateLimited)),
      action: constant(said(m.rateLimitedAction)),
    },
  },
  internalError: {
    id: '1026',
    httpStatusCode: 500,
    name: 'INTERNAL_SERVER_ERROR',
    message: 'We are not able to process your request',
    advice: {
      kind: 'server',
      retryable: true,
      explain: constant(said(m.serverSide)),
      action: constant(said(m.serverSideAction)),
    },
  },
} as const satisfies Record<string, QuestionProErrorRow>;

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
