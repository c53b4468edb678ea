import tls from 'node:tls';

/**
 * Certificate authorities the operating system trusts: a corporate root that IT
 * deployed lives there, not in Node's bundled list. Node 22.15+ (the one inside
 * Electron) reads the OS store itself (Windows certificate store, macOS
 * keychains, OpenSSL's store on Linux); older Node has no such call and adds none.
 */
export function systemCertificateAuthorities(): readonly string[] {
  const reader = (tls as { getCACertificates?: (type: 'system') => string[] }).getCACertificates;
  if (typeof reader !== 'function') return [];
  try {
    return reader('system');
  } catch {
    return [];
  }
}

/**
 * Secure contexts trusting Node's bundled roots, the operating system's, and
 * optionally one account's extra CA. Parsing a few hundred roots costs far more
 * than a request to a nearby server, so each context is built once.
 */
export class TrustStore {
  private readonly contexts = new Map<string, tls.SecureContext>();
  private systemRoots: readonly string[] | undefined;

  constructor(private readonly readSystemRoots: () => readonly string[] = systemCertificateAuthorities) {}

  systemCount(): number {
    return this.system().length;
  }

  contextFor(extraCaPem: string | undefined): tls.SecureContext {
    const key = extraCaPem ?? '';
    let context = this.contexts.get(key);
    if (!context) {
      const ca = [...tls.rootCertificates, ...this.system(), ...(extraCaPem ? [extraCaPem] : [])];
      context = tls.createSecureContext({ ca });
      this.contexts.set(key, context);
    }
    return context;
  }

  private system(): readonly string[] {
    this.systemRoots ??= this.readSystemRoots();
    return this.systemRoots;
  }
}
