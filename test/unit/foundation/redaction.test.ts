import { describe, expect, it } from 'vitest';
import { JsonLineLogger, Redactor } from '../../../main/logging/logger';
import { MemorySecretStore } from '../../../main/secrets/memory-secret-store';
import { RedactingSecretStore } from '../../../main/secrets/redacting-secret-store';

describe('log redaction', () => {
  it('hides every secret that went through the secret store, even in a careless log line', async () => {
    const lines: string[] = [];
    const redactor = new Redactor();
    const logger = new JsonLineLogger((line) => lines.push(line), redactor);
    const secrets = new RedactingSecretStore(new MemorySecretStore(), redactor);
    await secrets.set('acct-1', 'qp-key-5f2e9a77');
    const inner = new MemorySecretStore();
    await inner.set('acct-2', 'qmob-pw-c0ffee11');
    await new RedactingSecretStore(inner, redactor).get('acct-2');

    logger.error('request failed', {
      url: 'https://api.questionpro.com/x?apiKey=qp-key-5f2e9a77',
      body: 'password=qmob-pw-c0ffee11',
      error: new Error('bad qp-key-5f2e9a77'),
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain('qp-key-5f2e9a77');
    expect(lines[0]).not.toContain('qmob-pw-c0ffee11');
    expect(lines[0]).toContain('[redacted]');
  });
});
