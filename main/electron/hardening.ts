import type { Session, WebContents } from 'electron';
import { isNavigationAllowed, isPermissionGranted } from '../shell/security';

/**
 * Denies every permission but the ones capture needs, for checks and requests
 * alike, and those only to our own origin. The frame asking is judged, not the
 * window around it, so an embedded page cannot borrow our window's rights.
 */
export function hardenSession(session: Session, ownOrigins: readonly string[]): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(isPermissionGranted(permission, details.requestingUrl, ownOrigins)),
  );
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionGranted(permission, requestingOrigin, ownOrigins),
  );
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
