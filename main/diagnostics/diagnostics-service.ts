import { readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import { basename } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import type { Account } from '../../common/accounts/index';
import type { DiagnosticsBundle, KeychainStatus, NetworkStatus, UpdateStatus } from '../../common/contract';
import type { Redactor } from '../logging/logger';
import { sanitizeLog } from './log-sanitizer';

export interface DiagnosticsSources {
  appName: string;
  appVersion: string;
  redactor: Redactor;
  /** Outpost's log files, newest first; missing ones are skipped. */
  logFiles: readonly string[];
  /** Where Electron keeps crash dumps: only how many there are goes in the bundle (a dump holds memory). */
  crashDumpsFolder?: string | undefined;
  accounts: () => Promise<readonly Account[]>;
  network: () => Promise<NetworkStatus>;
  updates: () => UpdateStatus;
  keychain: () => KeychainStatus;
  sync: () => { paused: boolean; online: boolean; pausedAccounts: readonly unknown[]; inFlight: number };
  now?: () => Date;
}

const README = `Outpost diagnostics

versions.json   Outpost, Electron, Chromium, Node and the operating system
settings.json   network and update settings, where secrets are kept, accounts (kind and location only), sending state
outbox.json     how many outbox items are in each state
logs/           Outpost's log files: times, levels, Outpost's own messages and codes

Never in this file: API keys, passwords, proxy sign-ins, account names, survey answers, respondents, server messages
(they can quote a respondent), crash dumps (they hold memory).
`;

/**
 * "Save diagnostics": one zip that support can read and IT can hand over
 * without a second thought. What goes in is built from allow-lists (fields
 * known to be safe), never by removing what looks sensitive from everything.
 */
export class DiagnosticsService {
  constructor(private readonly sources: DiagnosticsSources) {}

  async bundle(outbox: Readonly<Partial<Record<string, number>>>): Promise<DiagnosticsBundle> {
    const now = (this.sources.now ?? (() => new Date()))();
    const files: Record<string, Uint8Array> = {
      'README.txt': strToU8(README),
      'versions.json': json(this.versions()),
      'settings.json': json(await this.settings()),
      'outbox.json': json({ countsByState: outbox }),
    };
    for (const path of this.sources.logFiles) {
      const text = await readFile(path, 'utf8').catch(() => undefined);
      if (text !== undefined) files[`logs/${basename(path)}`] = strToU8(sanitizeLog(text, this.sources.redactor));
    }
    const zip = zipSync(files, { level: 6, mtime: now });
    const stamp = now.toISOString().slice(0, 19).replaceAll(':', '-');
    return { fileName: `outpost-diagnostics-${stamp}.zip`, zipBase64: Buffer.from(zip).toString('base64') };
  }

  private versions(): Record<string, unknown> {
    const versions = process.versions as NodeJS.ProcessVersions & { electron?: string; chrome?: string };
    return {
      [this.sources.appName]: this.sources.appVersion,
      electron: versions.electron ?? null,
      chromium: versions.chrome ?? null,
      node: versions.node,
      os: { platform: process.platform, type: os.type(), release: os.release(), arch: process.arch },
    };
  }

  private async settings(): Promise<Record<string, unknown>> {
    const network = await this.sources.network();
    const sync = this.sources.sync();
    return {
      network: {
        proxy: network.settings,
        environment: network.environment,
        proxiesSignedIn: network.signedIn.length,
        signInNeeded: network.signInNeeded !== null,
        systemCertificates: network.systemCertificates,
      },
      updates: { ...this.sources.updates(), problem: undefined },
      secrets: { store: this.sources.keychain().store },
      accounts: (await this.sources.accounts()).map(accountSummary),
      sending: {
        paused: sync.paused,
        online: sync.online,
        pausedAccounts: sync.pausedAccounts.length,
        inFlight: sync.inFlight,
      },
      crashDumps: await countFiles(this.sources.crashDumpsFolder),
    };
  }
}

/** An account as support needs it: which service and where, never its label, user or secret. */
function accountSummary(account: Account): Record<string, unknown> {
  const location = account.location;
  const where =
    'datacenter' in location ? location.datacenter : 'instance' in location ? location.instance : 'custom address';
  return { id: account.id, kind: account.kind, location: where, practice: account.practice };
}

async function countFiles(folder: string | undefined): Promise<number | null> {
  if (!folder) return null;
  try {
    return (await readdir(folder, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).length;
  } catch {
    return 0;
  }
}

const json = (value: unknown): Uint8Array => strToU8(`${JSON.stringify(value, null, 2)}\n`);
