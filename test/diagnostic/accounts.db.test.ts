import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessmentConsents, assessments } from '../../src/diagnostic/schema.js';
import { orderSections } from '../../src/diagnostic/use-cases/my-space.js';
import { HOUR } from '../../src/server/clock.js';
import { Agent } from '../support/agent.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { aUser, anEmail, GOOD_PASSWORD, linkIn, logIn, mailsTo } from '../accounts/support.js';
import { answerAll, postStep, PROFILE_FORM, Q, resultUrl, start, stepUrl, textOf } from './support.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const rowOf = async (token: string) => (await t.database.db.select().from(assessments).where(eq(assessments.token, token)))[0]!;

async function completed(agent = new Agent(t.app), choice: 'best' | 'worst' = 'worst'): Promise<{ agent: Agent; token: string }> {
  const token = await start(agent);
  await answerAll(agent, token, choice);
  return { agent, token };
}

/** The order of Mon espace's sections, as the page shows them. */
function sectionsOf(html: string): string[] {
  return [...html.matchAll(/data-section="([a-z]+)"/g)].map((m) => m[1]!);
}

describe('enregistrer son résultat dans un compte', () => {
  it('créer un compte depuis la page du résultat l’y enregistre et envoie par courriel le lien du résultat', async () => {
    const { agent, token } = await completed();
    const page = await agent.get(resultUrl(token));
    expect(textOf(page.body)).toContain('Créer un compte pour enregistrer mon résultat');
    const email = anEmail('dirigeante');
    const res = await agent.submit(resultUrl(token), `${resultUrl(token)}/compte`, {
      prenom: 'Inès',
      nom: 'Leroy',
      email,
      mot_de_passe: GOOD_PASSWORD,
    });
    expect(res.statusCode).toBe(303);
    expect(textOf((await agent.follow(res)).body)).toContain(`Un courriel vient de partir vers ${email}`);

    const [mail] = await mailsTo(t, email, 'autodiagnostic-resultat');
    expect(mail, 'courriel du résultat').toBeDefined();
    expect(linkIn(mail!, '/autodiagnostic/resultat')).toBe(resultUrl(token));
    expect(await mailsTo(t, email, 'verification-email')).toHaveLength(1);

    // The owner logs in: the result is in their account, and login leads to Mon espace.
    const owner = new Agent(t.app);
    const login = await logIn(owner, email, GOOD_PASSWORD);
    expect(login.headers.location).toBe('/mon-espace');
    const space = await owner.get('/mon-espace');
    expect(space.statusCode).toBe(200);
    expect(space.body).toContain(`href="${resultUrl(token)}"`);
    expect(space.body).toContain('href="/mon-espace"');
  });

  it('un mot de passe refusé laisse la page du résultat avec le message et ce qui a été saisi, sans créer de compte', async () => {
    const { agent, token } = await completed();
    const email = anEmail('refus');
    const res = await agent.submit(resultUrl(token), `${resultUrl(token)}/compte`, { prenom: 'Inès', nom: 'Leroy', email, mot_de_passe: 'court' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('fr-input-group--error');
    expect(res.body).toContain(`value="${email}"`);
    expect((await rowOf(token)).userId).toBeNull();
    expect(await mailsTo(t, email)).toHaveLength(0);
  });

  it('une adresse qui a déjà un compte reçoit le lien pour se connecter et enregistrer, sans que la page le révèle', async () => {
    const existing = await aUser(t);
    const { agent, token } = await completed();
    const res = await agent.submit(resultUrl(token), `${resultUrl(token)}/compte`, {
      prenom: 'X',
      nom: 'Y',
      email: existing.email,
      mot_de_passe: GOOD_PASSWORD,
    });
    expect(res.statusCode).toBe(303);
    expect((await rowOf(token)).userId).toBeNull();
    expect(await mailsTo(t, existing.email, 'autodiagnostic-resultat')).toHaveLength(1);

    // Logged in, the owner saves it in one click.
    await logIn(agent, existing.email, existing.password);
    const saved = await agent.submit(resultUrl(token), `${resultUrl(token)}/enregistrer`, {});
    expect(saved.statusCode).toBe(303);
    expect((await rowOf(token)).userId).toBe(existing.id);
    expect(await mailsTo(t, existing.email, 'autodiagnostic-resultat')).toHaveLength(2);
  });

  it('une entreprise connectée qui fait l’autodiagnostic le retrouve dans son compte sans rien faire', async () => {
    const user = await aUser(t);
    const agent = new Agent(t.app);
    await logIn(agent, user.email, user.password);
    const { token } = await completed(agent);
    expect((await rowOf(token)).userId).toBe(user.id);
    expect(textOf((await agent.get(resultUrl(token))).body)).toContain('Ce résultat est enregistré dans votre compte');
  });

  it('un résultat déjà enregistré dans un compte ne passe pas dans un autre', async () => {
    const first = await aUser(t);
    const second = await aUser(t);
    const agent = new Agent(t.app);
    await logIn(agent, first.email, first.password);
    const { token } = await completed(agent);
    const other = new Agent(t.app);
    await logIn(other, second.email, second.password);
    const res = await other.submit(resultUrl(token), `${resultUrl(token)}/enregistrer`, {});
    expect(res.statusCode).toBe(303);
    expect((await rowOf(token)).userId).toBe(first.id);
  });
});

describe('refaire l’autodiagnostic et voir ses progrès', () => {
  it('Mon espace montre les deux résultats successifs, thème par thème, sur un graphique et dans un tableau', async () => {
    const user = await aUser(t);
    const agent = new Agent(t.app);
    await logIn(agent, user.email, user.password);
    const { token: first } = await completed(agent, 'worst');
    t.clock.advance(24 * 30 * HOUR);
    await logIn(agent, user.email, user.password);
    const { token: second } = await completed(agent, 'best');
    const [a, b] = [await rowOf(first), await rowOf(second)];
    const page = await agent.get('/mon-espace');
    const text = textOf(page.body);
    expect(page.body).toContain('<svg');
    expect(page.body).toContain('role="img"');
    expect(text).toContain(`votre score global est passé de ${a.overallScore} à ${b.overallScore}/100`);
    const table = page.body.slice(page.body.indexOf('<table'), page.body.indexOf('</table>'));
    const themeRow = table.slice(table.indexOf('Visibilité en ligne'));
    expect(textOf(themeRow)).toMatch(new RegExp(`Visibilité en ligne ${a.themeScores!.visibilite}/100 ${b.themeScores!.visibilite}/100`));
    expect(sectionsOf(page.body)[0]).toBe('niveau');
  });

  it('la page Mon espace est réservée aux entreprises connectées', async () => {
    expect((await new Agent(t.app).get('/mon-espace')).headers.location).toBe('/connexion?retour=%2Fmon-espace');
    const activator = await aUser(t, { role: 'activateur' });
    const agent = new Agent(t.app);
    await logIn(agent, activator.email, activator.password);
    expect((await agent.get('/mon-espace')).statusCode).toBe(403);
  });
});

describe('l’ordre des sections de Mon espace', () => {
  it('une entreprise qui démarre voit d’abord son activateur, une entreprise avancée d’abord les solutions de ses thèmes faibles', () => {
    expect(orderSections({ resultCount: 1, overallLevelIndex: 0, weakCount: 3, hasActivatorContent: true })).toEqual(['activateur', 'solutions', 'niveau']);
    expect(orderSections({ resultCount: 1, overallLevelIndex: 3, weakCount: 2, hasActivatorContent: true })).toEqual(['solutions', 'niveau', 'activateur']);
    expect(orderSections({ resultCount: 2, overallLevelIndex: 0, weakCount: 3, hasActivatorContent: true })[0]).toBe('niveau');
    // Nothing to say, no section: no activator nearby, no weak theme.
    expect(orderSections({ resultCount: 1, overallLevelIndex: 4, weakCount: 0, hasActivatorContent: false })).toEqual(['niveau']);
    expect(orderSections({ resultCount: 0, overallLevelIndex: null, weakCount: 0, hasActivatorContent: false })).toEqual([]);
  });

  it('les solutions suivent les thèmes faibles du dernier résultat, le plus faible d’abord', async () => {
    const user = await aUser(t);
    const agent = new Agent(t.app);
    await logIn(agent, user.email, user.password);
    const { token } = await completed(agent, 'best');
    // The latest result says "gestion" is weakest, then "visibilite": the page follows.
    const scores = Object.fromEntries(Q.themes.map((b) => [b.theme, 95]));
    scores.gestion = 30;
    scores.visibilite = 45;
    await t.database.db.update(assessments).set({ themeScores: scores, overallScore: 80 }).where(eq(assessments.token, token));
    const page = await agent.get('/mon-espace');
    expect(sectionsOf(page.body)[0]).toBe('solutions');
    const solutions = textOf(page.body.slice(page.body.indexOf('data-section="solutions"')));
    const gestion = solutions.indexOf('Gestion (stocks');
    const visibilite = solutions.indexOf('Visibilité en ligne');
    expect(gestion).toBeGreaterThan(-1);
    expect(visibilite).toBeGreaterThan(gestion);
  });
});

describe('le consentement depuis Mon espace', () => {
  it('l’accord donné sur le résultat se retire depuis Mon espace, avec sa date', async () => {
    const user = await aUser(t);
    const agent = new Agent(t.app);
    await logIn(agent, user.email, user.password);
    const { token } = await completed(agent);
    const given = await agent.submit(resultUrl(token), `${resultUrl(token)}/consentement`, {
      consentement: 'oui',
      contactNom: 'Inès Leroy',
      contactEmail: user.email,
    });
    expect(given.statusCode).toBe(303);
    const { id } = await rowOf(token);
    const [consent] = await t.database.db.select().from(assessmentConsents).where(eq(assessmentConsents.assessmentId, id));
    expect(consent, 'accord enregistré').toBeDefined();
    t.clock.advance(HOUR);
    const res = await agent.submit('/mon-espace', `/mon-espace/resultats/${id}/consentement/retrait`, {});
    expect(res.statusCode).toBe(303);
    expect(textOf((await agent.follow(res)).body)).toContain('Votre accord est retiré');
    const [after] = await t.database.db.select().from(assessmentConsents).where(eq(assessmentConsents.assessmentId, id));
    expect(after!.withdrawnAt?.toISOString()).toBe(t.clock.now().toISOString());
  });

  it('on ne retire pas l’accord du résultat d’un autre compte', async () => {
    const owner = await aUser(t);
    const agent = new Agent(t.app);
    await logIn(agent, owner.email, owner.password);
    const { token } = await completed(agent);
    const { id } = await rowOf(token);
    const stranger = await aUser(t);
    const other = new Agent(t.app);
    await logIn(other, stranger.email, stranger.password);
    expect((await other.submit('/mon-espace', `/mon-espace/resultats/${id}/consentement/retrait`, {})).statusCode).toBe(404);
  });
});

describe('reprendre plus tard par courriel', () => {
  it('le lien de reprise est envoyé par courriel et ramène à l’étape où l’on s’était arrêté', async () => {
    const agent = new Agent(t.app);
    const token = await start(agent);
    await postStep(agent, token, 1, PROFILE_FORM);
    const page = await agent.get(stepUrl(token, 2));
    expect(textOf(page.body)).toContain('Recevoir un lien pour reprendre plus tard');
    const email = anEmail('reprise');
    const res = await agent.submit(stepUrl(token, 2), `/autodiagnostic/${token}/lien`, { email, etape: '2' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(stepUrl(token, 2));
    const [mail] = await mailsTo(t, email, 'autodiagnostic-reprise');
    expect(mail, 'courriel de reprise').toBeDefined();
    const link = linkIn(mail!, '/autodiagnostic');
    expect(link).toBe(`/autodiagnostic/${token}`);
    const elsewhere = await new Agent(t.app).get(link);
    expect(elsewhere.headers.location).toBe(stepUrl(token, 2));
  });

  it('une adresse invalide est refusée à côté du champ, ce qui a été saisi est gardé', async () => {
    const agent = new Agent(t.app);
    const token = await start(agent);
    const res = await agent.submit(stepUrl(token, 1), `/autodiagnostic/${token}/lien`, { email: 'pas-une-adresse', etape: '1' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('value="pas-une-adresse"');
    expect(textOf(res.body)).toContain('Saisissez une adresse électronique valide');
  });

  it('les envois sont limités : au-delà de trois par heure pour un autodiagnostic, plus de courriel', async () => {
    const agent = new Agent(t.app);
    const token = await start(agent);
    const email = anEmail('limite');
    for (let i = 0; i < 3; i++) {
      expect((await agent.submit(stepUrl(token, 1), `/autodiagnostic/${token}/lien`, { email, etape: '1' })).statusCode).toBe(303);
    }
    const refused = await agent.submit(stepUrl(token, 1), `/autodiagnostic/${token}/lien`, { email, etape: '1' });
    expect(refused.statusCode).toBe(429);
    expect(await mailsTo(t, email, 'autodiagnostic-reprise')).toHaveLength(3);
    t.clock.advance(HOUR);
    expect((await agent.submit(stepUrl(token, 1), `/autodiagnostic/${token}/lien`, { email, etape: '1' })).statusCode).toBe(303);
  });
});

describe('les données personnelles du compte', () => {
  it('le téléchargement des données contient les résultats enregistrés ; supprimer le compte les détache et ferme leur lien', async () => {
    const user = await aUser(t);
    const agent = new Agent(t.app);
    await logIn(agent, user.email, user.password);
    const { token } = await completed(agent);
    const before = await rowOf(token);

    const download = await agent.get('/mon-compte/donnees');
    expect(download.statusCode).toBe(200);
    const data = JSON.parse(download.body) as { autodiagnostics: { resultats: { scoreGlobal: number; reponses: object }[] } };
    expect(data.autodiagnostics.resultats).toHaveLength(1);
    expect(data.autodiagnostics.resultats[0]!.scoreGlobal).toBe(before.overallScore);
    expect(Object.keys(data.autodiagnostics.resultats[0]!.reponses).length).toBeGreaterThan(0);

    const deleted = await agent.submit('/mon-compte/supprimer', '/mon-compte/supprimer', { mot_de_passe: user.password });
    expect(deleted.statusCode).toBe(303);
    const after = (await t.database.db.select().from(assessments).where(eq(assessments.id, before.id)))[0]!;
    expect(after.userId).toBeNull();
    expect(after.postalCode).toBeNull();
    expect(after.answers).toEqual({});
    // Still counted: the scores stay.
    expect(after.overallScore).toBe(before.overallScore);
    expect((await new Agent(t.app).get(resultUrl(token))).statusCode).toBe(404);
  });
});
