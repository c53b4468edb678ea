import type { InstallBlocker, UpdatesOffReason } from '../../common/contract';

/** What decides whether Outpost updates itself, read once at start-up. */
export interface UpdatePolicySources {
  /** The app's environment (OUTPOST_DISABLE_UPDATES). */
  readonly environment: Readonly<Record<string, string | undefined>>;
  /** HKLM\SOFTWARE\Policies\Outpost DisableUpdates, on Windows; undefined where absent or elsewhere. */
  readonly windowsPolicy: boolean | undefined;
  /** DisableUpdates in the app's managed preferences, on macOS; undefined where absent or elsewhere. */
  readonly macosPolicy: boolean | undefined;
  /** Installed per machine (the MSI, in Program Files): IT deploys new versions, not the updater. */
  readonly managedInstall: boolean;
  /** Running as the packaged app (not development, not the browser host). */
  readonly installed: boolean;
  /** The build carries an update address (app-update.yml); builds without one have nowhere to look. */
  readonly feedConfigured: boolean;
}

export type UpdatePolicy =
  | { readonly enabled: true }
  | { readonly enabled: false; readonly offReason: UpdatesOffReason };

const OFF_VALUES = new Set(['1', 'true', 'yes', 'on']);

/**
 * On unless someone with the authority to say so said otherwise. IT's policies
 * come first, so Settings names the source IT will recognise; then what makes
 * updating impossible here (no installer to replace, no address to ask).
 */
export function decideUpdatePolicy(sources: UpdatePolicySources): UpdatePolicy {
  const fromEnvironment = sources.environment['OUTPOST_DISABLE_UPDATES']?.trim().toLowerCase();
  if (fromEnvironment && OFF_VALUES.has(fromEnvironment)) return { enabled: false, offReason: 'environment' };
  if (sources.windowsPolicy === true) return { enabled: false, offReason: 'windows-policy' };
  if (sources.macosPolicy === true) return { enabled: false, offReason: 'macos-policy' };
  if (sources.managedInstall) return { enabled: false, offReason: 'managed-install' };
  if (!sources.installed) return { enabled: false, offReason: 'not-installed' };
  if (!sources.feedConfigured) return { enabled: false, offReason: 'not-configured' };
  return { enabled: true };
}

/** A ready update restarts Outpost: never over an interview being typed or a delivery under way. */
export function installBlockers(activity: { draftOpen: boolean; deliveryRunning: boolean }): InstallBlocker[] {
  const blockers: InstallBlocker[] = [];
  if (activity.draftOpen) blockers.push('draft-open');
  if (activity.deliveryRunning) blockers.push('delivery-running');
  return blockers;
}

/**
 * `reg query "HKLM\SOFTWARE\Policies\Outpost" /v DisableUpdates` prints
 * "    DisableUpdates    REG_DWORD    0x1"; a string value "1" or "true" counts too.
 * Anything else (no key, no value, another type) is "not set".
 */
export function parseRegQuery(output: string): boolean | undefined {
  const match = /^\s*DisableUpdates\s+(REG_DWORD|REG_SZ)\s+(\S+)\s*$/im.exec(output);
  if (!match) return undefined;
  const [, type, value = ''] = match;
  if (type === 'REG_DWORD') return Number.parseInt(value, 16) !== 0;
  return OFF_VALUES.has(value.toLowerCase());
}

/**
 * An MSI installs per machine into Program Files; the per-user NSIS installer
 * into the user's own folder. Which one ran is told by where the executable is.
 */
export function isPerMachineInstall(executablePath: string, programFolders: readonly (string | undefined)[]): boolean {
  const exe = executablePath.toLowerCase().replaceAll('/', '\\');
  return programFolders.some((folder) => {
    if (!folder) return false;
    const prefix = folder.toLowerCase().replaceAll('/', '\\').replace(/\\+$/, '');
    return exe.startsWith(`${prefix}\\`);
  });
}
