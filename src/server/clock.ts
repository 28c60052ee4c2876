/** Every rule that depends on the date asks this port, so tests can move time instead of sleeping. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock for tests: starts at a given instant and only moves when told to. */
export class FixedClock implements Clock {
  private current: Date;
  constructor(start: Date | string = '2026-01-15T09:00:00Z') {
    this.current = new Date(start);
  }
  now(): Date {
    return new Date(this.current);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
  set(to: Date | string): void {
    this.current = new Date(to);
  }
}

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
