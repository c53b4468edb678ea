import electronUpdater from 'electron-updater';
import type { Logger } from '../logging/logger';
import type { UpdaterEvent, UpdaterPort } from '../updates/updater-port';

/**
 * electron-updater behind Outpost's updater port. Its feed comes only from the
 * app-update.yml that electron-builder wrote at build time from the build's
 * environment; it checks the download's SHA-512 from the feed and, on Windows,
 * the installer's Authenticode publisher against the app's own (on macOS
 * Squirrel.Mac checks the code signature). It never downloads or installs by itself.
 */
export function electronUpdaterPort(logger: Logger): UpdaterPort {
  const { autoUpdater } = electronUpdater;
  autoUpdater.autoDownload = false;
  autoUpdater.autoInstallOnAppQuit = false;
  autoUpdater.allowDowngrade = false;
  autoUpdater.allowPrerelease = false;
  autoUpdater.forceDevUpdateConfig = false;
  autoUpdater.logger = {
    info: (message?: unknown) => logger.debug('updater', { message: String(message) }),
    warn: (message?: unknown) => logger.warn('updater', { message: String(message) }),
    error: (message?: unknown) => logger.warn('updater', { message: String(message) }),
    debug: (message: string) => logger.debug('updater', { message }),
  };
  return {
    checkForUpdates: async () => {
      await autoUpdater.checkForUpdates();
    },
    downloadUpdate: async () => {
      await autoUpdater.downloadUpdate();
    },
    quitAndInstall: () => autoUpdater.quitAndInstall(false, true),
    listen: (listener: (event: UpdaterEvent) => void) => {
      autoUpdater.on('checking-for-update', () => listener({ type: 'checking' }));
      autoUpdater.on('update-available', (info) => listener({ type: 'available', version: info.version }));
      autoUpdater.on('update-not-available', () => listener({ type: 'not-available' }));
      autoUpdater.on('download-progress', (progress) => listener({ type: 'progress', percent: progress.percent }));
      autoUpdater.on('update-downloaded', (info) => listener({ type: 'downloaded', version: info.version }));
      autoUpdater.on('error', (error) => listener({ type: 'error', message: error.message }));
    },
  };
}
