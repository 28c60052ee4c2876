import type { ActivatorKind, WebsiteCheck } from '../schema.js';
import { checkSiret } from '../registration/siret.js';

// Automatic flags for the errors most often seen in the real programme's files. They help the
// operator read a file; they decide nothing. Each is a plain rule on the file's text, so an operator
// can tell why it was raised (the detail says what was found).

export interface FileForReview {
  firstName: string;
  lastName: string;
  kind: ActivatorKind;
  themes: string[];
  presentation: string;
  clientReferences: string;
  offerUrl: string | null;
  website: string | null;
  websiteCheck: WebsiteCheck | null;
  photoOriginalName: string | null;
  communeCode: string | null;
  signatoryName: string | null;
  signatoryRole: string | null;
  structure: { name: string; siret: string; registryName: string | null; registryClosed: boolean | null } | null;
}

export const FLAG_CODES = [
  'siret_invalide',
  'nom_registre_different',
  'etablissement_ferme',
  'adresse_non_geocodee',
  'pas_de_personne',
  'pas_de_lien_offre',
  'site_non_verifie',
  'site_a_revoir',
  'lettre_signee_par_activateur',
  'plus_de_3_domaines',
  'photo_mal_nommee',
  'presentation_majuscules',
  'presentation_promotionnelle',
  'presentation_jargon',
  'presentation_trop_courte',
  'categorie_douteuse',
] as const;
export type FlagCode = (typeof FLAG_CODES)[number];

export interface Flag {
  code: FlagCode;
  label: string;
  detail?: string;
}

/** The labels, also used as the list of problems an operator can tick when asking for corrections. */
export const FLAG_LABELS: Record<FlagCode, string> = {
  siret_invalide: 'SIRET invalide',
  nom_registre_different: 'Nom de la structure différent de celui du répertoire des entreprises',
  etablissement_ferme: 'Établissement fermé selon le répertoire des entreprises',
  adresse_non_geocodee: 'Adresse non géocodée',
  pas_de_personne: 'Pas de personne physique nommée',
  pas_de_lien_offre: 'Pas de lien vers l’offre',
  site_non_verifie: 'Site web non vérifié',
  site_a_revoir: 'Site web sans mentions légales ou avec des liens cassés',
  lettre_signee_par_activateur: 'Lettre d’engagement signée par l’activateur plutôt que par le dirigeant de la structure',
  plus_de_3_domaines: 'Plus de 3 domaines d’intervention',
  photo_mal_nommee: 'Nom du fichier photo sans le nom de la personne ni de la structure',
  presentation_majuscules: 'Présentation en majuscules',
  presentation_promotionnelle: 'Présentation au style publicitaire',
  presentation_jargon: 'Présentation avec anglicismes ou jargon',
  presentation_trop_courte: 'Présentation trop courte pour comprendre l’offre',
  categorie_douteuse: 'Catégorie probablement erronée',
};

/** Lower case, no accents, words only: "Société Dupont & Fils" → "societe dupont fils". */
export function plain(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const LEGAL_FORMS = new Set(['sa', 'sas', 'sasu', 'sarl', 'eurl', 'sci', 'scop', 'scic', 'snc', 'ei', 'eirl', 'gie', 'selarl', 'et', 'de', 'la', 'le', 'les', 'du', 'des', 'l', 'd']);

function significantWords(text: string): string[] {
  return plain(text)
    .split(' ')
    .filter((w) => w.length > 1 && !LEGAL_FORMS.has(w));
}

/** Two names of one organisation share at least one significant word ("CCI Lyon" / "CHAMBRE … CCI LYON METROPOLE"). */
export function namesMatch(a: string, b: string): boolean {
  const left = new Set(significantWords(a));
  const right = significantWords(b);
  if (left.size === 0 || right.length === 0) return true;
  return right.some((w) => left.has(w)) || plain(a).replace(/ /g, '') === plain(b).replace(/ /g, '');
}

const COMPANY_WORDS = new Set([
  'sas', 'sasu', 'sarl', 'eurl', 'sa', 'sci', 'scop', 'association', 'cabinet', 'agence', 'societe', 'groupe', 'group',
  'consulting', 'conseil', 'conseils', 'solutions', 'digital', 'services', 'service', 'cci', 'cma', 'entreprise',
  'entreprises', 'company', 'ltd', 'inc', 'web', 'informatique', 'formation', 'communication', 'studio', 'lab', 'team',
  'equipe', 'contact', 'accueil', 'direction', 'service', 'chambre', 'banque', 'region', 'mairie',
]);

/** "Agence Web Conseil" or "Contact" as a name: nobody in particular is named. */
export function looksLikeCompanyName(firstName: string, lastName: string, structureName: string | null): boolean {
  const words = [...plain(firstName).split(' '), ...plain(lastName).split(' ')].filter(Boolean);
  if (words.length === 0) return true;
  if (words.some((w) => COMPANY_WORDS.has(w))) return true;
  if (plain(firstName) === plain(lastName)) return true;
  if (structureName && plain(`${firstName} ${lastName}`) === plain(structureName)) return true;
  if (structureName && plain(lastName) === plain(structureName) && significantWords(structureName).length > 0) return true;
  return false;
}

const SUPERLATIVES = [
  'meilleur', 'meilleure', 'meilleurs', 'meilleures', 'n 1', 'numero 1', 'numero un', 'leader', 'incontournable',
  'exceptionnel', 'exceptionnelle', 'revolutionnaire', 'incroyable', 'imbattable', 'le plus', 'la plus', 'les plus',
  'unique en france', 'extraordinaire', 'ultime', 'sans egal', 'garanti', 'garantis', 'top',
];

const JARGON = [
  'growth', 'hacking', 'booster', 'boostez', 'boost', 'disruptif', 'disruptive', 'disruption', 'scalable', 'scaler',
  'leads', 'lead', 'funnel', 'roi', 'best in class', 'game changer', 'synergie', 'synergies', 'storytelling', 'inbound',
  'outbound', 'onboarding', 'mindset', 'empower', 'business', 'win win', 'workflow', 'digitalisation', 'digital',
  'digitale', 'digitaux', 'marketing automation', 'customer', 'experience client 360', 'data driven', 'agile',
  'pure player', 'brand content', 'benchmark', 'process', 'deep dive', 'quick win', 'quick wins', 'asap', 'kpi', 'kpis',
];

const PRODUCT_WORDS = [
  'notre logiciel', 'notre solution', 'notre plateforme', 'notre application', 'nos produits', 'notre produit', 'abonnement',
  'licence', 'par mois', 'mois ht', 'essai gratuit', 'saas', 'tarif', 'tarifs', 'offre premium', 'module', 'modules',
];
const ADVICE_WORDS = ['accompagne', 'accompagnement', 'diagnostic', 'conseil', 'conseille', 'formation', 'j aide', 'nous aidons', 'audit'];

function countPhrases(text: string, phrases: string[]): string[] {
  const padded = ` ${plain(text)} `;
  return phrases.filter((p) => padded.includes(` ${p} `));
}

/** Under this many characters a presentation cannot say what is offered, to whom and how. */
export const PRESENTATION_MIN_LENGTH = 200;

export function presentationFlags(text: string): Flag[] {
  const flags: Flag[] = [];
  const letters = text.replace(/[^A-Za-zÀ-ÖØ-öø-ÿ]/g, '');
  const upper = letters.replace(/[^A-ZÀ-ÖØ-Þ]/g, '');
  if (letters.length >= 20 && upper.length / letters.length > 0.5) {
    flags.push({ code: 'presentation_majuscules', label: FLAG_LABELS.presentation_majuscules, detail: `${Math.round((100 * upper.length) / letters.length)} % de majuscules` });
  }
  const bangs = (text.match(/!/g) ?? []).length;
  const superlatives = countPhrases(text, SUPERLATIVES);
  if (bangs >= 3 || superlatives.length >= 2) {
    const parts = [bangs ? `${bangs} point${bangs > 1 ? 's' : ''} d’exclamation` : '', superlatives.length ? `superlatifs : ${superlatives.join(', ')}` : ''].filter(Boolean);
    flags.push({ code: 'presentation_promotionnelle', label: FLAG_LABELS.presentation_promotionnelle, detail: parts.join(' ; ') });
  }
  const jargon = countPhrases(text, JARGON);
  if (jargon.length >= 3) {
    flags.push({ code: 'presentation_jargon', label: FLAG_LABELS.presentation_jargon, detail: jargon.join(', ') });
  }
  const length = text.trim().length;
  if (length < PRESENTATION_MIN_LENGTH) {
    flags.push({ code: 'presentation_trop_courte', label: FLAG_LABELS.presentation_trop_courte, detail: `${length} caractères (au moins ${PRESENTATION_MIN_LENGTH} attendus)` });
  }
  return flags;
}

function categoryFlag(kind: ActivatorKind, text: string): Flag | null {
  const product = countPhrases(text, PRODUCT_WORDS);
  const advice = countPhrases(text, ADVICE_WORDS);
  if ((kind === 'conseiller' || kind === 'conseiller_financement') && product.length >= 2) {
    return { code: 'categorie_douteuse', label: FLAG_LABELS.categorie_douteuse, detail: `Conseiller qui décrit des produits (${product.join(', ')}) : plutôt un offreur de solutions ?` };
  }
  if (kind === 'offreur_solutions' && product.length === 0 && advice.length >= 2) {
    return { code: 'categorie_douteuse', label: FLAG_LABELS.categorie_douteuse, detail: `Offreur de solutions qui décrit du conseil (${advice.join(', ')}) sans produit : plutôt un conseiller ?` };
  }
  return null;
}

function samePerson(a: string, b: string): boolean {
  const words = (s: string) => plain(s).split(' ').filter(Boolean).sort().join(' ');
  return words(a) !== '' && words(a) === words(b);
}

function photoNameMentions(fileName: string, names: string[]): boolean {
  const base = plain(fileName.replace(/\.[a-z0-9]+$/i, '')).replace(/ /g, '');
  return names
    .flatMap((n) => significantWords(n))
    .filter((w) => w.length >= 3)
    .some((w) => base.includes(w));
}

export function flagsFor(file: FileForReview): Flag[] {
  const flags: Flag[] = [];
  const push = (code: FlagCode, detail?: string) => flags.push({ code, label: FLAG_LABELS[code], ...(detail ? { detail } : {}) });
  const s = file.structure;
  if (s) {
    const siret = checkSiret(s.siret);
    if (!siret.ok) push('siret_invalide', siret.message);
    if (s.registryName && !namesMatch(s.name, s.registryName)) push('nom_registre_different', `Saisi : « ${s.name} » ; répertoire : « ${s.registryName} »`);
    if (s.registryClosed) push('etablissement_ferme');
  }
  if (!file.communeCode) push('adresse_non_geocodee');
  if (looksLikeCompanyName(file.firstName, file.lastName, s?.name ?? null)) push('pas_de_personne', `Nom saisi : « ${file.firstName} ${file.lastName} »`);
  if (file.kind !== 'institutionnel' && !file.offerUrl?.trim()) push('pas_de_lien_offre');
  if (!file.websiteCheck) push('site_non_verifie', file.website ? undefined : 'Aucun site web indiqué');
  else if (file.websiteCheck.status !== 'ok') push('site_a_revoir', file.websiteCheck.problems.join(' ; ') || 'Site injoignable');
  if (file.signatoryName && samePerson(file.signatoryName, `${file.firstName} ${file.lastName}`)) {
    push('lettre_signee_par_activateur', file.signatoryRole ? `Fonction déclarée : ${file.signatoryRole}` : undefined);
  }
  if (file.themes.length > 3) push('plus_de_3_domaines', `${file.themes.length} domaines`);
  if (file.photoOriginalName && !photoNameMentions(file.photoOriginalName, [file.firstName, file.lastName, s?.name ?? ''])) {
    push('photo_mal_nommee', `Fichier : « ${file.photoOriginalName} »`);
  }
  flags.push(...presentationFlags(file.presentation));
  const category = categoryFlag(file.kind, file.presentation);
  if (category) flags.push(category);
  return flags;
}
