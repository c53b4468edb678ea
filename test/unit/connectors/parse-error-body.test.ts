import { describe, expect, it } from 'vitest';
import { parseErrorBody } from '../../../main/connectors/errors/parse-error-body';

/** Copied verbatim from seed 000 (unquoted `docs`, missing comma). */
const SEED_401 = `{
"response": {
"error": {
"docs": www.questionpro.com/api/error-codes.html
"name": "UNAUTHORIZED",
"httpStatusCode": 401,
"id" : "1010",
"message": "Incorrect API Key",
"resourceUrl":"resource_url"
}
}
}`;

const SEED_404 = `{
"response": {
"error": {
"docs": www.questionpro.com/api/error-codes.html
"name": "NOT_FOUND",
"httpStatusCode": 404,
"id" : "1040",
"message": "The resource that you're trying to access doesn't exist",
"resourceUrl":"resource_url"
}
}
}`;

const PROXY_502 = `<!DOCTYPE html>
<html><head><title>502 Bad Gateway</title></head>
<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>`;

describe('parseErrorBody', () => {
  it('reads the seed’s not-quite-JSON error bodies', () => {
    expect(parseErrorBody(SEED_401)).toEqual({
      format: 'lenient-json',
      id: '1010',
      name: 'UNAUTHORIZED',
      httpStatusCode: 401,
      message: 'Incorrect API Key',
    });
    expect(parseErrorBody(SEED_404)).toMatchObject({
      id: '1040',
      message: "The resource that you're trying to access doesn't exist",
    });
  });

  it('reads valid JSON with a numeric id', () => {
    const body = JSON.stringify({
      response: {
        error: { docs: 'x', httpStatusCode: 401, id: 1010, message: 'Incorrect API Key.', name: 'UNAUTHORIZED' },
      },
    });
    expect(parseErrorBody(body)).toEqual({
      format: 'json',
      id: '1010',
      httpStatusCode: 401,
      message: 'Incorrect API Key.',
      name: 'UNAUTHORIZED',
    });
  });

  it('reads QMob status bodies', () => {
    expect(parseErrorBody('{"status":"error","message":"Authentication failure."}')).toEqual({
      format: 'json',
      status: 'error',
      message: 'Authentication failure.',
    });
  });

  it('reduces an HTML proxy page to its title', () => {
    expect(parseErrorBody(PROXY_502, 'text/html')).toEqual({ format: 'html', message: '502 Bad Gateway' });
    expect(parseErrorBody(PROXY_502)).toEqual({ format: 'html', message: '502 Bad Gateway' });
  });

  it('copes with empty, plain-text and garbage bodies', () => {
    expect(parseErrorBody('')).toEqual({ format: 'empty' });
    expect(parseErrorBody('  \n ')).toEqual({ format: 'empty' });
    expect(parseErrorBody('Action not supported')).toEqual({ format: 'text', message: 'Action not supported' });
    expect(parseErrorBody('{ totally broken')).toEqual({ format: 'text', message: '{ totally broken' });
    expect(parseErrorBody('[1,2]')).toMatchObject({ format: 'text' });
    expect(parseErrorBody('{"response": 5}')).toEqual({ format: 'json' });
  });
});
