import type { QmobAccount, QuestionProAccount } from '../../common/accounts/index.js';
import { RateLimiterRegistry } from '../connectors/limits/rate-limiter.js';
import { QmobClient } from '../connectors/qmob/qmob-client.js';
import { QuestionProClient } from '../connectors/questionpro/questionpro-client.js';
import type { Transport } from '../connectors/transport/types.js';

/** Builds clients for stored accounts; one rate-limit budget per QuestionPro key, whichever accounts use it. */
export class ClientFactory {
  constructor(
    private readonly transport: Transport,
    private readonly limiters: RateLimiterRegistry = new RateLimiterRegistry(),
  ) {}

  questionPro(account: QuestionProAccount, apiKey: string): QuestionProClient {
    return new QuestionProClient({
      transport: this.transport,
      apiKey,
      limiter: this.limiters.forKey(apiKey),
      account: {
        location: account.location,
        userId: account.userId,
        ...(account.extraCaPem ? { extraCaPem: account.extraCaPem } : {}),
      },
    });
  }

  qmob(account: QmobAccount, password: string): QmobClient {
    return new QmobClient({
      transport: this.transport,
      password,
      account: {
        location: account.location,
        project: account.project,
        userName: account.userName,
        ...(account.companyId !== undefined ? { companyId: account.companyId } : {}),
        ...(account.callbackUrl !== undefined ? { callbackUrl: account.callbackUrl } : {}),
        ...(account.extraCaPem ? { extraCaPem: account.extraCaPem } : {}),
      },
    });
  }
}
