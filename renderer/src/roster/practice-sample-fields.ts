import type { Account } from '../../../common/accounts/index';
import { PRACTICE_QMOB_SAMPLE_FIELDS } from '../../../common/practice/qmob-sample-fields';
import type { OutpostDatabase } from '../db/database';
import { hasSampleFields, saveSampleFields } from './settings-store';

/**
 * Declares the Practice company's sample fields for a Practice QMob account that has never had
 * any declared. An account whose fields the user has edited, even down to none, is left alone.
 */
export async function seedPracticeSampleFields(db: OutpostDatabase, accounts: readonly Account[]): Promise<void> {
  for (const account of accounts) {
    if (account.kind !== 'qmob' || !account.practice) continue;
    // One transaction: a removal the user makes meanwhile is never overwritten by this seed.
    await db.transaction('rw', db.settings, async () => {
      if (!(await hasSampleFields(db, account.id)))
        await saveSampleFields(db, account.id, [...PRACTICE_QMOB_SAMPLE_FIELDS]);
    });
  }
}
