import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createBackup, restoreBackup } from '../../../renderer/src/capture/data/backup';
import { openBackupFile, sealBackup } from '../../../renderer/src/capture/data/backup-envelope';
import { OutpostDatabase } from '../../../renderer/src/db/database';

let counter = 0;
const fresh = (): OutpostDatabase => new OutpostDatabase(`backup-passphrase-${process.pid}-${++counter}`);

describe('the encrypted backup', () => {
  it('holds nothing readable without the passphrase; a wrong passphrase restores nothing; the right one restores all', async () => {
    const source = fresh();
    await source.table('respondents').add({
      id: 'acct:zoe',
      accountId: 'acct',
      username: 'zoe',
      phonenumber: '+254711000999',
      email: 'zqbackupmarker@example.org',
      sampleFields: {},
      updatedAt: 1,
    });
    const document = JSON.stringify(await createBackup(source, 1_000));
    expect(document).toContain('zqbackupmarker');
    const file = await sealBackup(document, 'a passphrase for the backup');
    expect(file).not.toContain('zqbackupmarker');
    expect(file).not.toContain('+254711000999');

    const target = fresh();
    await target.table('settings').add({ id: 'existing', value: 1 });
    const wrong = await openBackupFile(file, 'not the passphrase at all');
    expect(wrong).toMatchObject({ ok: false, error: { code: 'wrong-passphrase' } });
    expect(await target.respondents.count()).toBe(0);
    expect(await target.table('settings').toArray()).toEqual([{ id: 'existing', value: 1 }]);

    const opened = await openBackupFile(file, 'a passphrase for the backup');
    expect(opened.ok).toBe(true);
    const restored = await restoreBackup(target, opened.ok ? opened.value : '');
    expect(restored).toMatchObject({ ok: true, value: { respondents: 1 } });
    expect(await target.respondents.get('acct:zoe')).toMatchObject({ email: 'zqbackupmarker@example.org' });
    source.close();
    target.close();
  });

  it('a damaged envelope is a clear error', async () => {
    const file = JSON.parse(await sealBackup('{}', 'a passphrase for the backup')) as Record<string, unknown>;
    const broken = JSON.stringify({ ...file, iv: undefined });
    expect(await openBackupFile(broken, 'a passphrase for the backup')).toMatchObject({
      ok: false,
      error: { code: 'backup-invalid' },
    });
  });
});
