import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createBackup, restoreBackup, restoreBackupFile } from '../../../renderer/src/capture/data/backup';
import { openBackupFile, sealBackup } from '../../../renderer/src/capture/data/backup-envelope';
import { OutpostDatabase } from '../../../renderer/src/db/database';

let counter = 0;
const fresh = (): OutpostDatabase => new OutpostDatabase(`backup-passphrase-${process.pid}-${++counter}`);

const draft = (id: string, at: number) => ({
  id,
  surveyKey: 'acct/7/1',
  surveyName: 'Household survey',
  answers: {},
  startedAt: at,
  updatedAt: at,
  firstAnswerAt: null,
  lastAnswerAt: null,
  location: null,
  answered: 0,
  total: 3,
});

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

  it('restoring a file with a wrong passphrase changes nothing in any table; the right one adds what was missing', async () => {
    const source = fresh();
    await source.table('respondents').add({
      id: 'acct:amina',
      accountId: 'acct',
      username: 'amina',
      phonenumber: '+254722000111',
      email: '',
      sampleFields: {},
      updatedAt: 1,
    });
    await source.table('drafts').add(draft('d-from-backup', 2));
    await source.table('settings').add({ id: 'capture', enumeratorId: 'FROM-BACKUP' });
    const file = await sealBackup(JSON.stringify(await createBackup(source, 1_000)), 'the right passphrase');

    // The laptop holds other data than the backup: a draft of its own and other settings.
    const target = fresh();
    await target.table('drafts').add(draft('d-local', 3));
    await target.table('settings').add({ id: 'capture', enumeratorId: 'LOCAL' });
    const snapshot = async (): Promise<Record<string, unknown[]>> =>
      Object.fromEntries(await Promise.all(target.tables.map(async (t) => [t.name, await t.toArray()] as const)));
    const before = await snapshot();

    for (const passphrase of ['not the passphrase', 'the right passphrase '])
      expect(await restoreBackupFile(target, file, passphrase)).toMatchObject({
        ok: false,
        error: { code: 'wrong-passphrase' },
      });
    expect(await snapshot()).toEqual(before);

    const restored = await restoreBackupFile(target, file, 'the right passphrase');
    expect(restored).toMatchObject({ ok: true, value: { respondents: 1, drafts: 1, settings: 0 } });
    expect((await target.drafts.toArray()).map((d) => d.id).sort()).toEqual(['d-from-backup', 'd-local']);
    expect(await target.table('settings').get('capture')).toEqual({ id: 'capture', enumeratorId: 'LOCAL' });
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
