/**
 * Runs inside a private D-Bus session (see keyring-secret-store.test.ts) and
 * exercises the real keychain, printing one JSON line for the test to check.
 */
import { KeyringSecretStore, detectKeychain } from '../../../../main/secrets/keyring-secret-store';

const service = `Outpost-test-${process.pid}`;
const availability = detectKeychain(process.platform, service);
const steps: Record<string, unknown> = { availability };
if (availability.available) {
  const a = new KeyringSecretStore({ service });
  await a.set('acct-1', 'sekret-ÄÖ-1');
  await a.set('acct-2', 'other');
  const b = new KeyringSecretStore({ service }); // a second instance reads what the first stored
  steps['read'] = await b.get('acct-1');
  steps['missing'] = await b.get('nope');
  steps['deleted'] = await b.delete('acct-1');
  steps['deletedAgain'] = await b.delete('acct-1');
  steps['afterDelete'] = await b.get('acct-1');
  steps['other'] = await b.get('acct-2');
  await b.delete('acct-2');
} else {
  try {
    await new KeyringSecretStore({ service }).set('acct-1', 'x');
    steps['setWithoutSecretService'] = 'stored';
  } catch (error) {
    steps['setWithoutSecretService'] = error instanceof Error ? error.name : 'unknown';
  }
}
process.stdout.write(`${JSON.stringify(steps)}\n`);
