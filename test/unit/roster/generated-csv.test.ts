import { afterEach, describe, expect, it } from 'vitest';
import { generateRespondentCsv } from '../../../bench/lib/respondent-csv';
import { suggestMapping } from '../../../common/roster/column-mapping';
import type { SampleFieldConfig } from '../../../common/roster/respondent';
import type { OutpostDatabase } from '../../../renderer/src/db/database';
import { inspectFile } from '../../../renderer/src/roster/import/inspect-file';
import { runImport } from '../../../renderer/src/roster/import/run-import';
import { ACCOUNT, freshDatabase, utf8 } from './support';

const sandboxFields: SampleFieldConfig[] = [
  { alias: 'site_code', type: 'text', required: true },
  { alias: 'age', type: 'integer', required: false },
  { alias: 'household_size', type: 'integer', required: false },
];

let db: OutpostDatabase | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

describe('the generated file of the end-to-end test', () => {
  it('1,000 rows of which 20 break one rule each: exactly those 20 are rejected, for those rules', async () => {
    ({ db } = await freshDatabase());
    const generated = generateRespondentCsv(1000, 20);
    expect(generated.broken.length).toBe(20);
    expect(new Set(generated.broken.map((b) => b.rule)).size).toBe(8);
    const file = utf8(generated.text);
    const inspected = await inspectFile(file);
    if (!inspected.ok) throw new Error(inspected.error.message);
    const { headers, signature, encoding } = inspected.value;
    const outcome = await runImport(db, file, {
      accountId: ACCOUNT,
      listId: 'list-1',
      headers,
      signature,
      encoding,
      mapping: suggestMapping(headers, sandboxFields),
      sampleFields: sandboxFields,
    });
    expect(outcome.stored).toBe(980);
    expect(outcome.rejectedRows).toBe(20);
    expect(outcome.violations.map((v) => [v.row, v.rule])).toEqual(generated.broken.map((b) => [b.row, b.rule]));
    expect(new Set((await db.respondents.toArray()).map((r) => r.username))).toEqual(new Set(generated.validUsernames));
  });
});
