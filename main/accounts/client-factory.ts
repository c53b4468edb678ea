import type { QmobAccount, QuestionProAccount } from '../../common/accounts/index';
import { RateLimiterRegistry } from '../connectors/limits/rate-limiter';
import { QmobClient } from '../connectors/qmob/qmob-client';
import { QuestionProClient } from '../connectors/questionpro/questionpro-client';
import type { Transport } from '../connectors/transport/types';

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
