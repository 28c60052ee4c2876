import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessments } from '../../src/diagnostic/schema.js';
import { Agent } from '../support/agent.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { answerAll, resultUrl, start } from './support.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('un résultat n’est accessible que par son lien privé', () => {
  it('ni l’identifiant en base, ni un numéro, ni un lien inventé n’ouvrent un résultat', async () => {
    const agent = new Agent(t.app);
    const token = await start(agent);
    await answerAll(agent, token);
    const [row] = await t.database.db.select({ id: assessments.id }).from(assessments).where(eq(assessments.token, token));
    expect((await agent.get(resultUrl(token))).statusCode).toBe(200);

    const invented = token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A');
    for (const guess of [row!.id, '1', '2', invented, token.toLowerCase() === token ? token.toUpperCase() : token.toLowerCase()]) {
      const res = await agent.get(resultUrl(guess));
      expect(res.statusCode, guess).toBe(404);
      expect(res.body).toContain('Page non trouvée');
    }
    expect((await agent.get(`/autodiagnostic/${row!.id}/etape/1`)).statusCode).toBe(404);
    expect((await agent.get(`/autodiagnostic/${invented}`)).statusCode).toBe(404);
  });

  it('chaque autodiagnostic reçoit son propre lien de 32 caractères tirés au hasard (192 bits)', async () => {
    const tokens = new Set<string>();
    for (let i = 0; i < 20; i++) tokens.add(await start(new Agent(t.app)));
    expect(tokens.size).toBe(20);
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    // The page never shows the database id.
    const [one] = tokens;
    const [row] = await t.database.db.select({ id: assessments.id }).from(assessments).where(eq(assessments.token, one!));
    const page = await new Agent(t.app).get(`/autodiagnostic/${one}/entreprise`);
    expect(page.body).not.toContain(row!.id);
  });

  it('les pages d’un autodiagnostic ne sont ni gardées en cache ni indexées', async () => {
    const agent = new Agent(t.app);
    const token = await start(agent);
    const step = await agent.get(`/autodiagnostic/${token}/entreprise`);
    expect(step.headers['cache-control']).toBe('no-store');
    expect(step.headers['x-robots-tag']).toContain('noindex');
    await answerAll(agent, token);
    const result = await agent.get(resultUrl(token));
    expect(result.headers['cache-control']).toBe('no-store');
    expect(result.headers['x-robots-tag']).toContain('noindex');
  });
});
