import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW_BOUNDS, WindowStateStore } from '../../../main/services/window-state-store';

describe('WindowStateStore', () => {
  it('remembers the window size across runs', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'outpost-window-')), 'window-state.json');
    await new WindowStateStore(file).save({ width: 1300, height: 900, x: 10, y: 20, maximized: true });
    await expect(new WindowStateStore(file).load()).resolves.toEqual({
      width: 1300,
      height: 900,
      x: 10,
      y: 20,
      maximized: true,
    });
  });

  it('falls back to defaults when the file is missing, damaged or nonsensical', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'outpost-window-'));
    await expect(new WindowStateStore(join(folder, 'none.json')).load()).resolves.toEqual(DEFAULT_WINDOW_BOUNDS);
    await writeFile(join(folder, 'broken.json'), '{"width": 12');
    await expect(new WindowStateStore(join(folder, 'broken.json')).load()).resolves.toEqual(DEFAULT_WINDOW_BOUNDS);
    await writeFile(join(folder, 'tiny.json'), JSON.stringify({ width: 10, height: 10, maximized: false }));
    await expect(new WindowStateStore(join(folder, 'tiny.json')).load()).resolves.toEqual(DEFAULT_WINDOW_BOUNDS);
  });

  it('does not write bounds too small to use', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'outpost-window-')), 'window-state.json');
    const store = new WindowStateStore(file);
    await store.save({ width: 1000, height: 700, maximized: false });
    await store.save({ width: 5, height: 5, maximized: false });
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ width: 1000, height: 700 });
  });
});
