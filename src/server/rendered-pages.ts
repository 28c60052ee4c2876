import { randomBytes } from 'node:crypto';

/** Stands for the visitor's CSRF token in a kept page; replaced by the real one at each request. */
export const CSRF_PLACEHOLDER = `csrf-${randomBytes(12).toString('hex')}`;

/** What one kept page costs in memory: its UTF-8 bytes. */
const DEFAULT_BUDGET_BYTES = 32 * 1024 * 1024;

interface KeptPage {
  validator: string;
  /** The page cut where the CSRF token goes. */
  parts: Buffer[];
  bytes: number;
}

/**
 * Pages drawn for visitors (no session) that are the same at each opening but carry forms, kept
 * per key with a validator that says what they were drawn from: when the validator changes the page
 * is drawn again. The visitor's CSRF token is put back in at each request, so every visitor still
 * gets their own. Least recently used pages go first past a memory budget (32 MB: about 1,300
 * self-assessment results of 25 kB).
 */
export class RenderedPages {
  private readonly pages = new Map<string, KeptPage>();
  private bytes = 0;

  constructor(private readonly budgetBytes = DEFAULT_BUDGET_BYTES) {}

  /**
   * The page for `key`: kept if drawn from the same `validator`, else drawn now by `draw` (given the
   * placeholder as the CSRF token) and kept. `csrfToken` is called only if the page has a form.
   */
  page(key: string, validator: string, draw: (csrfToken: string) => string, csrfToken: () => string): Buffer {
    let kept = this.pages.get(key);
    if (kept && kept.validator === validator) {
      // Most recently used last: the Map's order is the eviction order.
      this.pages.delete(key);
      this.pages.set(key, kept);
    } else {
      if (kept) this.forget(key, kept);
      const parts = draw(CSRF_PLACEHOLDER).split(CSRF_PLACEHOLDER).map((part) => Buffer.from(part, 'utf8'));
      kept = { validator, parts, bytes: parts.reduce((n, p) => n + p.length, 0) };
      this.keep(key, kept);
    }
    if (kept.parts.length === 1) return kept.parts[0]!;
    const token = Buffer.from(csrfToken(), 'utf8');
    const pieces: Buffer[] = [];
    kept.parts.forEach((part, i) => {
      if (i > 0) pieces.push(token);
      pieces.push(part);
    });
    return Buffer.concat(pieces);
  }

  get size(): number {
    return this.pages.size;
  }

  private keep(key: string, page: KeptPage): void {
    if (page.bytes > this.budgetBytes) return;
    this.pages.set(key, page);
    this.bytes += page.bytes;
    for (const [oldKey, old] of this.pages) {
      if (this.bytes <= this.budgetBytes) break;
      this.forget(oldKey, old);
    }
  }

  private forget(key: string, page: KeptPage): void {
    this.pages.delete(key);
    this.bytes -= page.bytes;
  }
}
