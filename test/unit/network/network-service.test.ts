import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NetworkService } from '../../../main/network/network-service';
import { NetworkSettingsFile } from '../../../main/network/network-settings-file';
import { ProxyCredentialStore } from '../../../main/network/proxy-credentials';
import { JsonLineLogger, Redactor } from '../../../main/logging/logger';
import { MemorySecretStore } from '../../../main/secrets/memory-secret-store';

afterEach(() => vi.unstubAllEnvs());

async function service() {
  const folder = await mkdtemp(join(tmpdir(), 'outpost-network-'));
  const secrets = new MemorySecretStore();
  const redactor = new Redactor();
  const lines: string[] = [];
  const changes: string[] = [];
  const network = new NetworkService({
    file: new NetworkSettingsFile(join(folder, 'network.json')),
    credentials: new ProxyCredentialStore(secrets, redactor),
    logger: new JsonLineLogger((line) => lines.push(line), redactor),
    systemCertificates: () => 3,
    onRoutesChanged: () => changes.push('changed'),
  });
  return { network, secrets, redactor, lines, changes, folder };
}

describe('Settings → Network', () => {
  it('starts with the system’s settings and keeps a manual proxy across restarts', async () => {
    const { network, folder } = await service();
    expect((await network.status()).settings).toEqual({ mode: 'system' });
    await network.save({ mode: 'manual', url: 'http://proxy.corp:3128' });
    const again = new NetworkService({
      file: new NetworkSettingsFile(join(folder, 'network.json')),
      credentials: new ProxyCredentialStore(new MemorySecretStore()),
      logger: new JsonLineLogger(() => undefined, new Redactor()),
      systemCertificates: () => 0,
      onRoutesChanged: () => undefined,
    });
    expect(await again.proxySettings()).toEqual({ mode: 'manual', url: 'http://proxy.corp:3128' });
  });

  it('asks for a sign-in once, keeps it in the keychain (never in network.json or the log), and forgets it', async () => {
    const { network, secrets, lines, changes, folder, redactor } = await service();
    network.signInAsked('proxy.corp:3128');
    network.signInAsked('proxy.corp:3128');
    expect((await network.status()).signInNeeded).toBe('proxy.corp:3128');
    expect(lines.filter((line) => line.includes('asks for a sign-in'))).toHaveLength(1);

    await network.signIn({ proxy: 'proxy.corp:3128', username: 'jdoe', password: 'corp-pass-7781' });
    const status = await network.status();
    expect(status.signInNeeded).toBeNull();
    expect(status.signedIn).toEqual(['proxy.corp:3128']);
    expect(await secrets.get('proxy:proxy.corp:3128')).toContain('corp-pass-7781');
    expect(await readFile(join(folder, 'network.json'), 'utf8')).not.toContain('corp-pass-7781');
    expect(await network.credentialsFor('proxy.corp:3128')).toEqual({ username: 'jdoe', password: 'corp-pass-7781' });
    expect(redactor.redact('password corp-pass-7781')).toBe('password [redacted]');
    expect(changes.length).toBe(1);

    const generation = network.generation();
    await network.signOut('proxy.corp:3128');
    expect(network.generation()).toBeGreaterThan(generation);
    expect(await secrets.get('proxy:proxy.corp:3128')).toBeNull();
    expect(await network.credentialsFor('proxy.corp:3128')).toBeUndefined();
    expect(lines.join('\n')).not.toContain('corp-pass-7781');
  });

  it('shows HTTPS_PROXY without any password written into it', async () => {
    vi.stubEnv('HTTPS_PROXY', 'http://alice:s3cret-in-env@proxy.env:8080');
    vi.stubEnv('https_proxy', '');
    vi.stubEnv('NO_PROXY', '.corp.example');
    const { network } = await service();
    const status = await network.status();
    expect(status.environment).toEqual({ httpsProxy: 'http://proxy.env:8080', noProxy: '.corp.example' });
    expect(JSON.stringify(status)).not.toContain('s3cret');
    expect(status.systemCertificates).toBe(3);
  });
});
