import type { Result } from '../../common/result';
import type { AccountsService } from '../accounts/accounts-service';
import { qmobActionUrl } from '../connectors/qmob/base-url';
import { questionProBaseUrl } from '../connectors/questionpro/base-url';
import type { DeliveryClients, QmobDelivery, QuestionProDelivery } from './delivery-clients';
import { directConnector, type Connector } from '../connectors/transport/connector';
import { probeTls } from './tls-probe';

/**
 * Clients for delivery, built from stored accounts. Clients are cached per
 * account until its credentials change, and a Practice account first makes sure
 * the sandbox is running.
 */
export class AccountDeliveryClients implements DeliveryClients {
  private readonly questionProCache = new Map<string, Promise<Result<QuestionProDelivery>>>();
  private readonly qmobCache = new Map<string, Promise<Result<QmobDelivery>>>();

  constructor(
    private readonly accounts: AccountsService,
    private readonly ensurePractice: () => Promise<unknown>,
    /** The connector requests use, so a probe reaches the service the same way. */
    private readonly connector: Connector = directConnector,
    /** How a service is probed when requests may go through a proxy (the composition root's network probe). */
    private readonly probeService?: (url: string, extraCaPem: string | undefined) => Promise<boolean>,
  ) {}

  forget(accountId: string): void {
    this.questionProCache.delete(accountId);
    this.qmobCache.delete(accountId);
  }

  questionPro(accountId: string): Promise<Result<QuestionProDelivery>> {
    return this.cached(this.questionProCache, accountId, () => this.accounts.questionProClient(accountId));
  }

  qmob(accountId: string): Promise<Result<QmobDelivery>> {
    return this.cached(this.qmobCache, accountId, () => this.accounts.qmobClient(accountId));
  }

  async probe(accountId: string): Promise<boolean> {
    const listed = await this.accounts.list();
    const account = listed.ok ? listed.value.find((candidate) => candidate.id === accountId) : undefined;
    if (!account) return false;
    if (account.practice) await this.ensurePractice();
    const url =
      account.kind === 'questionpro'
        ? questionProBaseUrl(account.location)
        : qmobActionUrl(account.location, account.project, 'add_respondent');
    if (this.probeService) return this.probeService(url, account.extraCaPem);
    return probeTls(url, account.extraCaPem, undefined, this.connector);
  }

  private cached<T>(
    cache: Map<string, Promise<Result<T>>>,
    accountId: string,
    build: () => Promise<Result<T>>,
  ): Promise<Result<T>> {
    const hit = cache.get(accountId);
    if (hit) return hit;
    const made = this.preparePractice(accountId).then(build);
    cache.set(accountId, made);
    // A failure (missing secret, account gone) is not cached: the user may fix it.
    void made.then((result) => {
      if (!result.ok) cache.delete(accountId);
    });
    return made;
  }

  private async preparePractice(accountId: string): Promise<void> {
    const listed = await this.accounts.list();
    const account = listed.ok ? listed.value.find((candidate) => candidate.id === accountId) : undefined;
    if (account?.practice) await this.ensurePractice();
  }
}
