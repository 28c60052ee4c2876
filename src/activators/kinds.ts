// What visitors see of each kind of activator (issue 4's table, docs/glossary.md). Every page, query and
// API answer asks this table rather than comparing kind names, so the rules live in one place.
import { ACTIVATOR_KINDS, type ActivatorKind } from './schema.js';

export { ACTIVATOR_KINDS, type ActivatorKind };

export interface KindRules {
  kind: ActivatorKind;
  /** Singular label shown to visitors. */
  label: string;
  /** Plural label, for filters and counts. */
  pluralLabel: string;
  /** A marker on the directory's map. */
  onMap: boolean;
  /** Listed in the public directory, the regional pages and the public API. */
  inDirectory: boolean;
  /** A business can send them a contact request (the others get at most a "Découvrir les offres" link). */
  contactable: boolean;
  /** What the public page's slug is made from; null when there is no public page. */
  pageNamedAfter: 'person' | 'company' | null;
}

export const KINDS: Record<ActivatorKind, KindRules> = {
  conseiller: {
    kind: 'conseiller',
    label: 'Conseiller',
    pluralLabel: 'Conseillers',
    onMap: true,
    inDirectory: true,
    contactable: true,
    pageNamedAfter: 'person',
  },
  conseiller_financement: {
    kind: 'conseiller_financement',
    label: 'Conseiller financement',
    pluralLabel: 'Conseillers financement',
    onMap: true,
    inDirectory: true,
    contactable: true,
    pageNamedAfter: 'person',
  },
  championne: {
    kind: 'championne',
    label: 'TPE/PME championne',
    pluralLabel: 'TPE/PME championnes',
    onMap: true,
    inDirectory: true,
    contactable: true,
    pageNamedAfter: 'person',
  },
  offreur_solutions: {
    kind: 'offreur_solutions',
    label: 'Offreur de solutions',
    pluralLabel: 'Offreurs de solutions',
    onMap: false,
    inDirectory: true,
    contactable: false,
    pageNamedAfter: 'company',
  },
  institutionnel: {
    kind: 'institutionnel',
    label: 'Activateur institutionnel',
    pluralLabel: 'Activateurs institutionnels',
    onMap: false,
    inDirectory: false,
    contactable: false,
    pageNamedAfter: null,
  },
};

export function isActivatorKind(value: string): value is ActivatorKind {
  return (ACTIVATOR_KINDS as readonly string[]).includes(value);
}

export function kindLabel(kind: ActivatorKind): string {
  return KINDS[kind].label;
}

/** Kinds a visitor may see, in the order of the table (filters, API enum). */
export const DIRECTORY_KINDS = ACTIVATOR_KINDS.filter((k) => KINDS[k].inDirectory);
export const MAP_KINDS = ACTIVATOR_KINDS.filter((k) => KINDS[k].onMap);
export const CONTACTABLE_KINDS = ACTIVATOR_KINDS.filter((k) => KINDS[k].contactable);
