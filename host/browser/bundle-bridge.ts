import { build } from 'esbuild';

/** Bundles the bridge client at start-up, so the browser host needs no build step of its own. */
export async function bundleBridgeScript(): Promise<string> {
  const result = await build({
    entryPoints: [new URL('./bridge-client.ts', import.meta.url).pathname],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
    minify: false,
    logLevel: 'silent',
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error('The browser bridge script could not be built');
  return output.text;
}
