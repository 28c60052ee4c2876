import { Alert } from '../../ui/components.js';

export type Errors = Partial<Record<string, string>>;

/** How many fields carry a message (the form's summary counts them; "form" is not a field). */
export function fieldErrorCount(errors: Errors): number {
  return Object.entries(errors).filter(([field, message]) => field !== 'form' && Boolean(message)).length;
}

/** A message about the whole form (wrong password, too many attempts), above it. */
export function FormError({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <div class="fr-mb-3w">
      <Alert type="error" title={message} small />
    </div>
  );
}

/** The hidden field that carries `?retour=` through a form. */
export function ReturnField({ value }: { value: string | null }) {
  return value ? <input type="hidden" name="retour" value={value} /> : null;
}
