// The wording of the box a business ticks to send a request: versioned, so the version stored with a
// request (and the date) proves what was accepted.

export interface ContactConsent {
  version: string;
  text: string;
}

export const CONTACT_CONSENT: ContactConsent = {
  version: '2026-01',
  text:
    'J’accepte que les informations saisies soient transmises à l’activateur ou aux activateurs choisis et conservées par la plateforme pour traiter ma demande. Elles sont supprimées trois ans après le dernier échange.',
};
