import type { Session, WebContents } from 'electron';
import { isNavigationAllowed, isPermissionGranted } from '../shell/security';

/** Denies every permission but the ones capture needs, for checks and requests alike. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => callback(isPermissionGranted(permission)));
  session.setPermissionCheckHandler((_contents, permission) => isPermissionGranted(permission));
}

/** No new windows, no navigation away from our origin, no <webview>, for every web contents ever created. */
export function hardenWebContents(contents: WebContents, ownOrigins: readonly string[]): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event, url) => {
    if (!isNavigationAllowed(url, ownOrigins)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isNavigationAllowed(url, ownOrigins)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
