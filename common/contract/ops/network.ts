import { z } from 'zod';
import type { OperationSpec } from '../spec';
import { noInput } from './app';

/**
 * A proxy address as IT writes it: http(s)://host:port, nothing else. A user
 * name or password never goes in the address; they are asked for separately and
 * kept in the keychain.
 */
export const ProxyUrlSchema = z
  .string()
  .trim()
  .max(2048)
  // A regex rather than URL(): common/ is environment-free.
  .regex(
    /^https?:\/\/(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?\/?$/,
    'Must be a proxy address such as http://proxy.example.org:8080 (no user name or password in it)',
  );

/** How QuestionPro and QMob calls find their way out. Loopback never uses a proxy, whatever is chosen. */
export const ProxySettingsSchema = z.discriminatedUnion('mode', [
  /** HTTPS_PROXY/NO_PROXY when set, else the operating system's settings (including PAC and WPAD). */
  z.object({ mode: z.literal('system') }).strict(),
  z.object({ mode: z.literal('manual'), url: ProxyUrlSchema }).strict(),
  z.object({ mode: z.literal('direct') }).strict(),
]);
export type ProxySettings = z.infer<typeof ProxySettingsSchema>;

/** A proxy as `host:port`: what credentials are kept for. */
export const ProxyIdSchema = z
  .string()
  .min(3)
  .max(300)
  .regex(/^[^\s/@]+:\d{1,5}$/);

export const NetworkStatusSchema = z.object({
  settings: ProxySettingsSchema,
  /** The proxy environment variables Outpost sees, with any credentials in them removed. */
  environment: z.object({ httpsProxy: z.string().nullable(), noProxy: z.string().nullable() }),
  /** A proxy that asked for a user name and password Outpost does not have (or that it refused). */
  signInNeeded: ProxyIdSchema.nullable(),
  /** Proxies whose user name and password are kept in the keychain. */
  signedIn: z.array(ProxyIdSchema),
  /** How many certificate authorities the operating system adds to Outpost's own list (0 where it cannot tell). */
  systemCertificates: z.number().int().min(0),
});
export type NetworkStatus = z.infer<typeof NetworkStatusSchema>;

export const ProxySignInSchema = z
  .object({
    proxy: ProxyIdSchema,
    username: z.string().min(1).max(500),
    password: z.string().min(1).max(2000),
  })
  .strict();
export type ProxySignIn = z.infer<typeof ProxySignInSchema>;

export const networkOperations = {
  'network.status': { input: noInput, output: NetworkStatusSchema, summary: 'Proxy settings and sign-in state' },
  'network.save': {
    input: ProxySettingsSchema,
    output: NetworkStatusSchema,
    summary: 'Choose system, manual or no proxy',
  },
  'network.signIn': {
    input: ProxySignInSchema,
    output: NetworkStatusSchema,
    summary: 'Keep a proxy’s user name and password in the keychain',
  },
  'network.signOut': {
    input: z.object({ proxy: ProxyIdSchema }).strict(),
    output: NetworkStatusSchema,
    summary: 'Forget a proxy’s user name and password',
  },
} as const satisfies Record<string, OperationSpec>;
