import type { BrowserWindowConstructorOptions, CustomScheme } from 'electron';

/** The renderer is served from here, never from file://, so IndexedDB has one stable origin across versions. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'outpost';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

export const appSchemeRegistration: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: {
    standard: true,
    secure: true,
    supportFetchAPI: true,
    // Lets the renderer stream large files (exports, imports) from its own origin.
    stream: true,
    corsEnabled: false,
    bypassCSP: false,
    allowServiceWorkers: false,
  },
};

/**
 * The renderer never talks to the network: scripts, styles, data and
 * connections only from its own origin. `extraConnect` exists for the browser
 * host's loopback WebSocket bridge.
 */
export function contentSecurityPolicy(extraConnect: readonly string[] = []): string {
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'style-src': ["'self'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'", ...extraConnect],
    'worker-src': ["'self'", 'blob:'],
    'object-src': ["'none'"],
    'frame-src': ["'none'"],
    'child-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
    'frame-ancestors': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** Capture asks for the device's position for a response's `location`; nothing else is ever granted. */
const grantedPermissions = new Set(['geolocation']);

/** Only our own pages get even that: never a sub-frame or page from anywhere else, nor a request with no origin. */
export function isPermissionGranted(permission: string, requestingUrl: string, ownOrigins: readonly string[]): boolean {
  return grantedPermissions.has(permission) && isNavigationAllowed(requestingUrl, ownOrigins);
}

/** Navigation is allowed only within our own origin (a reload, a hash change); everything else is refused. */
export function isNavigationAllowed(targetUrl: string, ownOrigins: readonly string[]): boolean {
  try {
    const url = new URL(targetUrl);
    return ownOrigins.includes(`${url.protocol}//${url.host}`);
  } catch {
    return false;
  }
}

export interface WindowBounds {
  width: number;
  height: number;
  x?: number;
  y?: number;
  maximized: boolean;
}

export const MIN_WINDOW_SIZE = { width: 900, height: 600 } as const;

export function mainWindowOptions(preloadPath: string, bounds: WindowBounds): BrowserWindowConstructorOptions {
  return {
    width: bounds.width,
    height: bounds.height,
    ...(bounds.x !== undefined && bounds.y !== undefined ? { x: bounds.x, y: bounds.y } : {}),
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: 'Outpost',
    show: false,
    backgroundColor: '#f7f7f4',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
    },
  };
}
