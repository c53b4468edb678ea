import { describe, expect, it } from 'vitest';
import type { EventName } from '../../../common/contract';
import type { EventPublisher } from '../../../main/events/publisher';
import { checkedPayload } from '../../../main/events/publisher';
import { JsonLineLogger, Redactor } from '../../../main/logging/logger';
import { readWindowsPolicy, WINDOWS_POLICY_KEY } from '../../../main/updates/policy-sources';
import {
  decideUpdatePolicy,
  isPerMachineInstall,
  parseRegQuery,
  type UpdatePolicySources,
} from '../../../main/updates/update-policy';
import { UpdateService } from '../../../main/updates/update-service';
import type { UpdaterEvent, UpdaterPort } from '../../../main/updates/updater-port';

const installedWithFeed: UpdatePolicySources = {
  environment: {},
  windowsPolicy: undefined,
  macosPolicy: undefined,
  managedInstall: false,
  installed: true,
  feedConfigured: true,
};

describe('update policy', () => {
  it('is on for an installed build with a feed and no policy', () => {
    expect(decideUpdatePolicy(installedWithFeed)).toEqual({ enabled: true });
  });

  it.each([
    ['OUTPOST_DISABLE_UPDATES=1', { environment: { OUTPOST_DISABLE_UPDATES: '1' } }, 'environment'],
    ['OUTPOST_DISABLE_UPDATES=true', { environment: { OUTPOST_DISABLE_UPDATES: ' TRUE ' } }, 'environment'],
    ['the Windows HKLM policy', { windowsPolicy: true }, 'windows-policy'],
    ['the macOS managed preference', { macosPolicy: true }, 'macos-policy'],
    ['a per-machine (MSI) install', { managedInstall: true }, 'managed-install'],
    ['a development run', { installed: false }, 'not-installed'],
    ['a build without a feed', { feedConfigured: false }, 'not-configured'],
  ] as const)('is off by %s', (_label, patch, reason) => {
    expect(decideUpdatePolicy({ ...installedWithFeed, ...patch })).toEqual({ enabled: false, offReason: reason });
  });

  it('names IT’s own policy first when several say off', () => {
    expect(
      decideUpdatePolicy({ ...installedWithFeed, windowsPolicy: true, managedInstall: true, feedConfigured: false }),
    ).toEqual({ enabled: false, offReason: 'windows-policy' });
  });

  it('leaves updates on for values that do not say off', () => {
    for (const value of ['0', 'false', '', 'no']) {
      expect(decideUpdatePolicy({ ...installedWithFeed, environment: { OUTPOST_DISABLE_UPDATES: value } })).toEqual({
        enabled: true,
      });
    }
    expect(decideUpdatePolicy({ ...installedWithFeed, windowsPolicy: false, macosPolicy: false })).toEqual({
      enabled: true,
    });
  });

  it('reads the HKLM value as reg.exe prints it', async () => {
    const header = `\r\n${WINDOWS_POLICY_KEY}\r\n`;
    expect(parseRegQuery(`${header}    DisableUpdates    REG_DWORD    0x1\r\n`)).toBe(true);
    expect(parseRegQuery(`${header}    DisableUpdates    REG_DWORD    0x0\r\n`)).toBe(false);
    expect(parseRegQuery(`${header}    DisableUpdates    REG_SZ    true\r\n`)).toBe(true);
    expect(parseRegQuery(`${header}    Other    REG_DWORD    0x1\r\n`)).toBeUndefined();
    const asked: string[][] = [];
    const set = await readWindowsPolicy((file, args) => {
      asked.push([file, ...args]);
      return Promise.resolve(`${header}    DisableUpdates    REG_DWORD    0x1\r\n`);
    });
    expect(set).toBe(true);
    expect(asked).toEqual([['reg.exe', 'query', 'HKLM\\SOFTWARE\\Policies\\Outpost', '/v', 'DisableUpdates']]);
    // reg.exe exits 1 when the key or value does not exist.
    expect(await readWindowsPolicy(() => Promise.reject(new Error('exit 1')))).toBeUndefined();
  });

  it('tells a per-machine install (Program Files) from a per-user one', () => {
    const folders = ['C:\\Program Files', 'C:\\Program Files (x86)'];
    expect(isPerMachineInstall('C:\\Program Files\\Outpost\\Outpost.exe', folders)).toBe(true);
    expect(isPerMachineInstall('c:/program files/Outpost/Outpost.exe', folders)).toBe(true);
    expect(isPerMachineInstall('C:\\Users\\amina\\AppData\\Local\\Programs\\outpost\\Outpost.exe', folders)).toBe(
      false,
    );
    expect(isPerMachineInstall('C:\\Program Files Extra\\Outpost.exe', folders)).toBe(false);
    expect(isPerMachineInstall('/Applications/Outpost.app/Contents/MacOS/Outpost', [undefined])).toBe(false);
  });
});

/** Stands in for electron-updater (which needs Electron): records calls, lets the test play the updater's events. */
class FakeUpdater implements UpdaterPort {
  readonly calls: string[] = [];
  private listener: ((event: UpdaterEvent) => void) | undefined;
  checkForUpdates(): Promise<void> {
    this.calls.push('check');
    return Promise.resolve();
  }
  downloadUpdate(): Promise<void> {
    this.calls.push('download');
    return Promise.resolve();
  }
  quitAndInstall(): void {
    this.calls.push('install');
  }
  listen(listener: (event: UpdaterEvent) => void): void {
    this.listener = listener;
  }
  emit(event: UpdaterEvent): void {
    this.listener?.(event);
  }
}

function world(options: { enabled?: boolean } = {}) {
  const updater = new FakeUpdater();
  const published: unknown[] = [];
  const publisher: EventPublisher = {
    publish: (event: EventName, payload) => published.push(checkedPayload(event, payload)),
  };
  let inFlight = 0;
  const service = new UpdateService({
    policy: options.enabled === false ? { enabled: false, offReason: 'windows-policy' } : { enabled: true },
    updater,
    deliveryRunning: () => inFlight > 0,
    publisher,
    logger: new JsonLineLogger(() => undefined, new Redactor()),
    every: () => () => undefined,
  });
  return {
    updater,
    service,
    published,
    setInFlight: (count: number) => {
      inFlight = count;
    },
  };
}

describe('update service', () => {
  it('checks, downloads in the background, and installs only when asked', async () => {
    const { updater, service } = world();
    service.start();
    await Promise.resolve();
    expect(updater.calls).toEqual(['check']);
    updater.emit({ type: 'available', version: '0.2.0' });
    expect(updater.calls).toEqual(['check', 'download']);
    expect(service.current()).toMatchObject({ state: 'downloading', version: '0.2.0', percent: 0 });
    updater.emit({ type: 'progress', percent: 42.5 });
    expect(service.current().percent).toBe(42.5);
    updater.emit({ type: 'downloaded', version: '0.2.0' });
    expect(service.current()).toMatchObject({ state: 'ready', version: '0.2.0', blockers: [] });
    expect(updater.calls).not.toContain('install');

    service.install();
    expect(updater.calls.at(-1)).toBe('install');
  });

  it('does nothing at all when a policy turned updates off, and says which', async () => {
    const { updater, service } = world({ enabled: false });
    service.start();
    await service.check();
    service.install();
    expect(updater.calls).toEqual([]);
    expect(service.current()).toMatchObject({ enabled: false, offReason: 'windows-policy', state: 'off' });
  });

  it('is off without an updater (development, browser host)', () => {
    const service = new UpdateService({
      policy: { enabled: true },
      updater: undefined,
      deliveryRunning: () => false,
      publisher: { publish: () => undefined },
      logger: new JsonLineLogger(() => undefined, new Redactor()),
    });
    expect(service.current()).toMatchObject({ enabled: false, offReason: 'not-installed', state: 'off' });
  });

  it('defers the install while a draft is open, and says so', () => {
    const { updater, service } = world();
    updater.emit({ type: 'downloaded', version: '0.2.0' });
    service.setDraftOpen(true);
    expect(service.install()).toMatchObject({ state: 'ready', blockers: ['draft-open'] });
    expect(updater.calls).not.toContain('install');
    service.setDraftOpen(false);
    expect(service.install().blockers).toEqual([]);
    expect(updater.calls).toContain('install');
  });

  it('defers the install while a delivery is running', () => {
    const { updater, service, setInFlight } = world();
    updater.emit({ type: 'downloaded', version: '0.2.0' });
    setInFlight(3);
    service.setDraftOpen(true);
    expect(service.install().blockers).toEqual(['draft-open', 'delivery-running']);
    service.setDraftOpen(false);
    expect(service.install().blockers).toEqual(['delivery-running']);
    expect(updater.calls).not.toContain('install');
    setInFlight(0);
    service.install();
    expect(updater.calls).toContain('install');
  });

  it('never installs before a download is ready', () => {
    const { updater, service } = world();
    updater.emit({ type: 'available', version: '0.2.0' });
    service.install();
    expect(updater.calls).not.toContain('install');
  });

  it('reports a failed check or signature in words, and keeps a ready update through later failures', async () => {
    const { updater, service, published } = world();
    updater.emit({ type: 'error', message: 'New version is not signed by the application owner' });
    expect(service.current()).toMatchObject({ state: 'failed' });
    expect(service.current().problem).toMatch(/could not check for or download an update/);
    expect(JSON.stringify(published)).not.toContain('not signed');
    await service.check();
    updater.emit({ type: 'available', version: '0.3.0' });
    updater.emit({ type: 'downloaded', version: '0.3.0' });
    updater.emit({ type: 'error', message: 'later check failed' });
    expect(service.current()).toMatchObject({ state: 'ready', version: '0.3.0' });
  });
});
