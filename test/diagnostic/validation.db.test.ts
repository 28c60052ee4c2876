import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MESSAGES, POSTAL_CODE_MESSAGES } from '../../src/diagnostic/answers.js';
import { assessments } from '../../src/diagnostic/schema.js';
import { STEP_MESSAGES } from '../../src/diagnostic/use-cases/open-step.js';
import { Agent } from '../support/agent.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { isChecked, postStep, PROFILE_FORM, start, stepUrl, textOf, themeForm, THEME_STEPS } from './support.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const visibilite = () => themeForm(THEME_STEPS[0]!.block, 'best');
const stored = async (token: string) => (await t.database.db.select().from(assessments).where(eq(assessments.token, token)))[0]!;

/** The DSFR fieldset of a question, in error, with its message. */
function fieldsetOf(html: string, name: string): string {
  const start = html.indexOf(`id="champ-${name}"`);
  expect(start, `pas de champ ${name}`).toBeGreaterThan(-1);
  return html.slice(html.lastIndexOf('<fieldset', start), html.indexOf('</fieldset>', start));
}

async function atStep2(agent: Agent): Promise<string> {
  const token = await start(agent);
  await postStep(agent, token, 1, PROFILE_FORM);
  return token;
}

describe('les réponses sont vérifiées contre la version du questionnaire', () => {
  it('une réponse inconnue est refusée avec un message à côté de la question, et les autres réponses restent cochées', async () => {
    const agent = new Agent(t.app);
    const token = await atStep2(agent);
    const form: Record<string, string | string[]> = { ...visibilite(), 'visibilite-site': 'site-en-or' };
    const res = await postStep(agent, token, 2, form);
    expect(res.statusCode).toBe(400);
    const fieldset = fieldsetOf(res.body, 'visibilite-site');
    expect(fieldset).toContain('fr-fieldset--error');
    expect(textOf(fieldset)).toContain(MESSAGES.unknownAnswer);
    expect(textOf(res.body)).toContain('Un champ est à corriger');
    for (const name of ['visibilite-fiche', 'visibilite-reseaux', 'visibilite-adresse-mail']) {
      expect(isChecked(res.body, name, String(form[name])), name).toBe(true);
    }
    // The valid answers are saved too, and the visitor stays on this step.
    const row = await stored(token);
    expect(row.answers['visibilite-fiche']).toEqual([form['visibilite-fiche']]);
    expect(row.answers['visibilite-site']).toBeUndefined();
    expect(row.reachedStep).toBe(2);
  });

  it('deux réponses à une question à choix unique sont refusées, le reste est gardé', async () => {
    const agent = new Agent(t.app);
    const token = await atStep2(agent);
    const form: Record<string, string | string[]> = { ...visibilite(), 'visibilite-reseaux': ['non', 'semaine'] };
    const res = await postStep(agent, token, 2, form);
    expect(res.statusCode).toBe(400);
    expect(textOf(fieldsetOf(res.body, 'visibilite-reseaux'))).toContain(MESSAGES.onlyOne);
    expect(isChecked(res.body, 'visibilite-site', String(form['visibilite-site']))).toBe(true);
  });

  it('une réponse manquante est signalée à côté de sa question', async () => {
    const agent = new Agent(t.app);
    const token = await atStep2(agent);
    const form = visibilite();
    delete form['visibilite-fiche'];
    const res = await postStep(agent, token, 2, form);
    expect(res.statusCode).toBe(400);
    expect(textOf(fieldsetOf(res.body, 'visibilite-fiche'))).toContain(MESSAGES.chooseOne);
  });

  it('une question qui n’existe pas dans l’étape est refusée avec un message clair, les réponses restent cochées', async () => {
    const agent = new Agent(t.app);
    const token = await atStep2(agent);
    const form: Record<string, string | string[]> = { ...visibilite(), 'question-inventee': 'oui' };
    const res = await postStep(agent, token, 2, form);
    expect(res.statusCode).toBe(400);
    expect(textOf(res.body)).toContain(MESSAGES.unknownQuestion);
    expect(isChecked(res.body, 'visibilite-site', String(form['visibilite-site']))).toBe(true);
    expect((await stored(token)).reachedStep).toBe(2);
  });

  it('un secteur hors liste et un code postal inconnu sont refusés à côté de leur champ, le reste du profil est gardé', async () => {
    const agent = new Agent(t.app);
    const token = await start(agent);
    const res = await postStep(agent, token, 1, { ...PROFILE_FORM, secteur: 'Z', codePostal: '98000' });
    expect(res.statusCode).toBe(400);
    const text = textOf(res.body);
    expect(text).toContain('Ce secteur ne fait pas partie de la liste');
    expect(text).toContain(POSTAL_CODE_MESSAGES.unknown);
    expect(res.body).toContain('value="98000"');
    expect(isChecked(res.body, 'taille', '1-9')).toBe(true);
    const row = await stored(token);
    expect(row.sizeBand).toBe('1-9');
    expect(row.sector).toBeNull();
    expect(row.postalCode).toBeNull();
  });

  it('le département est tiré du code postal, jamais la commune', async () => {
    const agent = new Agent(t.app);
    const token = await start(agent);
    await postStep(agent, token, 1, { ...PROFILE_FORM, codePostal: '20137' });
    const row = await stored(token);
    expect(row).toMatchObject({ postalCode: '20137', departmentCode: '2A', regionCode: '94' });
  });
});

describe('un numéro d’étape trafiqué', () => {
  it('une étape pas encore atteinte renvoie à l’étape en cours, avec un message', async () => {
    const agent = new Agent(t.app);
    const token = await atStep2(agent);
    const res = await agent.get(stepUrl(token, 7));
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(stepUrl(token, 2));
    const page = await agent.follow(res);
    expect(textOf(page.body)).toContain(STEP_MESSAGES.notYet);
  });

  it('une étape qui n’existe pas renvoie à l’étape en cours, avec un message', async () => {
    const agent = new Agent(t.app);
    const token = await atStep2(agent);
    for (const step of ['42', '0', 'abc', '-1']) {
      const res = await agent.get(`/autodiagnostic/${token}/etape/${step}`);
      expect(res.statusCode, step).toBe(303);
      expect(res.headers.location).toBe(stepUrl(token, 2));
      expect(textOf((await agent.follow(res)).body)).toContain(STEP_MESSAGES.missing);
    }
  });

  it('des réponses envoyées à une étape pas encore atteinte ne sont pas enregistrées', async () => {
    const agent = new Agent(t.app);
    const token = await atStep2(agent);
    const page = await agent.get(stepUrl(token, 2));
    const csrf = page.body.match(/name="_csrf" value="([^"]+)"/)![1]!;
    const res = await agent.post(stepUrl(token, 9), { _csrf: csrf, direction: 'suivant', ...themeForm(THEME_STEPS[7]!.block, 'best') });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(stepUrl(token, 2));
    const row = await stored(token);
    expect(row.status).toBe('en_cours');
    expect(Object.keys(row.answers)).toEqual([]);
  });
});
