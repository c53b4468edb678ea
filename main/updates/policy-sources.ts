import { execFile } from 'node:child_process';
import { parseRegQuery } from './update-policy';

/** Where IT sets the Windows policy (Group Policy, Intune): a DWORD DisableUpdates = 1 under this key. */
export const WINDOWS_POLICY_KEY = 'HKLM\\SOFTWARE\\Policies\\Outpost';

/**
 * Reads the Windows policy with reg.exe, which every Windows has: one fixed
 * query, no shell, a short timeout. Absent key or value (reg exits 1) is "not set".
 */
export function readWindowsPolicy(
  run: (file: string, args: readonly string[]) => Promise<string> = runFile,
): Promise<boolean | undefined> {
  return run('reg.exe', ['query', WINDOWS_POLICY_KEY, '/v', 'DisableUpdates']).then(parseRegQuery, () => undefined);
}

function runFile(file: string, args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(file, [...args], { timeout: 5_000, windowsHide: true }, (error, stdout) => {
      if (error) reject(error);
      else resolve(stdout);
    });
  });
}
