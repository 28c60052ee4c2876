import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NextStepsQuery, NextStepsSources } from '../../src/diagnostic/index.js';
import { assessments } from '../../src/diagnostic/schema.js';
import { weakestThemes, type ThemeScores } from '../../src/diagnostic/scoring.js';
import { orderSections } from '../../src/diagnostic/use-cases/my-space.js';
import { aUser, logIn } from '../accounts/support.js';
import { Agent } from '../support/agent.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { answerAll, Q, resultUrl, start, textOf } from './support.js';

/** What the content, aids and community domains will provide, answering from what they are asked. */
function fakeSources(asked: NextStepsQuery[]): NextStepsSources {
  return {
    guides: async (q) => {
      asked.push(q);
      return q.themes.map((theme) => ({ title: `Guide : ${theme}`, href: `/ressources/${theme}`, summary: 'Pas à pas' }));
    },
    aids: async (q) => [{ title: `Chèque numérique de la région ${q.regionCode}`, href: 'https://region.example.fr/cheque', funder: 'La Région' }],
    testimonials: async (q) => [
      { title: 'Comment nous avons rempli notre salle en ligne', href: 'javascript:alert(1)', businessName: `Le Bistrot (${q.sector})` },
    ],
    events: async (q) => [{ title: 'Atelier visibilité', href: '/evenements/atelier', startsAt: q.now, place: `Département ${q.departmentCode}` }],
  };
}

let t: TestApp;
let bare: TestApp;
const asked: NextStepsQuery[] = [];
beforeAll(async () => {
  t = await createTestApp({}, { nextSteps: fakeSources(asked) });
  bare = await createTestApp();
});
afterAll(async () => {
  await t.close();
  await bare.close();
});

async function worstResult(app: TestApp, agent = new Agent(app.app)) {
  const token = await start(agent);
  await answerAll(agent, token, 'worst');
  const [row] = await app.database.db.select().from(assessments).where(eq(assessments.token, token));
  return { agent, token, row: row!, weak: weakestThemes(Q, row!.themeScores as ThemeScores) };
}

describe('les prochaines étapes venues des autres domaines', () => {
  it('la page du résultat montre les guides des thèmes faibles, un témoignage du secteur et les aides de la région', async () => {
    const { agent, token, row, weak } = await worstResult(t);
    const page = await agent.get(resultUrl(token));
    const text = textOf(page.body);
    expect(text).toContain('Pour aller plus loin');
    for (const theme of weak) expect(page.body).toContain(`href="/ressources/${theme}"`);
    expect(text).toContain('Une entreprise comme la vôtre témoigne');
    expect(text).toContain(`Le Bistrot (${row.sector})`);
    expect(text).toContain(`Chèque numérique de la région ${row.regionCode}`);
    // Asked with the profile and weak themes only, never the answers.
    expect(asked.at(-1)).toEqual({
      themes: weak,
      sector: row.sector,
      sizeBand: row.sizeBand,
      regionCode: row.regionCode,
      departmentCode: row.departmentCode,
      now: t.clock.now(),
    });
  });

  it('un lien javascript: d’une source est montré comme du texte, jamais comme un lien', async () => {
    const { agent, token } = await worstResult(t);
    const page = await agent.get(resultUrl(token));
    expect(page.body).toContain('Comment nous avons rempli notre salle en ligne');
    expect(page.body).not.toContain('javascript:');
  });

  it('sans domaine branché, ces rubriques n’apparaissent pas et la page reste complète', async () => {
    const { agent, token } = await worstResult(bare);
    const text = textOf((await agent.get(resultUrl(token))).body);
    expect(text).toContain('Par où commencer ?');
    expect(text).not.toContain('Pour aller plus loin');
    expect(text).not.toContain('témoigne');
    expect(text).not.toContain('Des aides pour financer vos projets');
  });

  it('une source en panne laisse sa rubrique de côté sans empêcher la page', async () => {
    const failing = await createTestApp({}, { nextSteps: { ...fakeSources([]), guides: async () => Promise.reject(new Error('hors service')) } });
    try {
      failing.app.log.level = 'silent';
      const { agent, token } = await worstResult(failing);
      const page = await agent.get(resultUrl(token));
      expect(page.statusCode).toBe(200);
      expect(textOf(page.body)).not.toContain('Pour aller plus loin');
      expect(textOf(page.body)).toContain('Une entreprise comme la vôtre témoigne');
    } finally {
      await failing.close();
    }
  });

  it('Mon espace montre témoignages, ressources et événements, dans l’ordre de ce qui compte pour l’entreprise', async () => {
    const user = await aUser(t);
    const agent = new Agent(t.app);
    await logIn(agent, user.email, user.password);
    const { row } = await worstResult(t, agent);
    const page = await agent.get('/mon-espace');
    const sections = [...page.body.matchAll(/data-section="([a-z]+)"/g)].map((m) => m[1]!);
    expect(sections).toEqual(orderSections({ resultCount: 1, overallLevelIndex: 0, weakCount: 3, hasActivatorContent: false, testimonialCount: 1, resourceCount: 4, eventCount: 1 }));
    expect(sections).toEqual(expect.arrayContaining(['temoignages', 'ressources', 'evenements']));
    const text = textOf(page.body);
    expect(text).toContain('Des entreprises comme la mienne témoignent');
    expect(text).toContain(`Département ${row.departmentCode}`);
    expect(text).toContain('Des aides pour lesquelles vous pourriez être éligible');
  });
});

describe('l’ordre des rubriques de Mon espace', () => {
  const all = { hasActivatorContent: true, testimonialCount: 1, resourceCount: 2, eventCount: 1, weakCount: 3 };
  it('une entreprise qui débute voit d’abord une personne et des pairs, une entreprise avancée ses ressources et actions', () => {
    expect(orderSections({ ...all, resultCount: 1, overallLevelIndex: 0 })).toEqual([
      'activateur',
      'temoignages',
      'solutions',
      'ressources',
      'niveau',
      'evenements',
    ]);
    expect(orderSections({ ...all, resultCount: 1, overallLevelIndex: 3 }).slice(0, 2)).toEqual(['ressources', 'solutions']);
  });

  it('jamais plus de six rubriques, et aucune vide', () => {
    expect(orderSections({ ...all, resultCount: 2, overallLevelIndex: 2 })).toHaveLength(6);
    expect(orderSections({ ...all, resultCount: 1, overallLevelIndex: 2, testimonialCount: 0, eventCount: 0 })).not.toContain('temoignages');
  });
});
