import { randomBytes } from 'node:crypto';
import { serviceConnectionInfo, type ServiceConnectionInfo } from './connection-info';
import { guardedHandler, readBody, sendReply } from './http-io';
import { QUESTIONPRO_DOCUMENTED_LIMIT } from './rate-limiter';
import { notFoundReply, routeServiceCall } from './service-calls';
import { startServiceServer } from './server';
import { ServiceWorld } from './world';

export interface PracticeServerOptions {
  /** 0 (the default) picks a free port. */
  readonly port?: number;
  /** Where the CA certificate is kept. */
  readonly dataDir: string;
}

export interface RunningPracticeServer {
  readonly info: ServiceConnectionInfo;
  /** Trust this (and only this) CA when talking to it. */
  readonly caCertPem: string;
  /** Cancels pending imports (callbacks say so) and closes the port. */
  close(): Promise<void>;
}

/** QMob imports are asynchronous; a short wait keeps "Import started" visible as a state of its own. */
const IMPORT_DELAY_MS = 25;

const randomSecret = (): string => randomBytes(18).toString('base64url');

/**
 * The Practice workspace's QuestionPro and QMob on 127.0.0.1: the seed data, the services'
 * validation and answers, QuestionPro's documented call limit; no faults, no admin API.
 * New credentials every start.
 */
export async function startPracticeServer(options: PracticeServerOptions): Promise<RunningPracticeServer> {
  const world = new ServiceWorld(
    { apiKey: randomSecret(), qmobPassword: randomSecret() },
    { callLimit: () => QUESTIONPRO_DOCUMENTED_LIMIT, qmobStorageFailure: () => null },
    IMPORT_DELAY_MS,
  );
  const server = await startServiceServer({
    port: options.port ?? 0,
    dataDir: options.dataDir,
    handle: guardedHandler(async (request, response, origin) => {
      const url = new URL(request.url ?? '/', origin);
      const call = routeServiceCall(request, url, world);
      const resourceUrl = `${url.origin}${url.pathname}`;
      if (!call) return sendReply(response, notFoundReply(), { resourceUrl, literalErrorBody: false });
      const reply = call.answer(await readBody(request));
      if (!response.destroyed) sendReply(response, reply, { resourceUrl, literalErrorBody: false });
    }),
  });
  let closing: Promise<void> | null = null;
  return {
    info: serviceConnectionInfo(server.origin, world.credentials),
    caCertPem: server.caCertPem,
    close: () => {
      closing ??= (async () => {
        await world.importer.cancelAll();
        await server.close();
      })();
      return closing;
    },
  };
}
