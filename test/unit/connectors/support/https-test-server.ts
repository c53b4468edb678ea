import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { createSandboxCertificates } from '../../../../sandbox/services/tls';

/**
 * A tiny HTTPS server for what the sandbox cannot produce (a proxy's HTML 502,
 * slow headers, a reset after the body arrived). Its self-signed certificate is
 * trusted by passing it as the account's extra CA, exactly as for the sandbox.
 */
export interface TestServer {
  readonly origin: string;
  readonly caPem: string;
  readonly requests: RecordedRequest[];
  close(): Promise<void>;
}

export interface RecordedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: string;
}

export type Handler = (req: RecordedRequest, res: ServerResponse) => void;

/** A server certificate for localhost/127.0.0.1 and the throwaway CA that signed it (the sandbox's own TLS). */
export async function testCertificate(): Promise<{ certPem: string; keyPem: string; caPem: string }> {
  const issued = await createSandboxCertificates();
  return { certPem: issued.serverCertPem, keyPem: issued.serverKeyPem, caPem: issued.caCertPem };
}

export async function startTestServer(handler: Handler): Promise<TestServer> {
  const { certPem, keyPem, caPem } = await testCertificate();
  const requests: RecordedRequest[] = [];
  const server: Server = createServer({ cert: certPem, key: keyPem }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const recorded = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(recorded);
      handler(recorded, res);
    });
  });
  // Sockets still in their TLS handshake are not HTTP connections yet; closeAllConnections() misses them.
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `https://127.0.0.1:${port}`,
    caPem,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
