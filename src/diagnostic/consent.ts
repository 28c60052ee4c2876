/**
 * The wording of the contact consent, by version. The version is stored with each consent as proof of
 * what the business agreed to: a changed wording gets a new version, and old ones stay here.
 */
export const CONTACT_CONSENT_WORDINGS: Readonly<Record<string, string>> = {
  'contact-activateur-v1': 'J’accepte d’être contacté par un activateur de mon territoire au sujet de ce diagnostic',
};

export const CURRENT_CONTACT_CONSENT = 'contact-activateur-v1';

export function contactConsentWording(version: string = CURRENT_CONTACT_CONSENT): string {
  return CONTACT_CONSENT_WORDINGS[version] ?? version;
}
