/**
 * The composition root of the Electron shell. Everything here is glue: the
 * services it wires are plain classes that also run (and are tested) in Node.
 */
import { join } from 'node:path';
import type { BrowserWindow } from 'electron';
import { app, crashReporter, ipcMain, net, session } from 'electron';
import { createMainServices } from './composition/create-main-services';
import { bindContract, WindowEventPublisher } from './electron/ipc';
import { hardenSession, hardenWebContents } from './electron/hardening';
import { createMainWindow } from './electron/main-window';
import { readUpdatePolicy } from './electron/update-policy';
import { electronUpdaterPort } from './electron/updater';
import { registerAppScheme, serveRenderer } from './electron/protocol';
import { OwnWindowSenderPolicy, originOf } from './ipc/sender-policy';
import { openLogFile } from './logging/log-file';
import { JsonLineLogger, Redactor } from './logging/logger';
import { detectKeychain, KeyringSecretStore } from './secrets/keyring-secret-store';
import { KeychainService } from './secrets/keychain-service';
import { WindowStateStore } from './services/window-state-store';
import { startPracticeServer } from '../sandbox/services/practice-server';
import { APP_ENTRY_URL, APP_ORIGIN } from './shell/security';

registerAppScheme();

// Crash dumps stay on this computer (app.getPath('crashDumps')); nothing is ever uploaded.
crashReporter.start({ uploadToServer: false, compress: true });

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let mainWindow: BrowserWindow | undefined;

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  // electron-vite's dev server, in development only; the packaged app serves app://outpost.
  const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined;
  const devOrigin = devServerUrl ? originOf(devServerUrl) : null;
  const ownOrigins = devOrigin ? [APP_ORIGIN, devOrigin] : [APP_ORIGIN];

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, ownOrigins));

  app.on('window-all-closed', () => app.quit());

  void app.whenReady().then(async () => {
    const dataFolder = app.getPath('userData');
    const redactor = new Redactor();
    const logPath = join(app.getPath('logs'), 'outpost.log');
    const logFile = openLogFile(logPath);
    const logger = new JsonLineLogger((line) => {
      logFile.write(line);
      if (!app.isPackaged) process.stdout.write(`${line}\n`);
    }, redactor);

    hardenSession(session.defaultSession, ownOrigins);
    serveRenderer(join(import.meta.dirname, '../renderer'));

    const systemKeychain = new KeyringSecretStore();
    const keychain = new KeychainService(
      () => detectKeychain(),
      systemKeychain,
      new KeyringSecretStore({ linuxStore: 'keyutils' }),
    );
    const updatePolicy = await readUpdatePolicy();
    const services = createMainServices({
      name: app.getName(),
      version: app.getVersion(),
      platform: process.platform,
      dataFolder,
      host: 'electron',
      isOnline: () => net.isOnline(),
      publisher: new WindowEventPublisher(() => mainWindow?.webContents),
      logger,
      senderPolicy: new OwnWindowSenderPolicy(
        () => ownOrigins,
        () => mainWindow?.webContents.id,
      ),
      secrets: keychain,
      // The data key only ever goes where it survives a restart; the session keyring never gets it.
      dataKeyStore: () => (keychain.status().store === 'system' ? systemKeychain : null),
      redactor,
      keychain,
      startPracticeServer: () => startPracticeServer({ dataDir: join(dataFolder, 'practice') }),
      // Chromium's own proxy resolution: system settings, PAC scripts and WPAD.
      systemProxy: { resolve: (url) => session.defaultSession.resolveProxy(url) },
      updates: { policy: updatePolicy, updater: updatePolicy.enabled ? electronUpdaterPort(logger) : undefined },
      diagnostics: { logFiles: [logPath, `${logPath}.1`], crashDumpsFolder: app.getPath('crashDumps') },
      noticesFile: join(import.meta.dirname, '../THIRD-PARTY-NOTICES.txt'),
    });
    bindContract(ipcMain, services.dispatcher);
    app.on('will-quit', () => void services.dispose());

    await createMainWindow(
      join(import.meta.dirname, '../preload/index.cjs'),
      devServerUrl ?? APP_ENTRY_URL,
      new WindowStateStore(join(dataFolder, 'window-state.json')),
      (created) => {
        mainWindow = created;
        created.on('closed', () => {
          mainWindow = undefined;
        });
      },
    );
    services.updates.start();
  });
}
