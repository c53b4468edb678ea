import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { MIN_WINDOW_SIZE, type WindowBounds } from '../shell/security';

const boundsSchema = z.object({
  width: z.number().int().min(MIN_WINDOW_SIZE.width).max(20_000),
  height: z.number().int().min(MIN_WINDOW_SIZE.height).max(20_000),
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  maximized: z.boolean(),
});

export const DEFAULT_WINDOW_BOUNDS: WindowBounds = { width: 1200, height: 800, maximized: false };

/** Remembers the window's size and place between runs; a damaged file falls back to the defaults. */
export class WindowStateStore {
  constructor(private readonly filePath: string) {}

  async load(): Promise<WindowBounds> {
    try {
      const parsed = boundsSchema.safeParse(JSON.parse(await readFile(this.filePath, 'utf8')));
      return parsed.success ? parsed.data : DEFAULT_WINDOW_BOUNDS;
    } catch {
      return DEFAULT_WINDOW_BOUNDS;
    }
  }

  async save(bounds: WindowBounds): Promise<void> {
    const checked = boundsSchema.safeParse(bounds);
    if (!checked.success) return;
    await mkdir(dirname(this.filePath), { recursive: true });
    const temporary = `${this.filePath}.tmp`;
    await writeFile(temporary, JSON.stringify(checked.data), 'utf8');
    await rename(temporary, this.filePath);
  }
}
