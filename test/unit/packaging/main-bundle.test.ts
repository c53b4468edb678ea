import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { practiceMarkers, testToolingMarkers } from './support/test-tooling-markers';

const projectRoot = process.cwd();
const bundlePath = join(projectRoot, 'out/main/index.js');

describe('the built main bundle', () => {
  let bundle = '';

  beforeAll(() => {
    if (!existsSync(bundlePath)) execFileSync('npx', ['electron-vite', 'build'], { cwd: projectRoot, stdio: 'ignore' });
    bundle = readFileSync(bundlePath, 'utf8');
  }, 180_000);

  it('carries the two services Practice runs', () => {
    for (const marker of practiceMarkers) expect(bundle, marker).toContain(marker);
  });

  it('carries no fault injection, no sandbox admin API and no node-forge', () => {
    expect(testToolingMarkers.filter((marker) => bundle.includes(marker))).toEqual([]);
  });
});
