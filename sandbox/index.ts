import { randomBytes, randomInt } from 'node:crypto';
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { qmobHttpErrors } from '../common/qmob/messages';
import { ADMIN_BASE_PATH } from './admin';
import { applyFaultPatch, defaultFaultSettings, type FaultSettings, type FaultSettingsPatch } from './fault-settings';
import { sandboxOptionsSchema, type SandboxOptions } from './options';
import { SandboxRuntime, type SandboxState } from './runtime';
import { serviceConnectionInfo, type ServiceConnectionInfo } from './services/connection-info';
import { closeServer, listenOnLoopback, LOOPBACK_HOST, startServiceServer } from './services/server';
import { createRequestHandler } from './service-pipeline';

/**
 * The test sandbox: the two services (sandbox/services, which Practice also runs) with fault
 * injection, an admin API and a CLI around them, for tests and benchmarks only. Product code
 * never imports this folder outside sandbox/services (lint rule).
 */
export type { SandboxOptions } from './options';
export type { FaultSettings, FaultSettingsPatch, QmobFailureStage } from './fault-settings';
export type { SandboxState } from './runtime';
export * as sandboxSeedData from './services/seed-data';

/** Exactly the JSON line the CLI prints when ready. */
export interface SandboxInfo extends ServiceConnectionInfo {
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
  setCertificateValidFrom(validFrom: Date | null): Promise<void>;
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

  const server = await startServiceServer({
    port,
    dataDir,
    tlsNames,
    handle: createRequestHandler(runtime),
  });

  let plainServer: HttpServer | null = null;
  let plainHttpUrl: string | null = null;
  if (plainHttpPort !== undefined) {
    plainServer = createHttpServer((_request, response) => {
      const { status, message } = qmobHttpErrors.notSupported;
      response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end(message);
    });
    plainHttpUrl = `http://${LOOPBACK_HOST}:${await listenOnLoopback(plainServer, plainHttpPort)}`;
  }

  const info: SandboxInfo = {
    ...serviceConnectionInfo(server.origin, runtime.credentials),
    caCertPath: server.caCertPath,
    adminUrl: `${server.origin}${ADMIN_BASE_PATH}`,
    adminToken: runtime.credentials.adminToken,
  };

  let closing: Promise<void> | null = null;
  return {
    info,
    caCertPem: server.caCertPem,
    seed,
    plainHttpUrl,
    faults: () => runtime.faults,
    setFaults: (patch) => runtime.setFaults(patch),
    reset: () => runtime.reset(),
    state: () => runtime.state(),
    setCertificateValidFrom: (validFrom) => server.setCertificateValidFrom(validFrom),
    close: () => {
      closing ??= (async () => {
        await runtime.world.importer.cancelAll();
        runtime.closing.abort();
        for (const response of runtime.hangingResponses) response.destroy();
        await Promise.all([server.close(), plainServer ? closeServer(plainServer) : Promise.resolve()]);
      })();
      return closing;
    },
  };
}
