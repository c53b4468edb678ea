import { execFileSync } from 'node:child_process';
import { chmod, mkdtemp, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractFile, listPackage } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { build, type Configuration } from 'electron-builder';
import { beforeAll, describe, expect, it } from 'vitest';
import { practiceMarkers, testToolingMarkers } from './support/test-tooling-markers';

const require = createRequire(import.meta.url);
const projectRoot = process.cwd();
const config = require(join(projectRoot, 'electron-builder.config.cjs')) as Configuration;
const packageJson = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

/**
 * Electron cannot be downloaded here, so the packaging runs against a stub
 * "electron" executable. It carries Electron's fuse sentinel with Electron's
 * default wire, so we can see electron-builder flip the fuses for real.
 */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const ELECTRON_DEFAULT_WIRE = '10110001';

async function stubElectronDist(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'outpost-electron-stub-'));
  const executable = join(folder, 'electron');
  await writeFile(executable, `#!/bin/sh\n# ${FUSE_SENTINEL}\x01\x08${ELECTRON_DEFAULT_WIRE}\necho stub\n`, 'latin1');
  await chmod(executable, 0o755);
  return folder;
}

describe('packaging', () => {
  let appDir = '';
  let entries: string[] = [];

  beforeAll(async () => {
    if (!existsSync(join(projectRoot, 'out/main/index.js'))) {
      execFileSync('npx', ['electron-vite', 'build'], { cwd: projectRoot, stdio: 'ignore' });
    }
    const output = await mkdtemp(join(tmpdir(), 'outpost-package-'));
    await build({
      projectDir: projectRoot,
      linux: ['dir'],
      publish: 'never',
      config: {
        ...config,
        electronDist: await stubElectronDist(),
        electronVersion: packageJson.devDependencies['electron'],
        directories: { ...config.directories, output },
      },
    });
    appDir = join(output, 'linux-unpacked');
    entries = listPackage(join(appDir, 'resources/app.asar'), { isPack: false }).map((entry) =>
      entry.replaceAll('\\', '/'),
    );
  }, 180_000);

  it('puts the built app in app.asar', () => {
    for (const file of ['/package.json', '/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/index.html']) {
      expect(entries).toContain(file);
    }
  });

  it('carries the licence notices of every production dependency and every bundled package, generated at build', () => {
    expect(entries).toContain('/out/THIRD-PARTY-NOTICES.txt');
    const notices = extractFile(join(appDir, 'resources/app.asar'), 'out/THIRD-PARTY-NOTICES.txt').toString('utf8');
    const listed = new Set([...notices.matchAll(/^(\S+) (\d\S*) \((.+)\)$/gm)].map((match) => match[1]));
    for (const name of Object.keys(packageJson.dependencies)) expect(listed, name).toContain(name);
    // Bundled into the renderer and the import worker, so shipped too, though they are build-time dependencies.
    for (const name of ['react', 'react-dom', 'dexie', 'zustand', 'papaparse']) expect(listed, name).toContain(name);
    // Each comes with its licence text.
    expect(notices).toContain('Permission is hereby granted, free of charge');
    expect(notices).toMatch(/^react \d\S* \(MIT\)$/m);
  });

  it('leaves sources, tests, the browser host and the build config out', () => {
    const ownFiles = entries.filter((entry) => !entry.startsWith('/node_modules/'));
    expect(ownFiles.filter((entry) => /\.(ts|tsx|map)$/.test(entry))).toEqual([]);
    for (const folder of ['/main/', '/renderer/src/', '/common/', '/test/', '/host/', '/bench/', '/build/', '/.ci/']) {
      expect(ownFiles.filter((entry) => entry.startsWith(folder))).toEqual([]);
    }
    expect(ownFiles.some((entry) => /bridge-client|playwright|vitest/.test(entry))).toBe(false);
  });

  it('holds no test tooling: no sandbox sources, no fault injection or admin API in the built main, no node-forge', () => {
    const ownFiles = entries.filter((entry) => !entry.startsWith('/node_modules/'));
    expect(ownFiles.filter((entry) => /(^|\/)(sandbox|test|bench|host)\//.test(entry))).toEqual([]);
    const shippedMain = extractFile(join(appDir, 'resources/app.asar'), 'out/main/index.js').toString('utf8');
    for (const marker of practiceMarkers) expect(shippedMain, marker).toContain(marker);
    expect(testToolingMarkers.filter((marker) => shippedMain.includes(marker))).toEqual([]);
    expect(entries.filter((entry) => /^\/node_modules\/(node-forge|@types\/node-forge)\//.test(entry))).toEqual([]);
  });

  it('ships production dependencies and no development dependency', () => {
    const shippedPackages = new Set(
      entries
        .map((entry) => /^\/node_modules\/((?:@[^/]+\/)?[^/]+)\/package\.json$/.exec(entry)?.[1])
        .filter((name): name is string => name !== undefined),
    );
    for (const name of Object.keys(packageJson.dependencies)) expect(shippedPackages).toContain(name);
    for (const name of Object.keys(packageJson.devDependencies)) expect(shippedPackages).not.toContain(name);
  });

  it('flips the Electron fuses: no run-as-node, no NODE_OPTIONS, no inspector, asar only, integrity on, no file:// privileges', async () => {
    const wire = await getCurrentFuseWire(join(appDir, 'outpost'));
    const disabled = '0'.charCodeAt(0);
    const enabled = '1'.charCodeAt(0);
    expect(wire[FuseV1Options.RunAsNode]).toBe(disabled);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(disabled);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(disabled);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(enabled);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(enabled);
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(disabled);
  });

  it('configures NSIS (x64, arm64) and MSI (x64) for Windows, DMG and the updater’s zip for macOS (arm64, x64), hardened, with entitlements in build/', () => {
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z]+)+$/);
    expect(config.productName).toBe('Outpost');
    expect(config.win?.target).toEqual([
      { target: 'nsis', arch: ['x64', 'arm64'] },
      { target: 'msi', arch: ['x64'] },
    ]);
    expect(config.mac?.target).toEqual([
      { target: 'dmg', arch: ['arm64', 'x64'] },
      { target: 'zip', arch: ['arm64', 'x64'] },
    ]);
    // NSIS installs for the user and updates itself; the MSI installs for the machine and is updated by IT.
    expect(config.nsis?.perMachine).toBe(false);
    expect(config.msi?.perMachine).toBe(true);
    expect(config.msi?.upgradeCode).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(config.win?.verifyUpdateCodeSignature).toBe(true);
    expect(config.mac?.hardenedRuntime).toBe(true);
    expect(existsSync(join(projectRoot, String(config.mac?.entitlements)))).toBe(true);
    expect(existsSync(join(projectRoot, 'build/icon.png'))).toBe(true);
  });

  it('a release build cannot turn the inspector on from the environment; only the separate test config can', () => {
    const configPath = join(projectRoot, 'electron-builder.config.cjs');
    const saved = { ...process.env };
    try {
      for (const name of ['OUTPOST_TEST_BUILD', 'CI', 'DEBUG', 'NODE_ENV']) process.env[name] = '1';
      Reflect.deleteProperty(require.cache, require.resolve(configPath));
      const again = require(configPath) as Configuration;
      expect(again.electronFuses).toMatchObject({ enableNodeCliInspectArguments: false, runAsNode: false });
    } finally {
      process.env = saved;
    }
    // The only environment the release config reads: signing, and the update feed (which cannot touch the fuses).
    expect(readFileSync(configPath, 'utf8')).not.toMatch(/process\.env\.(?!CSC_|APPLE_|OUTPOST_UPDATE_)/);
    const testBuild = require(join(projectRoot, 'electron-builder.test.config.cjs')) as Configuration;
    expect(testBuild.electronFuses?.enableNodeCliInspectArguments).toBe(true);
    expect(testBuild.appId).not.toBe(config.appId);
    expect(testBuild.productName).not.toBe(config.productName);
  });

  it('takes the update feed from the build’s environment only: none without it, https only, nothing in the repository', () => {
    const configPath = join(projectRoot, 'electron-builder.config.cjs');
    const fresh = (environment: Record<string, string | undefined>): Configuration => {
      const saved = { ...process.env };
      try {
        for (const name of ['OUTPOST_UPDATE_URL', 'OUTPOST_UPDATE_PROVIDER', 'OUTPOST_UPDATE_CHANNEL']) {
          Reflect.deleteProperty(process.env, name);
        }
        Object.assign(process.env, environment);
        Reflect.deleteProperty(require.cache, require.resolve(configPath));
        return require(configPath) as Configuration;
      } finally {
        process.env = saved;
        Reflect.deleteProperty(require.cache, require.resolve(configPath));
      }
    };
    expect(fresh({}).publish).toBeNull();
    expect(fresh({ OUTPOST_UPDATE_URL: 'https://updates.agency.example/outpost/' }).publish).toEqual([
      { provider: 'generic', url: 'https://updates.agency.example/outpost/' },
    ]);
    expect(
      fresh({ OUTPOST_UPDATE_URL: 'https://updates.agency.example/outpost/', OUTPOST_UPDATE_CHANNEL: 'beta' }).publish,
    ).toEqual([{ provider: 'generic', url: 'https://updates.agency.example/outpost/', channel: 'beta' }]);
    expect(() => fresh({ OUTPOST_UPDATE_URL: 'http://updates.agency.example/' })).toThrow(/https/);
    expect(() => fresh({ OUTPOST_UPDATE_URL: 'https://x.example/', OUTPOST_UPDATE_PROVIDER: 'github' })).toThrow(
      /generic/,
    );
    // No feed address is written into the repository's config.
    expect(readFileSync(configPath, 'utf8')).not.toMatch(/url:\s*['"`]/);
    // The packaged app found no feed in this build's environment, so it carries no app-update.yml.
    expect(existsSync(join(appDir, 'resources/app-update.yml'))).toBe(false);
  });

  it('asks macOS for no more than the JIT needs: no unsigned executable memory', () => {
    const entitlements = readFileSync(join(projectRoot, String(config.mac?.entitlements)), 'utf8');
    expect(entitlements).toContain('com.apple.security.cs.allow-jit');
    expect(entitlements).not.toContain('allow-unsigned-executable-memory');
    expect(entitlements).not.toContain('disable-library-validation');
  });

  it('keeps every signing secret out of the repository', () => {
    const text = readFileSync(join(projectRoot, 'electron-builder.config.cjs'), 'utf8');
    expect(text).not.toMatch(/cscLink|cscKeyPassword|appleIdPassword|"password"/i);
    expect(text).not.toMatch(/-----BEGIN/);
  });
});
