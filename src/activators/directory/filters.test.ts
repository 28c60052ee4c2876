import { describe, expect, it } from 'vitest';
import { filtersQueryString, parseFilters, rawFilters } from './filters.js';
import { formatDistance } from './present.js';

describe('les filtres de l’annuaire', () => {
  it('un paramètre refusé garde son message et n’empêche pas les autres filtres', () => {
    const { filters, errors } = parseFilters(rawFilters({ lieu: '69003', rayon: '250', theme: 'gestion', type: 'institutionnel' }));
    expect(errors.rayon).toBe('Le rayon doit être compris entre 1 et 200 km.');
    expect(errors.type).toMatch(/Type d’accompagnement inconnu/);
    expect(filters).toMatchObject({ place: '69003', theme: 'gestion', radiusKm: 30 });
  });

  it('un secteur saisi en minuscule est compris', () => {
    expect(parseFilters(rawFilters({ secteur: 'g' })).filters.sector).toBe('G');
  });

  it('une adresse partagée ne garde que les filtres renseignés, dans un ordre stable', () => {
    const raw = rawFilters({ q: 'caisse', theme: '', lieu: 'Lyon', page: '1' });
    expect(filtersQueryString(raw)).toBe('?lieu=Lyon&q=caisse');
    expect(filtersQueryString(raw, { page: '3' })).toBe('?lieu=Lyon&q=caisse&page=3');
  });

  it('la distance est donnée à la précision qu’elle mérite', () => {
    expect(formatDistance(0)).toBe('à moins d’1 km');
    expect(formatDistance(3.46)).toBe('à 3,5 km');
    expect(formatDistance(27.4)).toBe('à 27 km');
  });
});
