import { randomBytes, randomInt } from 'node:crypto';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { qmobHttpErrors } from '../common/qmob/messages';
import { ADMIN_BASE_PATH } from './admin';
import { applyFaultPatch, defaultFaultSettings, type FaultSettings, type FaultSettingsPatch } from './fault-settings';
import { sandboxOptionsSchema, type SandboxOptions } from './options';
import { qmobBasePath } from './qmob/routes';
import { QUESTIONPRO_BASE_PATH } from './questionpro/routes';
import { SandboxRuntime, type SandboxState } from './runtime';
import { QMOB_PROJECT, QMOB_USER_NAME, SANDBOX_USER_ID, qmobLists } from './seed-data';
import { createRequestHandler } from './service-pipeline';
import { createSandboxCertificates } from './tls';

export type { SandboxOptions } from './options';
export type { FaultSettings, FaultSettingsPatch, QmobFailureStage } from './fault-settings';
export type { SandboxState } from './runtime';
export * as sandboxSeedData from './seed-data';

const HOST = '127.0.0.1';
const CA_FILE_NAME = 'outpost-sandbox-ca.pem';

/** Exactly the JSON line the CLI prints when ready. */
export interface SandboxInfo {
  questionpro: { baseUrl: string; apiKey: string; userId: number };
  qmob: { baseUrl: string; userName: string; password: string; listIds: string[] };
  caCertPath: string;
  adminUrl: string;
  adminToken: string;
}

export interface RunningSandbox {
  readonly info: SandboxInfo;
  /** Trust this (and only this) CA when talking to the sandbox. */
  readonly caCertPem: string;
  /** The fault PRNG seed in use: pass it back as `seed` to repeat a run. */
  readonly seed: number;
  /** Plain-HTTP URL when `plainHttpPort` was given. */
  readonly plainHttpUrl: string | null;
  faults(): FaultSettings;
  /** Changes fault settings while running; throws on invalid values. Returns the new settings. */
  setFaults(patch: FaultSettingsPatch): FaultSettings;
  /** Back to seed data, zero counters, fresh PRNG from the same seed; fault settings stay. */
  reset(): Promise<void>;
  state(): SandboxState;
  /**
   * Serves a new certificate from the same CA, valid from `validFrom` (for a year),
   * to new connections: with a date in the future, clients see what a laptop whose
   * clock is years behind sees; `null` returns to a certificate valid now.
   */
  setCertificateValidFrom(validFrom: Date | null): void;
  /** Cancels pending imports (callbacks say so), ends hanging requests, closes ports. */
  close(): Promise<void>;
}

const randomSecret = (): string => randomBytes(18).toString('base64url');

/** Starts the HTTPS sandbox on 127.0.0.1. Never exits the process; `close()` when done. */
export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const parsed = sandboxOptionsSchema.parse(options);
  const {
    port,
    plainHttpPort,
    seed: givenSeed,
    dataDir,
    apiKey,
    qmobPassword,
    adminToken,
    importDelayMs,
    tlsNames,
    ...faultPatch
  } = parsed;
  const faults = applyFaultPatch(defaultFaultSettings, faultPatch);
  const seed = givenSeed ?? randomInt(0, 0xffffffff);
  const runtime = new SandboxRuntime(
    {
      apiKey: apiKey ?? randomSecret(),
      qmobPassword: qmobPassword ?? randomSecret(),
      adminToken: adminToken ?? randomSecret(),
    },
    seed,
    faults,
    importDelayMs,
  );

  const certificates = createSandboxCertificates(new Date(), tlsNames);
  const ownsDataDir = dataDir === undefined;
  const directory = dataDir ?? (await mkdtemp(join(tmpdir(), 'outpost-sandbox-')));
  await mkdir(directory, { recursive: true });
  const caCertPath = join(directory, CA_FILE_NAME);
  await writeFile(caCertPath, certificates.caCertPem, { mode: 0o644 });

  let origin = '';
  const httpsServer = createHttpsServer(
    { cert: certificates.serverCertPem, key: certificates.serverKeyPem },
    createRequestHandler(runtime, () => origin),
  );
  const httpsPort = await listen(httpsServer, port);
  origin = `https://${HOST}:${httpsPort}`;

  let plainServer: HttpServer | null = null;
  let plainHttpUrl: string | null = null;
  if (plainHttpPort !== undefined) {
    plainServer = createHttpServer((_request, response) => {
      const { status, message } = qmobHttpErrors.notSupported;
      response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end(message);
    });
    plainHttpUrl = `http://${HOST}:${await listen(plainServer, plainHttpPort)}`;
  }

  const info: SandboxInfo = {
    questionpro: {
      baseUrl: `${origin}${QUESTIONPRO_BASE_PATH}`,
      apiKey: runtime.credentials.apiKey,
      userId: SANDBOX_USER_ID,
    },
    qmob: {
      baseUrl: `${origin}${qmobBasePath(QMOB_PROJECT)}`,
      userName: QMOB_USER_NAME,
      password: runtime.credentials.qmobPassword,
      listIds: qmobLists.map((list) => list.id),
    },
    caCertPath,
    adminUrl: `${origin}${ADMIN_BASE_PATH}`,
    adminToken: runtime.credentials.adminToken,
  };

  let closing: Promise<void> | null = null;
  return {
    info,
    caCertPem: certificates.caCertPem,
    seed,
    plainHttpUrl,
    faults: () => runtime.faults,
    setFaults: (patch) => runtime.setFaults(patch),
    reset: () => runtime.reset(),
    state: () => runtime.state(),
    setCertificateValidFrom: (validFrom) => {
      const issued = validFrom === null ? certificates : certificates.reissue(validFrom);
      httpsServer.setSecureContext({ cert: issued.serverCertPem, key: issued.serverKeyPem });
    },
    close: () => {
      closing ??= (async () => {
        await runtime.importer.cancelAll();
        runtime.closing.abort();
        for (const response of runtime.hangingResponses) response.destroy();
        await Promise.all([closeServer(httpsServer), plainServer ? closeServer(plainServer) : Promise.resolve()]);
        if (ownsDataDir) await rm(directory, { recursive: true, force: true });
      })();
      return closing;
    },
  };
}

function listen(server: HttpServer | HttpsServer, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, HOST, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function closeServer(server: HttpServer | HttpsServer): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    // Keep-alive and hanging connections would otherwise hold close() open.
    server.closeAllConnections();
  });
}
