import { describe, expect, it } from 'vitest';
import {
  APP_ORIGIN,
  appSchemeRegistration,
  contentSecurityPolicy,
  isNavigationAllowed,
  isPermissionGranted,
  mainWindowOptions,
} from '../../../main/shell/security';
import { resolveRendererFile } from '../../../main/shell/renderer-files';

describe('main window options', () => {
  const options = mainWindowOptions('/app/preload/index.cjs', { width: 1000, height: 700, maximized: false });
  const web = options.webPreferences ?? {};

  it('isolates the renderer: context isolation, sandbox, no Node anywhere', () => {
    expect(web.contextIsolation).toBe(true);
    expect(web.sandbox).toBe(true);
    expect(web.nodeIntegration).toBe(false);
    expect(web.nodeIntegrationInWorker).toBe(false);
    expect(web.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and turns off webview, insecure content and experiments', () => {
    expect(web.webSecurity).toBe(true);
    expect(web.allowRunningInsecureContent).toBe(false);
    expect(web.webviewTag).toBe(false);
    expect(web.experimentalFeatures).toBe(false);
    expect(web.navigateOnDragDrop).toBe(false);
  });

  it('uses the given preload and remembered size', () => {
    expect(web.preload).toBe('/app/preload/index.cjs');
    expect(options.width).toBe(1000);
    expect(options.height).toBe(700);
  });
});

describe('app:// scheme', () => {
  it('is registered standard and secure so IndexedDB has a stable, secure origin', () => {
    expect(appSchemeRegistration.scheme).toBe('app');
    expect(appSchemeRegistration.privileges?.standard).toBe(true);
    expect(appSchemeRegistration.privileges?.secure).toBe(true);
    expect(appSchemeRegistration.privileges?.bypassCSP).toBe(false);
  });
});

describe('content security policy', () => {
  const csp = contentSecurityPolicy();
  const directive = (name: string): string[] =>
    csp
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .find(([head]) => head === name)
      ?.slice(1) ?? [];

  it('allows scripts and connections only from our own origin', () => {
    expect(directive('script-src')).toEqual(["'self'"]);
    expect(directive('connect-src')).toEqual(["'self'"]);
    expect(directive('default-src')).toEqual(["'self'"]);
  });

  it('never allows inline or evaluated script, objects or frames', () => {
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    expect(directive('object-src')).toEqual(["'none'"]);
    expect(directive('frame-src')).toEqual(["'none'"]);
    expect(directive('frame-ancestors')).toEqual(["'none'"]);
  });
});

describe('permissions and navigation', () => {
  it('grants geolocation (capture records a position) and nothing else', () => {
    const own = ['app://outpost'];
    expect(isPermissionGranted('geolocation', 'app://outpost/index.html', own)).toBe(true);
    for (const permission of [
      'media',
      'notifications',
      'midi',
      'openExternal',
      'clipboard-read',
      'display-capture',
      'usb',
    ]) {
      expect(isPermissionGranted(permission, 'app://outpost/index.html', own)).toBe(false);
    }
  });

  it('grants nothing to another origin, however it is asked for', () => {
    const own = ['app://outpost'];
    for (const requester of [
      'https://evil.example/',
      'file:///tmp/x.html',
      'app://other/',
      '',
      'null',
      'data:text/html,x',
    ])
      expect(isPermissionGranted('geolocation', requester, own)).toBe(false);
  });

  it('allows navigation only within our own origin', () => {
    expect(isNavigationAllowed(`${APP_ORIGIN}/index.html#/outbox`, [APP_ORIGIN])).toBe(true);
    expect(isNavigationAllowed('https://example.com/', [APP_ORIGIN])).toBe(false);
    expect(isNavigationAllowed('file:///etc/passwd', [APP_ORIGIN])).toBe(false);
    expect(isNavigationAllowed('app://other/index.html', [APP_ORIGIN])).toBe(false);
    expect(isNavigationAllowed('javascript:alert(1)', [APP_ORIGIN])).toBe(false);
  });
});

describe('renderer file resolution', () => {
  it('maps / to index.html and stays inside the renderer folder', () => {
    expect(resolveRendererFile('/app/renderer', '/')).toBe('/app/renderer/index.html');
    expect(resolveRendererFile('/app/renderer', '/assets/index.js?v=1')).toBe('/app/renderer/assets/index.js');
  });

  it.each(['/../main/index.js', '/%2e%2e/%2e%2e/etc/passwd', '/assets/../../secret', '/%00'])('refuses %s', (path) => {
    expect(resolveRendererFile('/app/renderer', path)).toBeNull();
  });
});
