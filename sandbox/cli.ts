import { parseSandboxArgs } from './cli-args';
import { startSandbox } from './index';

/**
 * `npm run sandbox -- [flags]`: prints one JSON line (the connection info) when ready, runs
 * until SIGINT/SIGTERM, then closes cleanly. Diagnostics go to stderr so stdout stays one line.
 */
async function main(): Promise<void> {
  let options;
  try {
    options = parseSandboxArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`sandbox: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
    return;
  }
  const sandbox = await startSandbox(options);
  process.stdout.write(`${JSON.stringify(sandbox.info)}\n`);
  process.stderr.write(`sandbox: ready (seed ${sandbox.seed}); stop with Ctrl-C\n`);

  const stop = (signal: NodeJS.Signals): void => {
    process.stderr.write(`sandbox: ${signal}, closing\n`);
    sandbox.close().then(
      () => {
        process.exitCode = 0;
      },
      (error: unknown) => {
        process.stderr.write(`sandbox: close failed: ${String(error)}\n`);
        process.exitCode = 1;
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`sandbox: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
