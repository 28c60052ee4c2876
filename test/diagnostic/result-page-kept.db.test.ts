import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, csrfTokenIn } from '../support/agent.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { aResult, answerAll, insertResults, resultUrl, start, textOf } from './support.js';

// A visitor's result page is kept drawn until what it shows changes (src/server/rendered-pages.ts):
// these check, through the routes, that keeping it never shows a stale page or shares a token.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const others = (n: number) => Array.from({ length: n }, (_, i) => aResult().inSector('I').ofSize('1-9').scoring(i));

describe('la page du résultat gardée pour les visiteurs', () => {
  it('chaque visiteur reçoit son propre jeton, et chacun peut s’en servir', async () => {
    const [mine] = await insertResults(t.database.db, [aResult().scoring(60), ...others(5)]);
    const first = new Agent(t.app);
    const second = new Agent(t.app);
    const firstPage = await first.get(resultUrl(mine!));
    const secondPage = await second.get(resultUrl(mine!));
    expect(csrfTokenIn(firstPage.body)).not.toBe(csrfTokenIn(secondPage.body));
    // Every form of the page carries the visitor's own token.
    const tokens = new Set([...secondPage.body.matchAll(/name="_csrf" value="([^"]+)"/g)].map((m) => m[1]));
    expect(tokens).toEqual(new Set([csrfTokenIn(secondPage.body)]));
    // The first visitor's token is refused with the second's cookie: tokens are not shared.
    const crossed = await second.post(`${resultUrl(mine!)}/consentement`, { _csrf: csrfTokenIn(firstPage.body), consentement: 'oui', contactNom: 'Inès', contactEmail: 'ines@example.fr' });
    expect(crossed.statusCode).toBe(403);
    const own = await second.submit(resultUrl(mine!), `${resultUrl(mine!)}/consentement`, { consentement: 'oui', contactNom: 'Inès', contactEmail: 'ines@example.fr' });
    expect(own.statusCode).toBe(303);
  });

  it('une fois l’accord donné, tous les visiteurs du lien voient la page à jour', async () => {
    const [mine] = await insertResults(t.database.db, [aResult().scoring(40), ...others(5)]);
    const reader = new Agent(t.app);
    expect(textOf((await reader.get(resultUrl(mine!))).body)).toContain('Enregistrer mon choix');
    const owner = new Agent(t.app);
    await owner.submit(resultUrl(mine!), `${resultUrl(mine!)}/consentement`, { consentement: 'oui', contactNom: 'Inès', contactEmail: 'ines@example.fr' });
    const again = textOf((await reader.get(resultUrl(mine!))).body);
    expect(again).toContain('vous avez accepté d’être contacté');
    expect(again).not.toContain('Enregistrer mon choix');
  });

  it('la comparaison suit les résultats terminés depuis la dernière ouverture', async () => {
    const [mine] = await insertResults(t.database.db, [aResult().inSector('C').ofSize('10-49').scoring(90), ...others(40)]);
    const reader = new Agent(t.app);
    const before = textOf((await reader.get(resultUrl(mine!))).body);
    const total = Number(/des (\d+) entreprises qui ont fait l’autodiagnostic/.exec(before)![1]);
    const agent = new Agent(t.app);
    await answerAll(agent, await start(agent), 'worst');
    const after = textOf((await reader.get(resultUrl(mine!))).body);
    expect(after).toContain(`des ${total + 1} entreprises qui ont fait l’autodiagnostic`);
  });
});
