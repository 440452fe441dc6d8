import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limit.ts';

describe('RateLimiter', () => {
  it('allows a burst, then refuses until tokens come back', () => {
    let now = 0;
    const limiter = new RateLimiter({ perSecond: 2, burst: 3 }, () => now);
    expect([limiter.take('a'), limiter.take('a'), limiter.take('a')]).toEqual([0, 0, 0]);
    expect(limiter.take('a')).toBeGreaterThan(0);
    expect(limiter.take('b')).toBe(0); // another client is not affected
    now += 500; // half a second at 2/s gives one token back
    expect(limiter.take('a')).toBe(0);
    expect(limiter.take('a')).toBeGreaterThan(0);
  });

  it('forgets the least recently seen client when full', () => {
    const now = 0;
    const limiter = new RateLimiter({ perSecond: 1, burst: 1, maxClients: 2 }, () => now);
    limiter.take('a');
    limiter.take('b');
    limiter.take('a'); // a is now the most recent
    limiter.take('c'); // b is forgotten
    expect(limiter.clients).toBe(2);
    expect(limiter.take('a')).toBeGreaterThan(0); // a was remembered: its bucket is still empty
    expect(limiter.take('b')).toBe(0); // b was forgotten, so it starts over with a full bucket
  });
});
