import type { Account } from './schemas';

/**
 * Loopback hosts: the Practice sandbox and local test servers. A regex rather
 * than URL(): common/ is environment-free, and HttpsUrlSchema already limits
 * hosts to letters, digits, dots and dashes (no IPv6 literals, no user info).
 */
const LOOPBACK_ADDRESS = /^https:\/\/(?:localhost|127(?:\.\d{1,3}){3})(?::\d{1,5})?(?:\/|$)/i;

export function isLoopbackAddress(address: string): boolean {
  return LOOPBACK_ADDRESS.test(address.trim());
}

/** Where an account's requests go, when that is a typed address (datacenters and QMob instances are public). */
export function customAddressOf(account: Pick<Account, 'location'>): string | undefined {
  return 'customBaseUrl' in account.location ? account.location.customBaseUrl : undefined;
}

/**
 * An extra CA lets whoever holds its key impersonate any host to this account,
 * so it is accepted only where nothing could be impersonated but this computer
 * itself: a loopback address. Public hosts always use the system's roots.
 */
export function mayTrustExtraCa(account: Pick<Account, 'location'>): boolean {
  const address = customAddressOf(account);
  return address !== undefined && isLoopbackAddress(address);
}

export const EXTRA_CA_REFUSED =
  'An extra certificate authority is accepted only for an account on this computer (a localhost or 127.x.x.x address).';
