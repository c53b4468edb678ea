/**
 * What Outpost needs from an updater (electron-updater in the app): look,
 * download, restart into the new version. Events are pushed to the listener
 * given to `listen`. It never installs on its own: not on quit, not when done.
 */
export interface UpdaterPort {
  checkForUpdates(): Promise<void>;
  downloadUpdate(): Promise<void>;
  /** Quits Outpost and runs the downloaded installer. */
  quitAndInstall(): void;
  listen(listener: (event: UpdaterEvent) => void): void;
}

export type UpdaterEvent =
  | { readonly type: 'checking' }
  | { readonly type: 'available'; readonly version: string }
  | { readonly type: 'not-available' }
  | { readonly type: 'progress'; readonly percent: number }
  | { readonly type: 'downloaded'; readonly version: string }
  /** A failed check, download or signature check; `message` is the updater's own, for the log only. */
  | { readonly type: 'error'; readonly message: string };
