import { BrowserWindow } from 'electron';
import type { WindowStateStore } from '../services/window-state-store';
import { mainWindowOptions } from '../shell/security';

export async function createMainWindow(
  preloadPath: string,
  entryUrl: string,
  stateStore: WindowStateStore,
  /** Called before the page loads, so the sender check knows the window its first calls come from. */
  onCreated: (window: BrowserWindow) => void,
): Promise<BrowserWindow> {
  const bounds = await stateStore.load();
  const window = new BrowserWindow(mainWindowOptions(preloadPath, bounds));
  onCreated(window);
  if (bounds.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());

  const remember = (): void => {
    if (window.isDestroyed() || window.isMinimized()) return;
    const { width, height, x, y } = window.getNormalBounds();
    void stateStore.save({ width, height, x, y, maximized: window.isMaximized() });
  };
  window.on('resized', remember);
  window.on('moved', remember);
  window.on('close', remember);

  await window.loadURL(entryUrl);
  return window;
}
