/** Items finished per second over the last half minute: what the sync estimate is based on. */
export class ThroughputMeter {
  private readonly stamps: number[] = [];

  constructor(
    private readonly now: () => number,
    private readonly windowMs = 30_000,
  ) {}

  count(): void {
    this.stamps.push(this.now());
    this.trim();
  }

  perSecond(): number {
    this.trim();
    if (this.stamps.length < 2) return 0;
    const span = (this.now() - (this.stamps[0] ?? 0)) / 1000;
    return span > 0 ? this.stamps.length / span : 0;
  }

  private trim(): void {
    const oldest = this.now() - this.windowMs;
    while (this.stamps.length > 0 && (this.stamps[0] ?? 0) < oldest) this.stamps.shift();
  }
}
