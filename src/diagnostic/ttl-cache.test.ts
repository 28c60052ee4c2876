import { describe, expect, it } from 'vitest';
import { ttlCache } from './ttl-cache.js';

describe('les chiffres gardés un moment', () => {
  it('sont recalculés une fois le délai passé, pas avant, et une erreur n’est pas gardée', async () => {
    const cache = ttlCache<number>(60_000);
    let computed = 0;
    const compute = async () => ++computed;
    const t0 = new Date('2026-01-15T09:00:00Z');
    expect(await cache('a', t0, compute)).toBe(1);
    expect(await cache('a', new Date(t0.getTime() + 59_000), compute)).toBe(1);
    expect(await cache('b', t0, compute)).toBe(2);
    expect(await cache('a', new Date(t0.getTime() + 60_000), compute)).toBe(3);
    await expect(cache('c', t0, async () => Promise.reject(new Error('panne')))).rejects.toThrow('panne');
    await Promise.resolve();
    expect(await cache('c', t0, compute)).toBe(4);
  });
});
