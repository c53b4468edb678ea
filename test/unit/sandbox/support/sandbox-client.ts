import type { RunningSandbox } from '../../../../sandbox/index';
import { send, sendExpectingAnswer, type HttpAnswer, type HttpOutcome } from './https-client';

/** Convenience calls against a running sandbox, always trusting its CA explicitly. */
export class SandboxClient {
  constructor(readonly sandbox: RunningSandbox) {}

  questionPro(
    method: string,
    path: string,
    options: { body?: unknown; rawBody?: string; apiKey?: string | null; timeoutMs?: number } = {},
  ): Promise<HttpOutcome> {
    const headers: Record<string, string> = {};
    const apiKey = options.apiKey === undefined ? this.sandbox.info.questionpro.apiKey : options.apiKey;
    if (apiKey !== null) headers['api-key'] = apiKey;
    const body = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
    if (body !== undefined) headers['content-type'] = 'application/json';
    return send(`${this.sandbox.info.questionpro.baseUrl}${path}`, {
      method,
      headers,
      body,
      ca: this.sandbox.caCertPem,
      timeoutMs: options.timeoutMs,
    });
  }

  async questionProAnswer(
    method: string,
    path: string,
    options: Parameters<SandboxClient['questionPro']>[2] = {},
  ): Promise<HttpAnswer> {
    const outcome = await this.questionPro(method, path, options);
    if (outcome.kind !== 'answer') throw new Error(`expected an answer, got ${JSON.stringify(outcome)}`);
    return outcome.answer;
  }

  /** Form-encoded POST (or another method) to a QMob action; credentials added unless given. */
  qmob(action: string, parameters: Record<string, string | undefined>, method = 'POST'): Promise<HttpAnswer> {
    const form = new URLSearchParams();
    const withDefaults: Record<string, string | undefined> = {
      user_name: this.sandbox.info.qmob.userName,
      password: this.sandbox.info.qmob.password,
      ...parameters,
    };
    for (const [name, value] of Object.entries(withDefaults)) if (value !== undefined) form.set(name, value);
    return sendExpectingAnswer(`${this.sandbox.info.qmob.baseUrl}/${action}`, {
      method,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: method === 'GET' ? undefined : form.toString(),
      ca: this.sandbox.caCertPem,
    });
  }

  admin(
    method: string,
    path: string,
    body?: unknown,
    token: string | null = this.sandbox.info.adminToken,
  ): Promise<HttpAnswer> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token !== null) headers['x-sandbox-token'] = token;
    return sendExpectingAnswer(`${this.sandbox.info.adminUrl}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      ca: this.sandbox.caCertPem,
    });
  }
}

export const parseJson = (answer: HttpAnswer): unknown => JSON.parse(answer.text);
