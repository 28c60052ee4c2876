import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { activatorJobHandlers } from '../../src/activators/index.js';
import type { CompanyRegistry } from '../../src/activators/registration/company-registry.js';
import { loadGeographyForTests } from '../../src/geo/index.js';
import { runDueJobs } from '../../src/jobs/index.js';
import type { AppContext } from '../../src/server/context.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { textOf } from '../accounts/support.js';
import { activatorOf, anOperator, aSubmittedFile } from './registration-support.js';

// With the network allowed (registry and website checks configured), a submission queues the
// background checks; their results show in the operators' flags. The outside world is faked here.

let t: TestApp;
let ctx: AppContext;
beforeAll(async () => {
  t = await createTestApp({ companyRegistry: 'recherche-entreprises', websiteCheck: true });
  await loadGeographyForTests(t.database.db, { departments: ['69'] });
  ctx = { config: t.config, db: t.database.db, engine: t.database.engine, clock: t.clock };
});
afterAll(() => t.close());

let lookups: string[];
beforeEach(() => {
  lookups = [];
});

function registryAnswering(name: string, closed: boolean): CompanyRegistry {
  return {
    online: true,
    async lookup(siret) {
      lookups.push(siret);
      return { status: 'found', company: { siret, name, addressLine: '1 RUE X', postalCode: '69002', communeCode: '69382', closed } };
    },
  };
}

/** A site whose home page links nowhere legal and one page that is gone. */
const poorSite = (async (input: string, init?: RequestInit) => {
  const path = new URL(input).pathname;
  if (path === '/') return new Response('<a href="/offre">Offre</a>', { status: 200 });
  return new Response(init?.method === 'HEAD' ? null : 'introuvable', { status: 404 });
}) as unknown as typeof globalThis.fetch;

/** The flags part of the review page only (the page also lists every problem an operator may tick). */
async function flagsOnReview(agent: { get(url: string): Promise<{ body: string }> }, id: string): Promise<string> {
  const text = textOf((await agent.get(`/operateur/activateurs/${id}`)).body);
  return text.slice(text.indexOf('Signalements automatiques'), text.indexOf('Le dossier'));
}

describe('les vérifications en arrière-plan d’un dossier envoyé', () => {
  it('le nom du répertoire, la fermeture de l’établissement et l’état du site apparaissent dans les signalements', async () => {
    const file = await aSubmittedFile(t);
    const operator = await anOperator(t);
    const before = await flagsOnReview(operator.agent, file.activator.id);
    expect(before).toContain('Site web non vérifié');
    expect(before).not.toContain('différent de celui du répertoire');

    const handlers = activatorJobHandlers(ctx, { registry: registryAnswering('BOULANGERIE MARTIN', true), website: true, fetch: poorSite });
    await runDueJobs({ db: t.database.db, clock: t.clock, handlers });
    expect(lookups).toEqual(['13002526500013']);
    expect((await activatorOf(t, file.email)).websiteCheck).toMatchObject({ status: 'problemes' });

    const after = await flagsOnReview(operator.agent, file.activator.id);
    expect(after).toContain('Nom de la structure différent de celui du répertoire des entreprises');
    expect(after).toContain('BOULANGERIE MARTIN');
    expect(after).toContain('Établissement fermé selon le répertoire des entreprises');
    expect(after).toContain('Aucun lien vers des mentions légales');
    expect(after).toContain('Liens cassés : /offre (404)');
    expect(after).not.toContain('Site web non vérifié');
  });

  it('quand le répertoire ne répond pas, la vérification est retentée plus tard et rien n’est signalé à tort', async () => {
    const file = await aSubmittedFile(t, {
      firstName: 'Louis',
      lastName: 'Patient',
      photoName: 'louis-patient.jpg',
      structure: { raison_sociale: 'La Poste', siret: '356 000 000 49837' },
    });
    const down: CompanyRegistry = {
      online: true,
      async lookup(siret) {
        lookups.push(siret);
        return { status: 'unknown', reason: 'injoignable' };
      },
    };
    await runDueJobs({ db: t.database.db, clock: t.clock, handlers: activatorJobHandlers(ctx, { registry: down, website: false }) });
    expect(lookups.length).toBeGreaterThan(0);
    const operator = await anOperator(t);
    const text = await flagsOnReview(operator.agent, file.activator.id);
    expect(text).not.toContain('différent de celui du répertoire');
    expect(text).toContain('Site web non vérifié');
    const again = await runDueJobs({ db: t.database.db, clock: t.clock, handlers: activatorJobHandlers(ctx, { registry: down, website: false }) });
    expect(again).toBe(0);
    t.clock.advance(60 * 60 * 1000);
    const later = await runDueJobs({ db: t.database.db, clock: t.clock, handlers: activatorJobHandlers(ctx, { registry: registryAnswering('LA POSTE', false), website: false }) });
    expect(later).toBeGreaterThan(0);
    expect(lookups.at(-1)).toBe('35600000049837');
    const checked = await flagsOnReview(operator.agent, file.activator.id);
    expect(checked).not.toContain('différent de celui du répertoire');
    expect(checked).not.toContain('Établissement fermé');
  });
});
