import { describe, expect, it } from 'vitest';
import * as plain from '../../../bench/lib/plain-sealing';
import * as real from '../../../renderer/src/db/vault/sealing-middleware';

describe('the benchmarks’ pass-through codec', () => {
  it('exports everything the sealing middleware exports, so the "without encryption" renderer still builds', () => {
    // The bench builds that renderer by swapping the module (bench/lib/plaintext-build); a missing export fails
    // only there, in a command no test runs.
    expect(Object.keys(plain).sort()).toEqual(Object.keys(real).sort());
  });
});
