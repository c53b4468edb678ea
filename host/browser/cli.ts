/**
 * `npm run browser`: the whole app in a real browser, on machines that cannot
 * run Electron. Serves the built renderer on http://127.0.0.1:<port> and bridges
 * the contract to the real main-process services running in this Node process.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { networkInterfaces, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createMainServices } from '../../main/composition/create-main-services';
import { FanOutPublisher } from '../../main/events/publisher';
import { OwnWindowSenderPolicy } from '../../main/ipc/sender-policy';
import { openLogFile } from '../../main/logging/log-file';
import { JsonLineLogger, Redactor } from '../../main/logging/logger';
import { systemCertificateAuthorities } from '../../main/network/trust-store';
import { startPracticeServer } from '../../sandbox/services/practice-server';
import { bundleBridgeScript } from './bundle-bridge';
import { FileSecretStore } from './file-secret-store';
import { startBrowserHost } from './server';

const projectRoot = resolve(import.meta.dirname, '../..');

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '5170' },
    'data-dir': { type: 'string' },
    /** A fixed port keeps Practice accounts valid across host restarts in tests. */
    'practice-port': { type: 'string', default: '0' },
    'sync-concurrency': { type: 'string' },
    /** Verification periods after deliveries of unknown outcome, shortened for tests. */
    'verify-quiet-ms': { type: 'string' },
    'verify-again-ms': { type: 'string' },
    /**
     * A PEM file of CAs this host treats as the operating system's trusted roots
     * (as IT deploys a corporate root), on top of whatever the OS store holds.
     */
    'system-ca': { type: 'string' },
    /**
     * Test-only: behave as a computer whose OS keeps no secret across restarts
     * (no Secret Service): the data key is then protected by a passphrase the
     * user types. Account secrets still go to the host's test file.
     */
    'no-keychain': { type: 'boolean', default: false },
    /** Another build of the renderer than out/renderer (benchmarks: the one without encryption). */
    'renderer-dir': { type: 'string' },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  process.stderr.write(`--port must be a port number, not "${values.port}"\n`);
  process.exit(2);
}

const practicePort = Number(values['practice-port']);
const dataFolder = resolve(values['data-dir'] ?? join(tmpdir(), 'outpost-browser-host'));
mkdirSync(dataFolder, { recursive: true });
const packageJson = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as {
  productName: string;
  version: string;
};

/** Node has no online flag of its own; a non-loopback interface that is up is the closest honest hint. */
function hasNetworkInterface(): boolean {
  return Object.values(networkInterfaces()).some((addresses) => addresses?.some((address) => !address.internal));
}

function withSystemCa(pem: string): () => readonly string[] {
  return () => [...systemCertificateAuthorities(), pem];
}

const redactor = new Redactor();
// Also to a log file in the data folder, as the app keeps one, so "Save diagnostics" has one to read.
const logPath = join(dataFolder, 'logs', 'outpost.log');
const logFile = openLogFile(logPath);
const logger = new JsonLineLogger((line) => {
  logFile.write(line);
  process.stderr.write(`${line}\n`);
}, redactor);
const publisher = new FanOutPublisher();
const fileSecrets = new FileSecretStore(join(dataFolder, 'browser-host-secrets.json'));
let hostOrigin = '';

const services = createMainServices({
  name: packageJson.productName,
  version: packageJson.version,
  platform: process.platform,
  dataFolder,
  host: 'browser',
  isOnline: hasNetworkInterface,
  publisher,
  logger,
  senderPolicy: new OwnWindowSenderPolicy(() => [hostOrigin]),
  secrets: fileSecrets,
  dataKeyStore: () => (values['no-keychain'] ? null : fileSecrets),
  redactor,
  keychain: {
    status: () => ({ store: 'test-file', canUseSession: false }),
    useSessionStore: () => ({ store: 'test-file', canUseSession: false }),
  },
  startPracticeServer: () => startPracticeServer({ port: practicePort, dataDir: join(dataFolder, 'practice') }),
  ...(values['sync-concurrency'] ? { syncConcurrency: Number(values['sync-concurrency']) } : {}),
  diagnostics: { logFiles: [logPath, `${logPath}.1`] },
  noticesFile: join(projectRoot, 'out/THIRD-PARTY-NOTICES.txt'),
  ...(values['verify-quiet-ms'] ? { verifyQuietMs: Number(values['verify-quiet-ms']) } : {}),
  ...(values['verify-again-ms'] ? { verifyAgainMs: Number(values['verify-again-ms']) } : {}),
  ...(values['system-ca'] ? { systemCertificates: withSystemCa(readFileSync(values['system-ca'], 'utf8')) } : {}),
});

const host = await startBrowserHost({
  rendererDir: values['renderer-dir'] ? resolve(values['renderer-dir']) : join(projectRoot, 'out/renderer'),
  port,
  bridgeScript: await bundleBridgeScript(),
  dispatcher: services.dispatcher,
  publisher,
});
hostOrigin = host.origin;

process.stdout.write(`${JSON.stringify({ url: host.url, dataFolder })}\n`);

const stop = (): void => {
  void Promise.all([services.dispose(), host.close()]).finally(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
