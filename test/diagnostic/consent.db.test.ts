import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessmentConsents, assessments } from '../../src/diagnostic/schema.js';
import { HOUR } from '../../src/server/clock.js';
import { Agent } from '../support/agent.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { answerAll, resultUrl, start, textOf } from './support.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** The contact details a consenting business gives (a name, and an e-mail address or a phone number). */
const CONTACT = { contactNom: 'Dominique Lefèvre', contactEmail: 'dominique@boulangerie.example.fr', contactTelephone: '' };

const WORDING = 'J’accepte d’être contacté par un activateur de mon territoire au sujet de ce diagnostic';

async function completed(): Promise<{ agent: Agent; token: string; id: string }> {
  const agent = new Agent(t.app);
  const token = await start(agent);
  await answerAll(agent, token, 'worst');
  const [row] = await t.database.db.select({ id: assessments.id }).from(assessments).where(eq(assessments.token, token));
  return { agent, token, id: row!.id };
}

const consentsOf = (id: string) =>
  t.database.db.select().from(assessmentConsents).where(eq(assessmentConsents.assessmentId, id)).orderBy(asc(assessmentConsents.givenAt));

function consentCheckbox(html: string): string {
  const input = html.match(/<input[^>]*name="consentement"[^>]*>/);
  expect(input, 'case de consentement absente').not.toBeNull();
  return input![0];
}

describe('le consentement à être contacté par un activateur', () => {
  it('la case est séparée, avec son texte exact, et décochée par défaut', async () => {
    const { agent, token } = await completed();
    const page = await agent.get(resultUrl(token));
    expect(textOf(page.body)).toContain(WORDING);
    expect(consentCheckbox(page.body)).toContain('type="checkbox"');
    expect(consentCheckbox(page.body)).not.toMatch(/\schecked/);
  });

  it('cocher la case enregistre l’accord avec la version du texte et la date', async () => {
    const { agent, token, id } = await completed();
    const res = await agent.submit(resultUrl(token), `${resultUrl(token)}/consentement`, { consentement: 'oui', ...CONTACT });
    expect(res.statusCode).toBe(303);
    const consents = await consentsOf(id);
    expect(consents).toHaveLength(1);
    expect(consents[0]).toMatchObject({ wordingVersion: 'contact-activateur-v1', withdrawnAt: null });
    expect(consents[0]!.givenAt.toISOString()).toBe(t.clock.now().toISOString());
    const page = textOf((await agent.follow(res)).body);
    expect(page).toContain('Votre accord est enregistré');
    expect(page).toContain('Le 15 janvier 2026, vous avez accepté d’être contacté');
  });

  it('envoyer le formulaire sans cocher la case n’enregistre aucun accord', async () => {
    const { agent, token, id } = await completed();
    const res = await agent.submit(resultUrl(token), `${resultUrl(token)}/consentement`, {});
    expect(res.statusCode).toBe(303);
    expect(await consentsOf(id)).toHaveLength(0);
    expect(textOf((await agent.follow(res)).body)).toContain('Vous n’avez pas coché la case');
  });

  it('l’accord se retire depuis la page du résultat, avec la date du retrait, et peut être redonné', async () => {
    const { agent, token, id } = await completed();
    await agent.submit(resultUrl(token), `${resultUrl(token)}/consentement`, { consentement: 'oui', ...CONTACT });
    const given = t.clock.now();
    t.clock.advance(3 * HOUR);
    const res = await agent.submit(resultUrl(token), `${resultUrl(token)}/consentement/retrait`, {});
    expect(res.statusCode).toBe(303);
    let consents = await consentsOf(id);
    expect(consents).toHaveLength(1);
    expect(consents[0]!.givenAt.toISOString()).toBe(given.toISOString());
    expect(consents[0]!.withdrawnAt?.toISOString()).toBe(t.clock.now().toISOString());
    const page = await agent.follow(res);
    expect(textOf(page.body)).toContain('Votre accord est retiré');
    expect(consentCheckbox(page.body)).not.toMatch(/\schecked/);

    // Given again later: a new proof, the withdrawn one kept.
    t.clock.advance(HOUR);
    await agent.submit(resultUrl(token), `${resultUrl(token)}/consentement`, { consentement: 'oui', ...CONTACT });
    consents = await consentsOf(id);
    expect(consents).toHaveLength(2);
    expect(consents[0]!.withdrawnAt).not.toBeNull();
    expect(consents[1]!.withdrawnAt).toBeNull();
  });

  it('l’accord se donne avec un nom et une adresse e-mail ou un téléphone, gardés avec la preuve', async () => {
    const { agent, token, id } = await completed();
    await agent.submit(resultUrl(token), `${resultUrl(token)}/consentement`, {
      consentement: 'oui',
      contactNom: 'Sami Haddad',
      contactEmail: '',
      contactTelephone: '04 72 10 20 30',
    });
    const [consent] = await consentsOf(id);
    expect(consent).toMatchObject({ contactName: 'Sami Haddad', contactEmail: null, contactPhone: '0472102030' });
  });

  it('sans nom ni moyen de contact, l’accord est refusé avec un message à côté des champs et ce qui a été saisi est gardé', async () => {
    const { agent, token, id } = await completed();
    const res = await agent.submit(resultUrl(token), `${resultUrl(token)}/consentement`, {
      consentement: 'oui',
      contactNom: 'Sami Haddad',
      contactEmail: '',
      contactTelephone: '',
    });
    expect(res.statusCode).toBe(400);
    expect(await consentsOf(id)).toHaveLength(0);
    const text = textOf(res.body);
    expect(text).toContain('Indiquez une adresse e-mail ou un numéro de téléphone');
    expect(res.body).toMatch(/name="contactNom"[^>]*value="Sami Haddad"/);
    expect(consentCheckbox(res.body)).toMatch(/\schecked/);

    const bad = await agent.submit(resultUrl(token), `${resultUrl(token)}/consentement`, {
      consentement: 'oui',
      contactNom: '',
      contactEmail: 'pas-une-adresse',
      contactTelephone: '',
    });
    expect(bad.statusCode).toBe(400);
    expect(textOf(bad.body)).toContain('Indiquez votre nom');
    expect(textOf(bad.body)).toContain('L’adresse e-mail n’a pas le bon format');
    expect(await consentsOf(id)).toHaveLength(0);
  });

  it('retirer l’accord efface les coordonnées données avec lui', async () => {
    const { agent, token, id } = await completed();
    await agent.submit(resultUrl(token), `${resultUrl(token)}/consentement`, { consentement: 'oui', ...CONTACT });
    await agent.submit(resultUrl(token), `${resultUrl(token)}/consentement/retrait`, {});
    const [consent] = await consentsOf(id);
    expect(consent).toMatchObject({ contactName: null, contactEmail: null, contactPhone: null });
    expect(consent!.withdrawnAt).not.toBeNull();
  });

  it('un second envoi de la case cochée ne crée pas un second accord', async () => {
    const { agent, token, id } = await completed();
    await agent.submit(resultUrl(token), `${resultUrl(token)}/consentement`, { consentement: 'oui', ...CONTACT });
    await agent.submit(resultUrl(token), `${resultUrl(token)}/consentement`, { consentement: 'oui', ...CONTACT });
    expect(await consentsOf(id)).toHaveLength(1);
  });
});
