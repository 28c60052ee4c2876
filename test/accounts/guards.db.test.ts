import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireRole, requireUser } from '../../src/accounts/index.js';
import { buildApp } from '../../src/server/app.js';
import { FixedClock } from '../../src/server/clock.js';
import { testConfig } from '../../src/server/config.js';
import { Agent } from '../support/agent.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import type { TestApp } from '../support/app.js';
import { aUser, codeFor, logIn, secretOnPage, textOf } from './support.js';
import { csrfTokenIn } from '../support/agent.js';

// An app with routes of another domain guarded by the accounts domain's guards.
let t: TestApp;
let app: FastifyInstance;
let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  const clock = new FixedClock();
  const config = testConfig();
  app = await buildApp({ config, database, clock });
  app.get('/espace-operateurs/essai', { preHandler: requireRole('operateur') }, async () => 'réservé aux opérateurs');
  app.get('/chiffres-regionaux/essai', { preHandler: requireRole('operateur', 'partenaire') }, async (request) => {
    return `région ${request.currentUser!.regionCode ?? 'toutes'}`;
  });
  app.get('/espace-connecte/essai', { preHandler: requireUser() }, async (request) => `bonjour ${request.currentUser!.displayName}`);
  await app.ready();
  t = { app, database, clock, config, close: async () => {} };
});
afterAll(async () => {
  await app.close();
  await database.close();
});

describe('gardes de rôle', () => {
  it('un visiteur est envoyé vers la connexion, avec un retour vers la page demandée', async () => {
    const res = await new Agent(app).get('/espace-operateurs/essai?onglet=2');
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/connexion?retour=%2Fespace-operateurs%2Fessai%3Fonglet%3D2');
  });

  it('une entreprise connectée reçoit une page 403 en français au style DSFR', async () => {
    const user = await aUser(t);
    const agent = new Agent(app);
    await logIn(agent, user.email, user.password);
    const res = await agent.get('/espace-operateurs/essai');
    expect(res.statusCode).toBe(403);
    expect(res.body).toContain('<title>Accès refusé — Abeille</title>');
    expect(res.body).toContain('fr-header');
    expect((await agent.get('/espace-connecte/essai')).body).toBe('bonjour Camille Martin');
  });

  it('un opérateur pleinement authentifié passe ; un partenaire régional voit sa région', async () => {
    const operator = await aUser(t, { role: 'operateur', password: 'une ruche bien gardée' });
    const agent = new Agent(app);
    const login = await logIn(agent, operator.email, operator.password, '/espace-operateurs/essai');
    const page = await agent.get(String(login.headers.location));
    const enrolled = await agent.post('/mon-compte/double-authentification', {
      _csrf: csrfTokenIn(page.body),
      code: codeFor(secretOnPage(page.body), t.clock),
      retour: '/espace-operateurs/essai',
    });
    expect(enrolled.headers.location).toBe('/espace-operateurs/essai');
    const res = await agent.get('/espace-operateurs/essai');
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe('réservé aux opérateurs');

    const partner = await aUser(t, { role: 'partenaire', regionCode: '84' });
    const partnerAgent = new Agent(app);
    await logIn(partnerAgent, partner.email, partner.password);
    expect((await partnerAgent.get('/chiffres-regionaux/essai')).body).toBe('région 84');
    expect((await partnerAgent.get('/espace-operateurs/essai')).statusCode).toBe(403);
  });

  it('la page des courriels des opérateurs refuse une entreprise (403) et renvoie un visiteur vers la connexion', async () => {
    expect((await new Agent(app).get('/operateur/courriels')).headers.location).toBe('/connexion?retour=%2Foperateur%2Fcourriels');
    const user = await aUser(t);
    const agent = new Agent(app);
    await logIn(agent, user.email, user.password);
    const res = await agent.get('/operateur/courriels');
    expect(res.statusCode).toBe(403);
    expect(textOf(res.body)).toContain('Accès refusé');
  });
});
