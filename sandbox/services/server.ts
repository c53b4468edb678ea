import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import type { IncomingMessage, Server as HttpServer, ServerResponse } from 'node:http';
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSandboxCertificates } from './tls';

export const LOOPBACK_HOST = '127.0.0.1';
const CA_FILE_NAME = 'outpost-sandbox-ca.pem';

export interface ServiceServerOptions {
  /** HTTPS port on 127.0.0.1; 0 picks a free one. */
  readonly port: number;
  /** Where the CA certificate is written; a fresh temp directory (removed on close) when absent. */
  readonly dataDir?: string | undefined;
  /** Extra DNS names in the server certificate. */
  readonly tlsNames?: readonly string[];
  /** Handles every request; `origin` is the server's own https origin. */
  readonly handle: (request: IncomingMessage, response: ServerResponse, origin: string) => void;
}

export interface ServiceServer {
  readonly origin: string;
  /** Trust this (and only this) CA when talking to the server. */
  readonly caCertPem: string;
  readonly caCertPath: string;
  /**
   * Serves a new certificate from the same CA, valid from `validFrom` (for a year), to new
   * connections; `null` returns to the certificate valid now.
   */
  setCertificateValidFrom(validFrom: Date | null): Promise<void>;
  /** Closes the port, ending open connections, and removes the temp directory it made. */
  close(): Promise<void>;
}

/** An HTTPS server on loopback with a throwaway CA of its own, written to a file clients can trust. */
export async function startServiceServer(options: ServiceServerOptions): Promise<ServiceServer> {
  const certificates = await createSandboxCertificates(new Date(), options.tlsNames ?? []);
  const ownsDataDir = options.dataDir === undefined;
  const directory = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'outpost-sandbox-')));
  await mkdir(directory, { recursive: true });
  const caCertPath = join(directory, CA_FILE_NAME);
  await writeFile(caCertPath, certificates.caCertPem, { mode: 0o644 });

  let origin = '';
  const server = createHttpsServer(
    { cert: certificates.serverCertPem, key: certificates.serverKeyPem },
    (request, response) => options.handle(request, response, origin),
  );
  origin = `https://${LOOPBACK_HOST}:${await listenOnLoopback(server, options.port)}`;

  return {
    origin,
    caCertPem: certificates.caCertPem,
    caCertPath,
    setCertificateValidFrom: async (validFrom) => {
      const issued = validFrom === null ? certificates : await certificates.reissue(validFrom);
      server.setSecureContext({ cert: issued.serverCertPem, key: issued.serverKeyPem });
    },
    close: async () => {
      await closeServer(server);
      if (ownsDataDir) await rm(directory, { recursive: true, force: true });
    },
  };
}

export function listenOnLoopback(server: HttpServer | HttpsServer, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, LOOPBACK_HOST, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

export function closeServer(server: HttpServer | HttpsServer): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    // Keep-alive and hanging connections would otherwise hold close() open.
    server.closeAllConnections();
  });
}
