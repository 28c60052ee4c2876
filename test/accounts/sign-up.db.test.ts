import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY, HOUR } from '../../src/server/clock.js';
import { Agent } from '../support/agent.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { agentFrom, anEmail, GOOD_PASSWORD, linkIn, logIn, mailsTo, textOf, userRow } from './support.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function signUp(agent: Agent, fields: Partial<Record<'prenom' | 'nom' | 'email' | 'mot_de_passe', string>>) {
  return agent.submit('/inscription', '/inscription', {
    prenom: 'Camille',
    nom: 'Martin',
    email: anEmail(),
    mot_de_passe: GOOD_PASSWORD,
    ...fields,
  });
}

describe('inscription', () => {
  it('la page d’inscription a son propre titre et un champ mot de passe DSFR qui accepte le collage', async () => {
    const res = await new Agent(t.app).get('/inscription');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<title>Créer un compte — Abeille</title>');
    expect(res.body).toContain('class="fr-password');
    expect(res.body).toContain('autocomplete="new-password"');
    expect(res.body).toContain('Afficher');
    expect(res.body).not.toMatch(/onpaste|autocomplete="off"/);
  });

  it('une inscription crée un compte entreprise et envoie un lien de confirmation qui ne sert qu’une fois', async () => {
    const agent = new Agent(t.app);
    const email = anEmail();
    const res = await signUp(agent, { email });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/inscription/courriel-envoye');
    expect(textOf((await agent.follow(res)).body)).toContain('Consultez votre messagerie');

    const user = await userRow(t, email);
    expect(user.role).toBe('entreprise');
    expect(user.emailVerifiedAt).toBeNull();
    expect(user.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);

    const [mail] = await mailsTo(t, email, 'verification-email');
    expect(mail).toBeDefined();
    const link = linkIn(mail!, '/verifier-email');
    expect(link.split('/').pop()!.length).toBeGreaterThanOrEqual(22); // ≥ 128 bits in base64url

    const page = await agent.get(link);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Confirmer votre adresse électronique');
    // Opening the link (a mail scanner does) uses nothing: the address is confirmed by the button.
    expect((await userRow(t, email)).emailVerifiedAt).toBeNull();

    const confirmed = await agent.post(link, { _csrf: csrf(page.body) });
    expect(confirmed.statusCode).toBe(303);
    expect(textOf((await agent.follow(confirmed)).body)).toContain('Votre adresse électronique est confirmée.');
    expect((await userRow(t, email)).emailVerifiedAt).not.toBeNull();

    const again = await agent.get(link);
    expect(again.statusCode).toBe(410);
    expect(textOf(again.body)).toContain('Ce lien n’est plus valable');
    const replay = await agent.post(link, { _csrf: csrf(page.body) });
    expect(replay.statusCode).toBe(410);
  });

  it('le lien de confirmation ne fonctionne plus après 24 heures', async () => {
    const agent = new Agent(t.app);
    const email = anEmail();
    await signUp(agent, { email });
    const link = linkIn((await mailsTo(t, email, 'verification-email'))[0]!, '/verifier-email');
    const page = await agent.get(link);
    expect(page.statusCode).toBe(200);
    t.clock.advance(DAY + 1000);
    try {
      const late = await agent.post(link, { _csrf: csrf(page.body) });
      expect(late.statusCode).toBe(410);
      expect((await userRow(t, email)).emailVerifiedAt).toBeNull();
    } finally {
      t.clock.advance(-(DAY + 1000));
    }
  });

  it('un mot de passe parmi les plus courants est refusé avec un message clair, et ce qui a été saisi est conservé sauf le mot de passe', async () => {
    const agent = new Agent(t.app);
    const email = anEmail();
    const res = await signUp(agent, { email, prenom: 'Dominique', mot_de_passe: 'azertyuiop' });
    expect(res.statusCode).toBe(400);
    const text = textOf(res.body);
    expect(text).toContain('Ce mot de passe fait partie des plus courants');
    expect(res.body).toContain(`value="${email}"`);
    expect(res.body).toContain('value="Dominique"');
    expect(res.body).not.toContain('azertyuiop');
    expect(await mailsTo(t, email)).toHaveLength(0);
  });

  it('un mot de passe de moins de 8 caractères est refusé ; tous les champs en erreur sont signalés à côté d’eux', async () => {
    const res = await signUp(new Agent(t.app), { prenom: '', email: 'pas-une-adresse', mot_de_passe: 'Ab1!x' });
    expect(res.statusCode).toBe(400);
    const text = textOf(res.body);
    expect(text).toContain('Le mot de passe doit contenir au moins 8 caractères');
    expect(text).toContain('Saisissez votre prénom.');
    expect(text).toContain('Saisissez une adresse électronique valide');
    expect(text).toContain('3 champs sont à corriger');
  });

  it('s’inscrire avec une adresse déjà inscrite répond comme pour une nouvelle et prévient le titulaire par courriel', async () => {
    const agent = new Agent(t.app);
    const email = anEmail();
    await signUp(agent, { email });
    const second = await signUp(new Agent(t.app), { email: email.toUpperCase(), prenom: 'Intrus' });
    expect(second.statusCode).toBe(303);
    expect(second.headers.location).toBe('/inscription/courriel-envoye');
    const mails = await mailsTo(t, email);
    expect(mails.map((m) => m.template)).toEqual(['verification-email', 'compte-existant']);
    expect((await userRow(t, email)).firstName).toBe('Camille');
  });

  it('on peut se connecter juste après l’inscription, avant même de confirmer son adresse', async () => {
    const agent = new Agent(t.app);
    const email = anEmail();
    await signUp(agent, { email });
    const res = await logIn(agent, email, GOOD_PASSWORD);
    // A business owner lands on Mon espace; the account page says the address is still to confirm.
    expect(res.headers.location).toBe('/mon-espace');
    expect((await agent.follow(res)).statusCode).toBe(200);
    const account = textOf((await agent.get('/mon-compte')).body);
    expect(account).toContain('À confirmer');
  });

  it('un même accès internet ne peut pas créer plus de 10 comptes par heure', async () => {
    const agent = agentFrom(t.app, '198.51.100.20');
    for (let i = 0; i < 10; i++) expect((await signUp(agent, {})).statusCode).toBe(303);
    const refused = await signUp(agent, {});
    expect(refused.statusCode).toBe(429);
    expect(textOf(refused.body)).toContain('Trop de tentatives');
    t.clock.advance(HOUR);
    expect((await signUp(agent, {})).statusCode).toBe(303);
  });
});

function csrf(html: string): string {
  return html.match(/name="_csrf" value="([^"]+)"/)![1]!;
}
