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

/** The form fields of the contact details given with the consent (French, as the browser sends them). */
export const CONTACT_FIELDS = { name: 'contactNom', email: 'contactEmail', phone: 'contactTelephone' } as const;

export interface ContactDetails {
  name: string;
  email: string;
  phone: string;
}

export type ContactErrors = Partial<Record<keyof ContactDetails, string>>;

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Normalises a French phone number to its digits (with a leading + kept); null when it is not one. */
function phoneDigits(phone: string): string | null {
  const compact = phone.replace(/[\s.\-()]/g, '');
  return /^(?:\+\d{8,15}|0\d{9})$/.test(compact) ? compact : null;
}

/**
 * The details an activator will use to get in touch: a name, and an e-mail address or a phone number
 * (at least one). Returns the cleaned details or the French message of each refused field.
 */
export function checkContactDetails(input: ContactDetails): { ok: true; details: ContactDetails } | { ok: false; errors: ContactErrors } {
  const name = input.name.trim();
  const email = input.email.trim();
  const phone = input.phone.trim();
  const errors: ContactErrors = {};
  if (!name) errors.name = 'Indiquez votre nom, pour que l’activateur sache à qui s’adresser.';
  else if (name.length > 200) errors.name = 'Votre nom est trop long (200 caractères au plus).';
  if (!email && !phone) {
    errors.email = 'Indiquez une adresse e-mail ou un numéro de téléphone où l’activateur pourra vous joindre.';
  }
  if (email && (email.length > 254 || !EMAIL_PATTERN.test(email))) {
    errors.email = 'L’adresse e-mail n’a pas le bon format, par exemple : nom@exemple.fr.';
  }
  const digits = phone ? phoneDigits(phone) : '';
  if (phone && !digits) errors.phone = 'Le numéro de téléphone n’a pas le bon format, par exemple : 04 72 00 00 00.';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, details: { name, email: email.toLowerCase(), phone: digits ?? '' } };
}
