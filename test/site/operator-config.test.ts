import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/server/config.js';

const secret = 'un-secret-de-session-assez-long-pour-les-tests';

describe('la configuration de l’exploitant', () => {
  it('l’adresse de contact par défaut est contact@ suivi du domaine public du site', () => {
    const config = loadConfig({ PUBLIC_URL: 'https://abeille.exemple.fr', SESSION_SECRET: secret });
    expect(config.contactEmail).toBe('contact@abeille.exemple.fr');
    expect(config.hostingProvider).toBeUndefined();
  });

  it('une adresse de contact mal formée est refusée au démarrage, en français', () => {
    expect(() => loadConfig({ CONTACT_EMAIL: 'pas-une-adresse', SESSION_SECRET: secret })).toThrow(/Configuration invalide/);
  });
});
