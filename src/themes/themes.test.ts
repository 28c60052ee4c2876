import { describe, expect, it } from 'vitest';
import { isThemeSlug, THEMES, themeLabel } from './index.js';

describe('les thèmes partagés', () => {
  it('comptent les huit thèmes du glossaire, chacun avec un identifiant unique', () => {
    expect(THEMES).toHaveLength(8);
    expect(new Set(THEMES.map((t) => t.slug)).size).toBe(8);
  });
  it('un thème inconnu est reconnu comme tel', () => {
    expect(isThemeSlug('visibilite')).toBe(true);
    expect(isThemeSlug('<script>')).toBe(false);
    expect(themeLabel('international')).toBe('International (e-export)');
  });
});
