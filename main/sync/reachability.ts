/**
 * Remembers which accounts' services could not be reached, so that while a
 * laptop is offline the outbox is not walked item by item into failures. After
 * a quiet period one cheap probe decides whether to try again.
 */
export class Reachability {
  private readonly downSince = new Map<string, number>();

  constructor(
    private readonly probe: (accountId: string) => Promise<boolean>,
    private readonly now: () => number,
    private readonly quietMs = 15_000,
  ) {}

  /** The account's settings changed: whatever we knew about reaching it no longer holds. */
  forget(accountId: string): void {
    this.downSince.delete(accountId);
  }

  markDown(accountId: string): void {
    this.downSince.set(accountId, this.now());
  }

  async isReachable(accountId: string): Promise<boolean> {
    const since = this.downSince.get(accountId);
    if (since === undefined) return true;
    if (this.now() - since < this.quietMs) return false;
    const reachable = await this.probe(accountId);
    if (reachable) this.downSince.delete(accountId);
    else this.downSince.set(accountId, this.now());
    return reachable;
  }

  anyDown(): boolean {
    return this.downSince.size > 0;
  }
}
