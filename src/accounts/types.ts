import type { Role } from './schema.js';

/** A refusal a page shows next to the field concerned ("form" when it concerns the whole form). */
export interface Refusal<F extends string = string> {
  ok: false;
  field: F | 'form';
  message: string;
  /** Every refused field at once, so a form shows all its messages in one go. */
  fieldErrors?: Partial<Record<F | 'form', string>>;
  /** Set when the HTTP answer should be 429 (too many attempts). */
  tooManyAttempts?: boolean;
}

export type FieldErrors = Partial<Record<string, string>>;

export function refuse<F extends string>(field: F | 'form', message: string, extra: Partial<Refusal<F>> = {}): Refusal<F> {
  return { ok: false, field, message, fieldErrors: { [field]: message } as Partial<Record<F | 'form', string>>, ...extra };
}

/** The first refused field leads; all of them are kept for the page. */
export function refuseAll<F extends string>(errors: Partial<Record<F, string>>): Refusal<F> | null {
  const entries = Object.entries(errors).filter(([, m]) => Boolean(m)) as [F, string][];
  if (entries.length === 0) return null;
  const [field, message] = entries[0]!;
  return { ok: false, field, message, fieldErrors: errors as Partial<Record<F | 'form', string>> };
}

export type { Role };
