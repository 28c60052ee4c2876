/**
 * What autocomplete matches: lower case, no accents, ligatures spelled out, every run of
 * punctuation (hyphen, apostrophe, dot…) as one space, the usual abbreviations spelled out
 * ("St-Étienne" → "saint etienne") and ordinals reduced to their number ("3e", "1er", "3ème" → "3"),
 * so "lyon 3", "Lyon 3e" and "Lyon 3ème" all reach "Lyon 3e Arrondissement".
 * The same function builds the stored search_name and the searched text: both sides always agree.
 */
export function normaliseSearchText(input: string): string {
  const plain = input
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  if (!plain) return '';
  return plain
    .split(' ')
    .map((word) => ABBREVIATIONS[word] ?? word.replace(ORDINAL, '$1'))
    .join(' ');
}

const ABBREVIATIONS: Record<string, string> = { st: 'saint', ste: 'sainte', sts: 'saints', stes: 'saintes' };
const ORDINAL = /^(\d+)(?:er|re|e|eme|ieme|em)$/;

/** A URL segment from a French name: "Provence-Alpes-Côte d'Azur" → "provence-alpes-cote-d-azur". */
export function slugify(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
