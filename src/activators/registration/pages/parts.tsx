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

export function ButtonsGroup({ children }: { children: ComponentChildren }) {
  return <div class="fr-btns-group fr-btns-group--inline-md fr-mt-4w">{children}</div>;
}

/** Number of fields with a message (the "form" entry is shown apart). */
export function errorCount(errors: Partial<Record<string, string>>): number {
  return Object.entries(errors).filter(([k, v]) => k !== 'form' && Boolean(v)).length;
}
