/**
 * A per-client token bucket for searches: each client may make `burst` searches at once and
 * then `perSecond` a second. Kept in memory (one server process); the table of clients is
 * bounded so a flood of addresses cannot exhaust memory.
 */

export interface RateLimitOptions {
  /** Sustained searches per second per client. */
  perSecond: number;
  /** Searches a client may make at once before being slowed. */
  burst: number;
  /** Most clients remembered; the least recently seen are forgotten first. */
  maxClients?: number;
}

/** Defaults for a public server: a person searching never meets them, a scraper does. */
export const DEFAULT_SEARCH_RATE: RateLimitOptions = { perSecond: 5, burst: 30, maxClients: 10_000 };

const DEFAULT_MAX_CLIENTS = 10_000;

interface Bucket {
  tokens: number;
  updated: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly maxClients: number;

  constructor(
    private readonly options: RateLimitOptions,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.maxClients = options.maxClients ?? DEFAULT_MAX_CLIENTS;
  }

  /** Takes one token for `client`; returns 0 when allowed, else the seconds to wait. */
  take(client: string): number {
    const now = this.now();
    let bucket = this.buckets.get(client);
    if (bucket) {
      this.buckets.delete(client); // re-inserted below: the Map's order is least recently seen first
      bucket.tokens = Math.min(this.options.burst, bucket.tokens + ((now - bucket.updated) / 1000) * this.options.perSecond);
      bucket.updated = now;
    } else {
      bucket = { tokens: this.options.burst, updated: now };
      if (this.buckets.size >= this.maxClients) this.buckets.delete(this.buckets.keys().next().value!);
    }
    this.buckets.set(client, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.ceil((1 - bucket.tokens) / this.options.perSecond);
  }

  get clients(): number {
    return this.buckets.size;
  }
}
