import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { thirdPartyNotices } from './build/third-party-notices';

const root = import.meta.dirname;
const product = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
  productName: string;
  version: string;
};
/** One collector for the three builds: the notices list every package any of them bundled or ships. */
const notices = thirdPartyNotices(root, { name: product.productName, version: product.version });

export default defineConfig({
  main: {
    plugins: [notices()],
    build: {
      outDir: resolve(root, 'out/main'),
      rollupOptions: { input: { index: resolve(root, 'main/index.ts') } },
    },
  },
  preload: {
    plugins: [notices()],
    build: {
      outDir: resolve(root, 'out/preload'),
      // A sandboxed preload cannot load ES modules: emit CommonJS.
      rollupOptions: {
        input: { index: resolve(root, 'preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    base: './',
    plugins: [react(), notices()],
    // The roster import worker is its own bundle (Papa Parse lives there).
    worker: { plugins: () => [notices()] },
    build: {
      // What the user's machine parses at every start: as small as it can be.
      minify: true,
      outDir: resolve(root, 'out/renderer'),
      rollupOptions: { input: { index: resolve(root, 'renderer/index.html') } },
    },
  },
});
