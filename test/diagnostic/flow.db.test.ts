import { and, eq, lt, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedAssessments } from '../../src/diagnostic/index.js';
import { assessments } from '../../src/diagnostic/schema.js';
import { themeLabel } from '../../src/themes/index.js';
import { Agent, csrfTokenIn } from '../support/agent.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { answerAll, isChecked, postStep, PROFILE_FORM, Q, resultUrl, seededRandom, start, stepUrl, textOf, themeForm, THEME_STEPS } from './support.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  // Other businesses already took it, so the result has someone to be compared with.
  await seedAssessments(t.database.db, { count: 120, rng: seededRandom(7), now: t.clock.now() });
});
afterAll(() => t.close());

describe('l’autodiagnostic, de la présentation au résultat', () => {
  it('la page de présentation dit ce que c’est, combien de temps cela prend, et propose de commencer', async () => {
    const res = await t.app.inject('/autodiagnostic');
    expect(res.statusCode).toBe(200);
    const text = textOf(res.body);
    expect(text).toContain('Faire le point sur mon numérique');
    expect(text).toContain('dizaine de minutes');
    expect(text).toContain('Ce que vous obtenez');
    expect(res.body).toContain('action="/autodiagnostic"');
    expect(text).toContain('Commencer l’autodiagnostic');
    for (const theme of Q.themes) expect(text).toContain(themeLabel(theme.theme));
    expect(text).not.toContain('ouvre prochainement');
  });

  it('un visiteur sans compte répond à toutes les étapes et voit ses niveaux, le graphique, la comparaison et les pistes', async () => {
    const agent = new Agent(t.app);
    const token = await start(agent);

    const profile = await agent.get(stepUrl(token, 1));
    expect(profile.statusCode).toBe(200);
    expect(profile.body).toContain('name="codePostal"');
    await postStep(agent, token, 1, PROFILE_FORM);
    // One step per theme, with the DSFR stepper (8 steps at most: the profile comes before it).
    const firstTheme = await agent.get(`/autodiagnostic/${token}/etape/1`);
    expect(firstTheme.body).toContain('class="fr-stepper"');
    expect(firstTheme.body).toContain(`data-fr-steps="${THEME_STEPS.length}"`);
    expect(textOf(firstTheme.body)).toContain(`${themeLabel(Q.themes[0]!.theme)} Étape 1 sur ${THEME_STEPS.length}`);

    const last = await answerAll(agent, token, 'worst');
    expect(last.headers.location).toBe(resultUrl(token));
    const answered = 5 + THEME_STEPS.reduce((n, s) => n + s.block.questions.length, 0);
    expect(answered).toBeLessThan(35);

    const result = await agent.get(resultUrl(token));
    expect(result.statusCode).toBe(200);
    const text = textOf(result.body);
    expect(text).toContain('Votre niveau global : Premiers pas (0/100)');
    // The chart, and the same figures in a table.
    expect(result.body).toMatch(/<svg[^>]*role="img"/);
    expect(result.body).toContain('<caption>Votre score et votre niveau par thème</caption>');
    for (const theme of Q.themes) expect(text).toContain(themeLabel(theme.theme));
    // Compared with the 120 results seeded before it: none is lower than 0.
    expect(text).toContain('Parmi les 121 entreprises qui ont fait l’autodiagnostic, vous êtes de ceux qui démarrent');
    // Next steps with prices, and the tip tied to the missing own e-mail address.
    expect(text).toContain('Par où commencer ?');
    expect(text).toMatch(/€/);
    expect(text).toContain('Une adresse e-mail au nom de votre entreprise');
  });

  it('le meilleur résultat dépasse la part exacte des résultats plus bas que lui', async () => {
    const agent = new Agent(t.app);
    const token = await start(agent);
    await answerAll(agent, token, 'best');
    const total = await t.database.db.select({ n: sql<number>`count(*)::int` }).from(assessments).where(eq(assessments.status, 'termine'));
    const below = await t.database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(assessments)
      .where(and(eq(assessments.status, 'termine'), lt(assessments.overallScore, 100)));
    const percent = Math.floor((100 * below[0]!.n) / total[0]!.n);
    const text = textOf((await agent.get(resultUrl(token))).body);
    expect(text).toContain('Votre niveau global : Moteur (100/100)');
    expect(text).toContain(`Votre niveau global dépasse celui de ${percent} % des ${total[0]!.n} entreprises qui ont fait l’autodiagnostic.`);
    expect(text).toContain('Vous êtes au plus haut niveau sur tous les thèmes');
  });

  it('revenir en arrière puis en avant ne perd aucune réponse', async () => {
    const agent = new Agent(t.app);
    const token = await start(agent);
    await postStep(agent, token, 1, PROFILE_FORM);
    const visibilite = themeForm(THEME_STEPS[0]!.block, 'best');
    await postStep(agent, token, 2, visibilite);
    // Half of step 3 answered, then back.
    const back = await postStep(agent, token, 3, { 'vente-canaux': ['site', 'telephone'] }, 'precedent');
    expect(back.headers.location).toBe(stepUrl(token, 2));
    const two = await agent.get(stepUrl(token, 2));
    expect(isChecked(two.body, 'visibilite-site', String(visibilite['visibilite-site']))).toBe(true);
    const profile = await agent.get(stepUrl(token, 1));
    expect(isChecked(profile.body, 'taille', '1-9')).toBe(true);
    expect(profile.body).toContain('value="69003"');
    expect(profile.body).toMatch(/<option value="I" selected/);
    const three = await agent.get(stepUrl(token, 3));
    expect(isChecked(three.body, 'vente-canaux', 'site')).toBe(true);
    expect(isChecked(three.body, 'vente-canaux', 'telephone')).toBe(true);
    expect(isChecked(three.body, 'vente-canaux', 'plateforme')).toBe(false);
  });

  it('un autodiagnostic commencé se reprend dans le même navigateur, et par son lien depuis un autre', async () => {
    const agent = new Agent(t.app);
    const token = await start(agent);
    await postStep(agent, token, 1, PROFILE_FORM);
    const presentation = await agent.get('/autodiagnostic');
    expect(textOf(presentation.body)).toContain('Vous avez un autodiagnostic en cours');
    expect(presentation.body).toContain(`href="${stepUrl(token, 2)}"`);

    const elsewhere = new Agent(t.app);
    const resumed = await elsewhere.get(`/autodiagnostic/${token}`);
    expect(resumed.statusCode).toBe(303);
    expect(resumed.headers.location).toBe(stepUrl(token, 2));
    const page = await elsewhere.follow(resumed);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(`${t.config.publicUrl}/autodiagnostic/${token}`);
  });

  it('un autodiagnostic terminé renvoie au résultat, et ses réponses ne changent plus', async () => {
    const agent = new Agent(t.app);
    const token = await start(agent);
    await answerAll(agent, token, 'worst');
    // A form kept open in another tab, sent after the end.
    const csrf = csrfTokenIn((await agent.get(resultUrl(token))).body);
    const again = await agent.post(stepUrl(token, 2), { _csrf: csrf, direction: 'suivant', ...themeForm(THEME_STEPS[0]!.block, 'best') });
    expect(again.headers.location).toBe(resultUrl(token));
    expect(textOf((await agent.get(resultUrl(token))).body)).toContain('Votre niveau global : Premiers pas');
    const presentation = await agent.get('/autodiagnostic');
    expect(presentation.body).toContain(`href="${resultUrl(token)}"`);
  });

  it('la page de résultat d’un autodiagnostic pas encore terminé renvoie à l’étape en cours', async () => {
    const agent = new Agent(t.app);
    const token = await start(agent);
    const res = await agent.get(resultUrl(token));
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(stepUrl(token, 1));
  });
});
