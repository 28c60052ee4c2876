import { z } from 'zod';
import { isThemeSlug } from '../../themes/index.js';
import { isActivatorKind } from '../kinds.js';
import type { ActivatorKind } from '../schema.js';
import { isSectorCode } from '../../sectors/index.js';
import { checkSiret } from './siret.js';

// The registration file while it is being written: every section keeps what was typed (valid or
// not) in `activators.draft`, so an interrupted registration loses nothing. A section is "done"
// once its values passed the rules; the file can be sent when every section is done.

export const SECTIONS = ['personne', 'structure', 'activite', 'engagement'] as const;
export type SectionKey = (typeof SECTIONS)[number];

export const SECTION_TITLES: Record<SectionKey, string> = {
  personne: 'Vous',
  structure: 'Votre structure',
  activite: 'Votre activité',
  engagement: 'Charte et lettre d’engagement',
};

export interface PersonValues {
  prenom: string;
  nom: string;
  email: string;
  telephone: string;
}

export interface StructureValues {
  /** "existante": join a structure already known; "nouvelle": describe it. */
  choix: '' | 'existante' | 'nouvelle';
  structure_id: string;
  raison_sociale: string;
  siret: string;
  adresse: string;
  code_postal: string;
  commune: string;
  adresse_propre: boolean;
  adresse_perso: string;
  code_postal_perso: string;
  commune_perso: string;
  site_web: string;
  reseau_social: string;
  /** The communes found for the addresses (INSEE codes), once checked. */
  commune_code?: string | null;
  commune_code_perso?: string | null;
}

export interface ActivityValues {
  categorie: string;
  domaines: string[];
  secteurs: string[];
  territoire: string[];
  presentation: string;
  references: string;
  videos: string;
  lien_offre: string;
}

export interface EngagementValues {
  charte: boolean;
  signataire_nom: string;
  signataire_fonction: string;
}

export interface RegistrationDraft {
  personne?: PersonValues;
  structure?: StructureValues;
  activite?: ActivityValues;
  engagement?: EngagementValues;
  /** Sections whose values passed the rules when last saved. */
  done?: SectionKey[];
  /** Set when the charter was ticked: the version and the instant, kept as proof. */
  charter?: { version: string; acceptedAt: string };
}

export type Errors = Partial<Record<string, string>>;

export const MAX_THEMES = 3;
export const MAX_VIDEOS = 3;
export const PRESENTATION_MAX = 4000;
export const PRESENTATION_HARD_MIN = 50;

// ---- Reading a posted form: everything is text, missing means empty ----

const one = (v: unknown): string => (typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : '');
const many = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' && v ? [v] : []);
const text = (v: unknown, max = 500) => one(v).slice(0, max);

export function readPerson(body: Record<string, unknown>): PersonValues {
  return { prenom: text(body.prenom, 100), nom: text(body.nom, 100), email: text(body.email, 254), telephone: text(body.telephone, 30) };
}

export function readStructure(body: Record<string, unknown>): StructureValues {
  const choix = one(body.choix);
  return {
    choix: choix === 'existante' || choix === 'nouvelle' ? choix : '',
    structure_id: text(body.structure_id, 40),
    raison_sociale: text(body.raison_sociale, 200),
    siret: text(body.siret, 30),
    adresse: text(body.adresse, 200),
    code_postal: text(body.code_postal, 10),
    commune: text(body.commune, 100),
    adresse_propre: one(body.adresse_propre) === 'oui',
    adresse_perso: text(body.adresse_perso, 200),
    code_postal_perso: text(body.code_postal_perso, 10),
    commune_perso: text(body.commune_perso, 100),
    site_web: text(body.site_web, 500),
    reseau_social: text(body.reseau_social, 500),
  };
}

export function readActivity(body: Record<string, unknown>): ActivityValues {
  return {
    categorie: text(body.categorie, 40),
    domaines: many(body.domaines).slice(0, 20),
    secteurs: many(body.secteurs).slice(0, 30),
    territoire: many(body.territoire).slice(0, 120),
    presentation: text(body.presentation, PRESENTATION_MAX + 1000),
    references: text(body.references, 3000),
    videos: text(body.videos, 2000),
    lien_offre: text(body.lien_offre, 500),
  };
}

export function readEngagement(body: Record<string, unknown>): EngagementValues {
  return { charte: one(body.charte) === 'oui', signataire_nom: text(body.signataire_nom, 200), signataire_fonction: text(body.signataire_fonction, 200) };
}

// ---- The rules of each section ----

const emailSchema = z.string().trim().max(254).pipe(z.email());

/** 01 23 45 67 89, 01.23.45.67.89, +33 1 23 45 67 89: ten French digits once normalised. */
export function normalizePhone(raw: string): string | null {
  const compact = raw.replace(/[\s.\-()]/g, '');
  const national = compact.startsWith('+33') ? '0' + compact.slice(3) : compact.startsWith('0033') ? '0' + compact.slice(4) : compact;
  return /^0[1-9]\d{8}$/.test(national) ? national : null;
}

/** An http(s) address, or null when it is not one. */
export function normalizeUrl(raw: string): string | null {
  const trimmed = raw.trim();
  if (!trimmed) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
  try {
    const url = new URL(withScheme);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    if (!url.hostname.includes('.')) return null;
    return url.toString();
  } catch {
    return null;
  }
}

const URL_MESSAGE = 'Saisissez une adresse web complète, par exemple https://www.exemple.fr.';

export function personErrors(v: PersonValues): Errors {
  const errors: Errors = {};
  if (!v.prenom.trim()) errors.prenom = 'Saisissez votre prénom.';
  if (!v.nom.trim()) errors.nom = 'Saisissez votre nom.';
  if (!v.email.trim()) errors.email = 'Saisissez l’adresse électronique où les entreprises et l’équipe pourront vous écrire.';
  else if (!emailSchema.safeParse(v.email).success) errors.email = 'Saisissez une adresse électronique valide, par exemple nom@exemple.fr.';
  if (!v.telephone.trim()) errors.telephone = 'Saisissez un numéro de téléphone.';
  else if (!normalizePhone(v.telephone)) errors.telephone = 'Saisissez un numéro de téléphone français à 10 chiffres, par exemple 04 72 00 00 00.';
  return errors;
}

const POSTAL_CODE = /^\d{5}$/;

/** The rules that need no database; the commune and an existing structure are checked by the use case. */
export function structureErrors(v: StructureValues): Errors {
  const errors: Errors = {};
  if (v.choix === '') errors.choix = 'Choisissez une structure existante ou décrivez la vôtre.';
  if (v.choix === 'existante' && !z.uuid().safeParse(v.structure_id).success) {
    errors.structure_id = 'Choisissez votre structure dans les résultats de la recherche.';
  }
  if (v.choix === 'nouvelle') {
    if (v.raison_sociale.trim().length < 2) errors.raison_sociale = 'Saisissez le nom de la structure.';
    const siret = checkSiret(v.siret);
    if (!siret.ok) errors.siret = siret.message;
    if (!v.adresse.trim()) errors.adresse = 'Saisissez l’adresse de la structure (numéro et voie).';
    if (!POSTAL_CODE.test(v.code_postal.trim())) errors.code_postal = 'Saisissez le code postal à 5 chiffres, par exemple 69003.';
  }
  if (v.adresse_propre) {
    if (!v.adresse_perso.trim()) errors.adresse_perso = 'Saisissez l’adresse où vous recevez les entreprises.';
    if (!POSTAL_CODE.test(v.code_postal_perso.trim())) errors.code_postal_perso = 'Saisissez le code postal à 5 chiffres, par exemple 69003.';
  }
  if (v.site_web.trim() && !normalizeUrl(v.site_web)) errors.site_web = URL_MESSAGE;
  if (v.reseau_social.trim() && !normalizeUrl(v.reseau_social)) errors.reseau_social = URL_MESSAGE;
  return errors;
}

export function videoUrls(raw: string): string[] {
  return raw
    .split(/\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function activityErrors(v: ActivityValues, knownDepartments: ReadonlySet<string>): Errors {
  const errors: Errors = {};
  if (!isActivatorKind(v.categorie)) errors.categorie = 'Choisissez votre catégorie.';
  const themes = [...new Set(v.domaines)];
  if (themes.some((t) => !isThemeSlug(t))) errors.domaines = 'Un des domaines choisis n’existe pas : choisissez dans la liste.';
  else if (themes.length === 0) errors.domaines = 'Choisissez au moins un domaine d’intervention.';
  else if (themes.length > MAX_THEMES) {
    errors.domaines = `Vous avez choisi ${themes.length} domaines : choisissez-en ${MAX_THEMES} au plus, ceux où vous êtes le plus compétent. Les entreprises s’y retrouvent mieux.`;
  }
  if (v.secteurs.some((s) => !isSectorCode(s))) errors.secteurs = 'Un des secteurs choisis n’existe pas : choisissez dans la liste.';
  if (v.territoire.length === 0) errors.territoire = 'Choisissez au moins un département où vous intervenez.';
  else if (v.territoire.some((d) => !knownDepartments.has(d))) errors.territoire = 'Un des départements choisis n’existe pas : choisissez dans la liste.';
  const presentation = v.presentation.trim();
  if (presentation.length < PRESENTATION_HARD_MIN) {
    errors.presentation = `Présentez votre accompagnement en quelques phrases (au moins ${PRESENTATION_HARD_MIN} caractères) : ce que vous proposez, à qui, comment.`;
  } else if (presentation.length > PRESENTATION_MAX) {
    errors.presentation = `La présentation dépasse ${PRESENTATION_MAX} caractères (${presentation.length}) : raccourcissez-la.`;
  }
  const videos = videoUrls(v.videos);
  if (videos.length > MAX_VIDEOS) errors.videos = `Indiquez ${MAX_VIDEOS} vidéos au plus.`;
  else if (videos.some((u) => !normalizeUrl(u))) errors.videos = 'Une des adresses de vidéo n’est pas une adresse web complète (https://…).';
  if (v.lien_offre.trim() && !normalizeUrl(v.lien_offre)) errors.lien_offre = URL_MESSAGE;
  return errors;
}

export function engagementErrors(v: EngagementValues): Errors {
  const errors: Errors = {};
  if (!v.charte) errors.charte = 'Pour vous inscrire, acceptez la charte d’engagement.';
  if (!v.signataire_nom.trim()) errors.signataire_nom = 'Saisissez le nom de la personne qui signe la lettre pour la structure.';
  if (!v.signataire_fonction.trim()) errors.signataire_fonction = 'Saisissez sa fonction, par exemple « Directrice générale » ou « Gérant ».';
  return errors;
}

export function kindOf(draft: RegistrationDraft, fallback: ActivatorKind): ActivatorKind {
  const kind = draft.activite?.categorie ?? '';
  return isActivatorKind(kind) ? kind : fallback;
}

export function emptyStructure(): StructureValues {
  return {
    choix: '',
    structure_id: '',
    raison_sociale: '',
    siret: '',
    adresse: '',
    code_postal: '',
    commune: '',
    adresse_propre: false,
    adresse_perso: '',
    code_postal_perso: '',
    commune_perso: '',
    site_web: '',
    reseau_social: '',
  };
}
