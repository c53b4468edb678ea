import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { app, systemPreferences } from 'electron';
import { decideUpdatePolicy, isPerMachineInstall, type UpdatePolicy } from '../updates/update-policy';
import { readWindowsPolicy } from '../updates/policy-sources';

/**
 * Gathers the update policy's sources from this computer: the environment,
 * the Windows policy key, the macOS managed preference (a configuration
 * profile's forced value for DisableUpdates reaches the app through its user
 * defaults), where the app is installed, and whether the build has a feed.
 */
export async function readUpdatePolicy(): Promise<UpdatePolicy> {
  const windows = process.platform === 'win32';
  const mac = process.platform === 'darwin';
  return decideUpdatePolicy({
    environment: process.env,
    windowsPolicy: windows ? await readWindowsPolicy() : undefined,
    macosPolicy: mac ? systemPreferences.getUserDefault('DisableUpdates', 'boolean') : undefined,
    managedInstall:
      windows &&
      isPerMachineInstall(app.getPath('exe'), [process.env['ProgramFiles'], process.env['ProgramFiles(x86)']]),
    installed: app.isPackaged,
    feedConfigured: existsSync(join(process.resourcesPath, 'app-update.yml')),
  });
}
