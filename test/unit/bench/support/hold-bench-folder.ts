import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchFolder } from '../../../../bench/lib/temp-folder';

/**
 * A benchmark in miniature, for temp-folder.test.ts: takes a folder, writes into it, says where it is,
 * then ends as argv[2] says: "done", "fail" (an uncaught error) or "wait" (until a signal stops it).
 */
const folder = benchFolder('folder-test');
writeFileSync(join(folder, 'rows.csv'), 'username\r\nresp001\r\n');
console.log(folder);
const ending = process.argv[2];
if (ending === 'fail') throw new Error('the benchmark failed');
// Bounded: a test that never sends its signal does not leave this running.
if (ending === 'wait') setTimeout(() => process.exit(3), 60_000);
