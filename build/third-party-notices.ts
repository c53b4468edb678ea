import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import type { Plugin } from 'vite';

/** Where the notices go: inside out/, so inside app.asar, beside the main, preload and renderer builds. */
export const NOTICES_FILE = 'out/THIRD-PARTY-NOTICES.txt';

interface PackageInfo {
  name: string;
  version: string;
  license: string;
  texts: string[];
}

interface LockEntry {
  version?: string;
  license?: string;
  dev?: boolean;
  devOptional?: boolean;
}

const LICENCE_FILE = /^(licen[cs]e|copying|notice)(\.|-|$)/i;

/**
 * The licence notices of every third-party package the packaged app carries:
 * the production dependency tree from package-lock.json (shipped in
 * node_modules inside the asar) and every package whose code a build bundled
 * (React, Dexie, … in the renderer). One instance is shared by the three
 * electron-vite builds; each rewrites the file with all it has seen, so the
 * last build leaves the complete list whatever their order.
 */
export function thirdPartyNotices(projectRoot: string, product: { name: string; version: string }) {
  const bundled = new Set<string>();

  const packageFolderOf = (moduleId: string): string | undefined => {
    const path = moduleId.replace(/^\0/, '').split('?')[0] ?? '';
    const marker = `${sep}node_modules${sep}`;
    const at = path.lastIndexOf(marker);
    if (at < 0) return undefined;
    const rest = path.slice(at + marker.length).split(sep);
    const depth = rest[0]?.startsWith('@') ? 2 : 1;
    return join(path.slice(0, at + marker.length), ...rest.slice(0, depth));
  };

  const write = (): void => {
    const folders = new Set<string>(productionFolders(projectRoot));
    for (const folder of bundled) folders.add(relative(projectRoot, folder));
    const packages = [...folders]
      .map((folder) => describe(projectRoot, folder))
      .filter((info): info is PackageInfo => info !== undefined);
    const unique = new Map(packages.map((info) => [`${info.name}@${info.version}`, info]));
    const sorted = [...unique.values()].sort(
      (a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version),
    );
    const rule = '='.repeat(72);
    const body = sorted.map((info) =>
      [
        rule,
        `${info.name} ${info.version} (${info.license})`,
        '-'.repeat(72),
        info.texts.length > 0
          ? info.texts.join('\n\n')
          : `No licence file ships with this package; its licence is ${info.license}.`,
      ].join('\n'),
    );
    const header = `${product.name} ${product.version}: third-party notices\n\n${sorted.length} packages are part of this app, each with its licence below.\n`;
    const target = join(projectRoot, NOTICES_FILE);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, `${header}\n${body.join('\n\n')}\n`, 'utf8');
  };

  return (): Plugin => ({
    name: 'outpost-third-party-notices',
    apply: 'build',
    generateBundle() {
      for (const id of this.getModuleIds()) {
        const folder = packageFolderOf(id);
        if (folder) bundled.add(folder);
      }
    },
    writeBundle() {
      write();
    },
  });
}

/** Folders of the production tree: package-lock entries not marked dev-only. */
function productionFolders(projectRoot: string): string[] {
  const lock = JSON.parse(readFileSync(join(projectRoot, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, LockEntry>;
  };
  return Object.entries(lock.packages)
    .filter(([path, entry]) => path !== '' && entry.dev !== true && entry.devOptional !== true)
    .filter(([path]) => existsSync(join(projectRoot, path, 'package.json')))
    .map(([path]) => path);
}

function describe(projectRoot: string, folder: string): PackageInfo | undefined {
  const manifestPath = join(projectRoot, folder, 'package.json');
  if (!existsSync(manifestPath)) return undefined;
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    name?: string;
    version?: string;
    license?: string | { type?: string };
    licenses?: { type?: string }[];
  };
  if (!manifest.name || !manifest.version) return undefined;
  const license =
    typeof manifest.license === 'string'
      ? manifest.license
      : (manifest.license?.type ?? manifest.licenses?.map((entry) => entry.type).join(' OR ') ?? 'UNKNOWN');
  const texts = readdirSync(join(projectRoot, folder))
    .filter((name) => LICENCE_FILE.test(name))
    .sort()
    .map((name) => readFileSync(join(projectRoot, folder, name), 'utf8').trim());
  return { name: manifest.name, version: manifest.version, license, texts };
}
