import { describe, expect, it } from 'vitest';
import { normaliseSearchText, slugify } from './normalize.js';

describe('la recherche de communes ignore accents, casse et ponctuation', () => {
  it('« St-Étienne », « SAINT ETIENNE » et « saint-étienne » se cherchent de la même façon', () => {
    expect(normaliseSearchText('St-Étienne')).toBe('saint etienne');
    expect(normaliseSearchText('SAINT ETIENNE')).toBe('saint etienne');
    expect(normaliseSearchText('  saint-étienne ')).toBe('saint etienne');
    expect(normaliseSearchText('Ste-Foy-lès-Lyon')).toBe('sainte foy les lyon');
  });

  it('les apostrophes, tirets et ligatures deviennent des espaces ou des lettres simples', () => {
    expect(normaliseSearchText("L'Isle-d'Abeau")).toBe('l isle d abeau');
    expect(normaliseSearchText('L’Haÿ-les-Roses')).toBe('l hay les roses');
    expect(normaliseSearchText('Œuilly')).toBe('oeuilly');
  });

  it('« lyon 3 », « Lyon 3e » et « Lyon 3ème » désignent le même arrondissement', () => {
    const stored = normaliseSearchText('Lyon 3e Arrondissement');
    expect(stored).toBe('lyon 3 arrondissement');
    for (const typed of ['lyon 3', 'Lyon 3e', 'Lyon 3ème', 'LYON 3EME']) expect(stored.startsWith(normaliseSearchText(typed))).toBe(true);
    expect(normaliseSearchText('Paris 1er Arrondissement')).toBe('paris 1 arrondissement');
  });

  it('un texte sans lettre ni chiffre ne cherche rien', () => {
    expect(normaliseSearchText(" -'- ")).toBe('');
  });
});

describe('les adresses des régions et départements', () => {
  it('sont en minuscules sans accent, mots séparés par des tirets', () => {
    expect(slugify("Provence-Alpes-Côte d'Azur")).toBe('provence-alpes-cote-d-azur');
    expect(slugify('Auvergne-Rhône-Alpes')).toBe('auvergne-rhone-alpes');
    expect(slugify('Île-de-France')).toBe('ile-de-france');
    expect(slugify("Côtes-d'Armor")).toBe('cotes-d-armor');
  });
});
