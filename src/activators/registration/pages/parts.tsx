import type { ComponentChildren } from 'preact';
import type { RegistrationStatus } from '../../schema.js';

// Small pieces shared by the registration pages.

export const STATUS_LABELS: Record<RegistrationStatus, string> = {
  brouillon: 'Brouillon',
  en_attente: 'En attente de validation',
  a_corriger: 'À corriger',
  validee: 'Validé, en attente d’activation',
  active: 'Fiche active',
  retiree: 'Fiche retirée',
  refusee: 'Refusé',
};

/** A DSFR file input: the accepted formats and the size limit are stated in the hint. */
export function FileField({ name, label, hint, accept, error }: { name: string; label: string; hint: string; accept: string; error?: string }) {
  const id = `champ-${name}`;
  const messageId = `${id}-message`;
  return (
    <div class={`fr-upload-group${error ? ' fr-input-group--error' : ''}`}>
      <label class="fr-label" for={id}>
        {label}
        <span class="fr-hint-text">{hint}</span>
      </label>
      <input
        class="fr-upload"
        type="file"
        id={id}
        name={name}
        accept={accept}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? messageId : undefined}
      />
      {error && (
        <p id={messageId} class="fr-error-text">
          {error}
        </p>
      )}
    </div>
  );
}

export function ButtonsGroup({ children }: { children: ComponentChildren }) {
  return <div class="fr-btns-group fr-btns-group--inline-md fr-mt-4w">{children}</div>;
}

/** Number of fields with a message (the "form" entry is shown apart). */
export function errorCount(errors: Partial<Record<string, string>>): number {
  return Object.entries(errors).filter(([k, v]) => k !== 'form' && Boolean(v)).length;
}
