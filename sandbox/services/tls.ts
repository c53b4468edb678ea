// @peculiar/x509 needs the Reflect metadata API (its documented requirement), loaded before it.
import 'reflect-metadata';
import { randomBytes, webcrypto } from 'node:crypto';
import {
  AuthorityKeyIdentifierExtension,
  BasicConstraintsExtension,
  ExtendedKeyUsage,
  ExtendedKeyUsageExtension,
  KeyUsageFlags,
  KeyUsagesExtension,
  PemConverter,
  SubjectAlternativeNameExtension,
  SubjectKeyIdentifierExtension,
  X509CertificateGenerator,
} from '@peculiar/x509';

export interface ServerCertificate {
  readonly serverCertPem: string;
  readonly serverKeyPem: string;
}

export interface SandboxCertificates extends ServerCertificate {
  readonly caCertPem: string;
  /**
   * A new server certificate from the same CA, valid from `validFrom` for a year:
   * what a client whose clock is far behind (or ahead) sees.
   */
  reissue(validFrom: Date): Promise<ServerCertificate>;
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** Backdated an hour so a client clock slightly behind still accepts it. */
const BACKDATE_MS = 60 * 60 * 1000;
/** ECDSA P-256: every TLS client takes it, and a key is made in a millisecond (RSA takes ~100). */
const KEY_ALGORITHM: webcrypto.EcKeyGenParams & webcrypto.EcdsaParams = {
  name: 'ECDSA',
  namedCurve: 'P-256',
  hash: 'SHA-256',
};
const CA_NAME = 'CN=Outpost Sandbox CA (throwaway), O=Outpost Sandbox';

const { subtle } = webcrypto;

function keyPair(): Promise<webcrypto.CryptoKeyPair> {
  return subtle.generateKey(KEY_ALGORITHM, true, ['sign', 'verify']);
}

async function privateKeyPem(key: webcrypto.CryptoKey): Promise<string> {
  return PemConverter.encode(await subtle.exportKey('pkcs8', key), 'PRIVATE KEY');
}

/** Positive serial (leading byte < 0x80), random so a client never sees two certs with one serial. */
function randomSerial(): string {
  return `01${randomBytes(15).toString('hex')}`;
}

function validity(from: Date, backdateMs: number): { notBefore: Date; notAfter: Date } {
  return { notBefore: new Date(from.getTime() - backdateMs), notAfter: new Date(from.getTime() + 365 * DAY_MS) };
}

/**
 * A throwaway CA and a server certificate for localhost/127.0.0.1 signed by it. Clients trust
 * the CA explicitly; nothing ever turns certificate verification off.
 */
export async function createSandboxCertificates(
  now = new Date(),
  extraNames: readonly string[] = [],
): Promise<SandboxCertificates> {
  const caKeys = await keyPair();
  const caCert = await X509CertificateGenerator.createSelfSigned({
    serialNumber: randomSerial(),
    name: CA_NAME,
    ...validity(now, BACKDATE_MS),
    signingAlgorithm: KEY_ALGORITHM,
    keys: caKeys,
    extensions: [
      new BasicConstraintsExtension(true, undefined, true),
      new KeyUsagesExtension(KeyUsageFlags.keyCertSign | KeyUsageFlags.cRLSign, true),
      await SubjectKeyIdentifierExtension.create(caKeys.publicKey),
    ],
  });

  const issue = async (validFrom: Date, backdateMs: number): Promise<ServerCertificate> => {
    const serverKeys = await keyPair();
    const serverCert = await X509CertificateGenerator.create({
      serialNumber: randomSerial(),
      subject: 'CN=localhost',
      issuer: caCert.subject,
      ...validity(validFrom, backdateMs),
      signingAlgorithm: KEY_ALGORITHM,
      publicKey: serverKeys.publicKey,
      signingKey: caKeys.privateKey,
      extensions: [
        new BasicConstraintsExtension(false),
        new KeyUsagesExtension(KeyUsageFlags.digitalSignature, true),
        new ExtendedKeyUsageExtension([ExtendedKeyUsage.serverAuth]),
        new SubjectAlternativeNameExtension([
          { type: 'dns', value: 'localhost' },
          { type: 'ip', value: '127.0.0.1' },
          ...extraNames.map((value) => ({ type: 'dns' as const, value })),
        ]),
        await SubjectKeyIdentifierExtension.create(serverKeys.publicKey),
        await AuthorityKeyIdentifierExtension.create(caKeys.publicKey),
      ],
    });
    return { serverCertPem: serverCert.toString('pem'), serverKeyPem: await privateKeyPem(serverKeys.privateKey) };
  };
  const server = await issue(now, BACKDATE_MS);

  return {
    caCertPem: caCert.toString('pem'),
    ...server,
    reissue: (validFrom) => issue(validFrom, 0),
  };
}
