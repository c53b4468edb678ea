import { afterEach, describe, expect, it } from 'vitest';
import { describeWrongClock } from '../../../common/errors';
import { QuestionProClient } from '../../../main/connectors/questionpro/questionpro-client';
import { HttpsTransport } from '../../../main/connectors/transport/https-transport';
import { startSandbox, type RunningSandbox } from '../../../sandbox/index';

let sandbox: RunningSandbox | undefined;
let transport: HttpsTransport | undefined;
afterEach(async () => {
  transport?.close();
  await sandbox?.close();
  sandbox = undefined;
});

const YEAR_MS = 365 * 24 * 60 * 60 * 1000;

describe('a certificate that is not valid on this computer’s date', () => {
  it('is told apart from other certificate problems, whether not yet valid or expired', async () => {
    sandbox = await startSandbox({ seed: 1 });
    const running = sandbox;
    const client = () => {
      // A fresh transport per step: each sees the certificate served to new connections.
      transport?.close();
      transport = new HttpsTransport({ appVersion: '0.0.0-test' });
      return new QuestionProClient({
        transport,
        apiKey: running.info.questionpro.apiKey,
        account: {
          location: { customBaseUrl: running.info.questionpro.baseUrl },
          userId: String(running.info.questionpro.userId),
          extraCaPem: running.caCertPem,
        },
      });
    };
    // As seen from a laptop whose clock is years behind: the certificate starts in its future.
    await running.setCertificateValidFrom(new Date(Date.now() + 5 * YEAR_MS));
    expect(await client().getSurvey(7654321)).toMatchObject({
      ok: false,
      error: { code: 'questionpro.certificate-date', kind: 'network' },
    });
    await running.setCertificateValidFrom(new Date(Date.now() - 2 * YEAR_MS));
    expect(await client().getSurvey(7654321)).toMatchObject({
      ok: false,
      error: { code: 'questionpro.certificate-date' },
    });
    await running.setCertificateValidFrom(null);
    expect(await client().getSurvey(7654321)).toMatchObject({ ok: true });
    expect(running.state().requests.reduce((sum, entry) => sum + entry.count, 0)).toBe(1);
  });

  it('is explained with the laptop’s own date', () => {
    const described = describeWrongClock('questionpro', new Date(Date.UTC(2015, 2, 1, 10, 0)));
    expect(described.explanation).toMatch(/1 March 2015/);
    expect(described.action).toMatch(/date and time/);
  });
});
