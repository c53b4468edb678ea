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

describe('every form a secret takes in a log line', () => {
  const secret = 'p@ss "word"\\ & key+/=ü';
  const forms: [string, string][] = [
    ['as typed', secret],
    ['JSON-escaped', JSON.stringify(secret).slice(1, -1)],
    ['JSON-escaped twice', JSON.stringify(JSON.stringify(secret)).slice(1, -1)],
    ['percent-encoded', encodeURIComponent(secret)],
    ['percent-encoded, lower-case hex', encodeURIComponent(secret).replace(/%[0-9A-F]{2}/g, (h) => h.toLowerCase())],
    ['form-encoded', new URLSearchParams({ password: secret }).toString().slice('password='.length)],
  ];

  it.each(forms)('redacts the secret %s', (_label, form) => {
    const lines: string[] = [];
    const redactor = new Redactor();
    redactor.register(secret);
    new JsonLineLogger((line) => lines.push(line), redactor).warn('echo', { body: `user=a&password=${form}&x=1` });
    const line = lines[0] ?? '';
    expect(line).toContain('[redacted]');
    for (const [, any] of forms) expect(line).not.toContain(any);
    expect(line).toContain('user=a');
  });
});
