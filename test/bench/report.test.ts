import { describe, expect, it } from 'vitest';
import type { LoadResult } from '../../bench/load.js';
import { othersShare } from '../../bench/cpu.js';
import { pathRotation } from '../../bench/load.js';
import { checkTargets, speedTable, warnings, type RouteReport } from '../../bench/report.js';

function load(overrides: Partial<LoadResult> = {}): LoadResult {
  return {
    requestsPerSecond: 1000,
    p50: 10,
    p99: 40,
    responses: 10_000,
    non2xx: 0,
    errors: 0,
    timeouts: 0,
    statusCodes: { '200': 10_000 },
    durationSeconds: 10,
    ...overrides,
  };
}

const home = (l: LoadResult): RouteReport => ({
  name: 'home',
  path: '/',
  load: l,
  targets: [{ kind: 'ratio', of: 'baseline', min: 0.4 }],
});

describe('le verdict du banc', () => {
  it('une route atteint sa cible quand son débit rapporté à baseline la dépasse', () => {
    expect(checkTargets(home(load({ requestsPerSecond: 450 })), { baseline: 1000 })[0]!.pass).toBe(true);
    expect(checkTargets(home(load({ requestsPerSecond: 350 })), { baseline: 1000 })[0]!.pass).toBe(false);
  });

  it('des réponses non 2xx rapides ne comptent pas comme de la vitesse', () => {
    const notFound = load({ requestsPerSecond: 5000, non2xx: 50_000, statusCodes: { '404': 50_000 } });
    expect(checkTargets(home(notFound), { baseline: 1000 })[0]!.pass).toBe(false);
    expect(speedTable([home(notFound)], { baseline: 1000 })).toContain('NON-2XX');
    expect(warnings([home(notFound)]).join('\n')).toContain('404 × 50000');
  });

  it('une page trop lourde échoue à sa cible de poids', () => {
    const page: RouteReport = {
      ...home(load()),
      targets: [{ kind: 'weight', maxKb: 150 }],
      weight: {
        path: '/',
        html: { url: '/', bytes: 20_000, encoding: 'br', status: 200 },
        stylesheets: [{ url: '/a.css', bytes: 100_000, encoding: 'br', status: 200 }],
        scripts: [{ url: '/a.js', bytes: 40_000, encoding: 'br', status: 200 }],
        totalBytes: 160_000,
        fonts: [],
        fontBytes: 0,
        images: [],
        imageBytes: 0,
        legacyScripts: [],
        failures: [],
      },
    };
    expect(checkTargets(page, {})[0]).toMatchObject({ actual: 160, pass: false });
  });

  it('une cible de latence se juge au p99 mesuré à la charge qu’elle fixe, pas à saturation', () => {
    const result = (p99AtLoad: number): RouteReport => ({
      ...home(load({ p99: 400 })),
      latency: { ...load({ p99: p99AtLoad }), rate: 500 },
      targets: [{ kind: 'p99', maxMs: 50, atShareOfFloor: 0.5 }],
    });
    expect(checkTargets(result(42), {})[0]).toMatchObject({ label: 'p99 < 50 ms à 50 % de floor', actual: 42, pass: true });
    expect(checkTargets(result(65), {})[0]).toMatchObject({ actual: 65, pass: false });
    expect(speedTable([result(65)], {})).toContain('ÉCHEC');
    expect(speedTable([result(42)], {})).toContain('42,0 (500 req/s)');
  });

  it('une cible de latence sans mesure à charge fixe échoue', () => {
    const unmeasured: RouteReport = { ...home(load({ p99: 5 })), targets: [{ kind: 'p99', maxMs: 50, atShareOfFloor: 0.5 }] };
    expect(checkTargets(unmeasured, {})[0]).toMatchObject({ actual: null, pass: false });
  });

  it('un formulaire qui redirige (303) réussit ; tout autre statut est signalé', () => {
    const posted: RouteReport = {
      ...home(load({ expectedStatus: 303, non2xx: 3, statusCodes: { '303': 9_997, '400': 3 } })),
      latency: { ...load(), rate: 500 },
      targets: [{ kind: 'p99', maxMs: 100, atShareOfFloor: 0.5 }],
    };
    const lines = warnings([posted]).join('\n');
    expect(lines).toContain('autres que 303');
    expect(lines).toContain('400 × 3');
    expect(lines).not.toContain('303 ×');
    expect(checkTargets(posted, {})[0]!.pass).toBe(false);
  });

  it('les requêtes de recherche tournent sur toute la liste, sans répéter la même deux fois de suite', () => {
    const next = pathRotation({ describe: '3', paths: ['/a', '/b', '/c'] });
    expect([next(), next(), next(), next()]).toEqual(['/a', '/b', '/c', '/a']);
  });
});

describe('le bruit de la machine pendant une mesure', () => {
  it('la part des autres processus est le temps occupé qui n’est ni au banc ni au serveur', () => {
    const before = { total: 1000, busy: 400, ours: 300 };
    const after = { total: 2000, busy: 1300, ours: 900 };
    expect(othersShare(before, after)).toBeCloseTo(0.3);
    expect(othersShare(null, after)).toBeNull();
  });
});
