import { generateKeyPairSync, randomBytes } from 'node:crypto';
import forge from 'node-forge';

export interface SandboxCertificates {
  readonly caCertPem: string;
  readonly serverCertPem: string;
  readonly serverKeyPem: string;
  /**
   * A new server certificate from the same CA, valid from `validFrom` for a year:
   * what a client whose clock is far behind (or ahead) sees.
   */
  reissue(validFrom: Date): { serverCertPem: string; serverKeyPem: string };
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** RSA keys come from Node (native, ~10x faster than forge's pure-JS generation). */
function rsaKeyPair(): {
  privateKey: forge.pki.rsa.PrivateKey;
  publicKey: forge.pki.rsa.PublicKey;
  privateKeyPem: string;
} {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  return {
    privateKey: forge.pki.privateKeyFromPem(privateKey),
    publicKey: forge.pki.publicKeyFromPem(publicKey),
    privateKeyPem: privateKey,
  };
}

/** Positive serial (leading byte < 0x80), random so a client never sees two certs with one serial. */
function randomSerial(): string {
  return `01${randomBytes(15).toString('hex')}`;
}

function validity(cert: forge.pki.Certificate, now: Date, backdateMs = 60 * 60 * 1000): void {
  // Backdated an hour so a client clock slightly behind still accepts it.
  cert.validity.notBefore = new Date(now.getTime() - backdateMs);
  cert.validity.notAfter = new Date(now.getTime() + 365 * DAY_MS);
}

/**
 * A throwaway CA and a server certificate for localhost/127.0.0.1 signed by it. Clients trust
 * the CA explicitly; nothing ever turns certificate verification off.
 */
export function createSandboxCertificates(now = new Date(), extraNames: readonly string[] = []): SandboxCertificates {
  const caKeys = rsaKeyPair();
  const caCert = forge.pki.createCertificate();
  caCert.publicKey = caKeys.publicKey;
  caCert.serialNumber = randomSerial();
  validity(caCert, now);
  const caSubject = [
    { name: 'commonName', value: 'Outpost Sandbox CA (throwaway)' },
    { name: 'organizationName', value: 'Outpost Sandbox' },
  ];
  caCert.setSubject(caSubject);
  caCert.setIssuer(caSubject);
  caCert.setExtensions([
    { name: 'basicConstraints', cA: true, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  caCert.sign(caKeys.privateKey, forge.md.sha256.create());

  const issue = (validFrom: Date, backdateMs?: number): { serverCertPem: string; serverKeyPem: string } => {
    const serverKeys = rsaKeyPair();
    const serverCert = forge.pki.createCertificate();
    serverCert.publicKey = serverKeys.publicKey;
    serverCert.serialNumber = randomSerial();
    validity(serverCert, validFrom, backdateMs);
    serverCert.setSubject([{ name: 'commonName', value: 'localhost' }]);
    serverCert.setIssuer(caSubject);
    serverCert.setExtensions([
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
          ...extraNames.map((value) => ({ type: 2, value })),
        ],
      },
      { name: 'subjectKeyIdentifier' },
      { name: 'authorityKeyIdentifier', keyIdentifier: caCert.generateSubjectKeyIdentifier().getBytes() },
    ]);
    serverCert.sign(caKeys.privateKey, forge.md.sha256.create());

    return { serverCertPem: forge.pki.certificateToPem(serverCert), serverKeyPem: serverKeys.privateKeyPem };
  };
  const server = issue(now);

  return {
    caCertPem: forge.pki.certificateToPem(caCert),
    serverCertPem: server.serverCertPem,
    serverKeyPem: server.serverKeyPem,
    reissue: (validFrom) => issue(validFrom, 0),
  };
}
