import { describe, expect, it } from 'vitest';
import { baseSlug, firstFreeSlug, slugifyName } from './slug.js';
import { KINDS } from './kinds.js';

describe('adresse des fiches publiques', () => {
  it('une personne a une fiche prenom-nom, sans accents ni apostrophes', () => {
    expect(baseSlug({ kind: 'conseiller', firstName: 'Élodie', lastName: "D'Aubigné-Lœw" })).toBe('elodie-d-aubigne-loew');
  });

  it('un offreur de solutions a une fiche au nom de son entreprise', () => {
    expect(baseSlug({ kind: 'offreur_solutions', firstName: 'Jean', lastName: 'Martin', structureName: 'Ça Marche & Cie' })).toBe(
      'ca-marche-cie',
    );
  });

  it('deux homonymes reçoivent des adresses distinctes numérotées -2, -3', () => {
    expect(firstFreeSlug('jean-martin', [])).toBe('jean-martin');
    expect(firstFreeSlug('jean-martin', ['jean-martin'])).toBe('jean-martin-2');
    expect(firstFreeSlug('jean-martin', ['jean-martin', 'jean-martin-2'])).toBe('jean-martin-3');
  });

  it('un nom sans lettre latine donne quand même une adresse', () => {
    expect(slugifyName('   ')).toBe('activateur');
  });
});

describe('règles par type d’activateur', () => {
  it('un offreur de solutions est listé, hors carte et sans contact', () => {
    expect(KINDS.offreur_solutions).toMatchObject({ inDirectory: true, onMap: false, contactable: false });
  });

  it('un activateur institutionnel n’apparaît jamais au public', () => {
    expect(KINDS.institutionnel).toMatchObject({ inDirectory: false, onMap: false, contactable: false, pageNamedAfter: null });
  });
});
