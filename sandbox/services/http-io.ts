import type { IncomingMessage, ServerResponse } from 'node:http';
import { questionProErrorBody, questionProErrorBodyLiteral } from '../../common/questionpro/errors';
import { textReply, type Reply } from './reply';

/** Bodies above this are refused; survey responses and respondent batches are far smaller. */
const MAX_BODY_BYTES = 5 * 1024 * 1024;

export class BodyTooLargeError extends Error {}

export async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLargeError('request body too large');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

export interface RenderOptions {
  /** Absolute URL of the requested resource, echoed as `resourceUrl` in QuestionPro errors. */
  resourceUrl: string;
  /** Send QuestionPro errors in the seed's literal, not-quite-JSON form. */
  literalErrorBody: boolean;
}

export function sendReply(response: ServerResponse, reply: Reply, options: RenderOptions): void {
  switch (reply.kind) {
    case 'json':
      send(response, reply.status, 'application/json; charset=utf-8', JSON.stringify(reply.body), reply.headers);
      return;
    case 'text':
      send(response, reply.status, 'text/plain; charset=utf-8', reply.text);
      return;
    case 'questionpro-error': {
      const body = options.literalErrorBody
        ? questionProErrorBodyLiteral(reply.error, options.resourceUrl)
        : JSON.stringify(questionProErrorBody(reply.error, options.resourceUrl));
      send(response, reply.error.httpStatusCode, 'application/json; charset=utf-8', body, reply.headers);
      return;
    }
  }
}

function send(
  response: ServerResponse,
  status: number,
  contentType: string,
  body: string,
  headers: Readonly<Record<string, string>> = {},
): void {
  response.writeHead(status, {
    ...headers,
    'content-type': contentType,
    'content-length': Buffer.byteLength(body),
  });
  response.end(body);
}

/** Wraps an async request handler: a body too large is a 413, anything unexpected a 500, never a crash. */
export function guardedHandler(
  handle: (request: IncomingMessage, response: ServerResponse, origin: string) => Promise<void>,
): (request: IncomingMessage, response: ServerResponse, origin: string) => void {
  return (request, response, origin) => {
    handle(request, response, origin).catch((error: unknown) => {
      if (!response.headersSent && !response.destroyed) {
        const status = error instanceof BodyTooLargeError ? 413 : 500;
        sendReply(response, textReply(status, status === 413 ? 'Payload Too Large' : 'Internal Server Error'), {
          resourceUrl: '',
          literalErrorBody: false,
        });
      }
    });
  };
}
