// The one list of themes shared by the self-assessment, the activators' domains, content and aids
// (docs/glossary.md). Slugs are stable identifiers used in URLs, the database and the API.

export const THEMES = [
  { slug: 'visibilite', label: 'Visibilité en ligne' },
  { slug: 'vente-en-ligne', label: 'Vente en ligne et paiement' },
  { slug: 'relation-client', label: 'Relation client et marketing' },
  { slug: 'gestion', label: 'Gestion (stocks, commandes, caisse, réservation, facturation)' },
  { slug: 'donnees-securite', label: 'Données, hébergement et cybersécurité' },
  { slug: 'strategie-competences', label: 'Compétences, organisation et stratégie numérique' },
  { slug: 'international', label: 'International (e-export)' },
  { slug: 'numerique-responsable', label: 'Numérique responsable' },
] as const;

export type ThemeSlug = (typeof THEMES)[number]['slug'];

export const THEME_SLUGS = THEMES.map((t) => t.slug) as [ThemeSlug, ...ThemeSlug[]];

const LABELS = new Map<string, string>(THEMES.map((t) => [t.slug, t.label]));

export function isThemeSlug(value: string): value is ThemeSlug {
  return LABELS.has(value);
}

export function themeLabel(slug: ThemeSlug): string {
  return LABELS.get(slug)!;
}
