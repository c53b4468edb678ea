/** What the IPC layer (Electron) or the bridge (browser host) knows about who is calling. */
export interface SenderIdentity {
  /** URL of the calling frame. */
  url: string;
  isMainFrame: boolean;
  /** Identifies the calling web contents; compared against the window we created. */
  contentsId?: number;
}

export interface SenderPolicy {
  isTrusted(sender: SenderIdentity): boolean;
}

/**
 * Trusts only the main frame of our own window, loaded from one of our own
 * origins. A sub-frame, another window or a page that navigated elsewhere is refused.
 * With a window to compare against (Electron), a call that comes before that
 * window exists, or after it closed, is refused too: the check fails closed.
 */
export class OwnWindowSenderPolicy implements SenderPolicy {
  constructor(
    /** A function because the browser host learns its own origin only once it listens. */
    private readonly allowedOrigins: () => readonly string[],
    /** Our window's web contents id, undefined while there is none; null where there are no web contents (browser host). */
    private readonly ownContentsId: (() => number | undefined) | null = null,
  ) {}

  isTrusted(sender: SenderIdentity): boolean {
    if (!sender.isMainFrame) return false;
    if (this.ownContentsId !== null) {
      const expectedId = this.ownContentsId();
      if (expectedId === undefined || sender.contentsId !== expectedId) return false;
    }
    const origin = originOf(sender.url);
    return origin !== null && this.allowedOrigins().includes(origin);
  }
}

/** `new URL(...).origin` is "null" for custom schemes that are not registered as standard in Node, so build it ourselves. */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (!parsed.host) return null;
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
}
