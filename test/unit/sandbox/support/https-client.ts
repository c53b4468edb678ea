import { request as httpsRequest, type Agent as HttpsAgent } from 'node:https';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';

export interface HttpAnswer {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly text: string;
}

/** What a client sees: an answer, a broken connection, or nothing before its timeout. */
export type HttpOutcome =
  | { readonly kind: 'answer'; readonly answer: HttpAnswer }
  | { readonly kind: 'connection-error'; readonly code: string }
  | { readonly kind: 'timeout' };

export interface RequestInit {
  readonly method?: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string;
  /** The sandbox CA, trusted explicitly; omit only to show that verification is on. */
  readonly ca?: string;
  readonly timeoutMs?: number;
  /** A keep-alive agent for bulk requests; by default each request gets its own connection. */
  readonly agent?: HttpsAgent;
}

/** One HTTP(S) request with Node's own client; certificate verification always stays on. */
export function send(url: string, init: RequestInit = {}): Promise<HttpOutcome> {
  const target = new URL(url);
  const requestFn = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve) => {
    let settled = false;
    const settle = (outcome: HttpOutcome): void => {
      if (!settled) {
        settled = true;
        resolve(outcome);
      }
    };
    const request = requestFn(
      target,
      {
        method: init.method ?? 'GET',
        headers:
          init.body === undefined
            ? init.headers
            : { ...init.headers, 'content-length': String(Buffer.byteLength(init.body)) },
        ca: init.ca,
        // A fresh connection per request keeps connection-level faults from leaking between requests.
        agent: init.agent ?? false,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          settle({
            kind: 'answer',
            answer: {
              status: response.statusCode ?? 0,
              headers: response.headers,
              text: Buffer.concat(chunks).toString('utf8'),
            },
          }),
        );
        response.on('error', (error: NodeJS.ErrnoException) =>
          settle({ kind: 'connection-error', code: error.code ?? error.message }),
        );
      },
    );
    request.setTimeout(init.timeoutMs ?? 10_000, () => {
      settle({ kind: 'timeout' });
      request.destroy();
    });
    request.on('error', (error: NodeJS.ErrnoException) =>
      settle({ kind: 'connection-error', code: error.code ?? error.message }),
    );
    request.end(init.body);
  });
}

/** For requests that must be answered: fails the test otherwise. */
export async function sendExpectingAnswer(url: string, init: RequestInit = {}): Promise<HttpAnswer> {
  const outcome = await send(url, init);
  if (outcome.kind !== 'answer') throw new Error(`expected an answer from ${url}, got ${JSON.stringify(outcome)}`);
  return outcome.answer;
}
