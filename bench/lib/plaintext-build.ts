import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build, type Plugin } from 'vite';
import { benchFolder } from './temp-folder';

const projectRoot = resolve(import.meta.dirname, '../..');

/** Every import of the sealing middleware (page and import worker) gets the pass-through instead. */
function withoutSealing(): Plugin {
  return {
    name: 'outpost-bench-without-sealing',
    enforce: 'pre',
    resolveId: (source) =>
      /\/vault\/sealing-middleware$/.test(source) ? join(import.meta.dirname, 'plain-sealing.ts') : null,
  };
}

/**
 * The renderer as `electron-vite build` makes it (electron.vite.config.ts, renderer part), except that
 * rows are stored in the clear: the "without encryption" run of the benchmarks. Built into a temporary
 * folder (removed when the benchmark ends) the browser host serves with --renderer-dir; out/ is left alone.
 */
export async function buildRendererWithoutSealing(): Promise<string> {
  const outDir = benchFolder('plaintext-renderer');
  await build({
    configFile: false,
    logLevel: 'warn',
    root: join(projectRoot, 'renderer'),
    base: './',
    plugins: [withoutSealing(), react()],
    worker: { plugins: () => [withoutSealing()] },
    build: {
      minify: true,
      outDir,
      emptyOutDir: true,
      rollupOptions: { input: { index: join(projectRoot, 'renderer/index.html') } },
    },
  });
  return outDir;
}
