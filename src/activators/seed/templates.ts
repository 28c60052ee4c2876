// The words demo activators use to present themselves: sentences chosen and combined per kind and
// per theme, so 20,000 profiles read differently and free-text search finds realistic words.
import type { ActivatorKind } from '../kinds.js';
import type { ThemeSlug } from '../../themes/index.js';

export type Pick = <T>(items: readonly T[]) => T;

const OPENINGS: Record<ActivatorKind, readonly string[]> = {
  conseiller: [
    '{Conseiller|Conseillère} numérique depuis {years} ans, j’accompagne les commerçants, artisans et indépendants de {place}.',
    'J’aide les petites entreprises de {place} et des environs à tirer parti des outils numériques, sans jargon.',
    '{Consultant indépendant installé|Consultante indépendante installée} à {place}, je travaille avec des TPE de tous les secteurs.',
    'Au sein de {structure}, je conseille les dirigeants de petites entreprises dans leurs projets numériques.',
    '{Ancien chef|Ancienne cheffe} d’entreprise, je mets mon expérience au service des TPE et PME de {place}.',
    'Je suis {revendeur et installateur|revendeuse et installatrice} informatique à {place} et j’accompagne mes clients au-delà du matériel.',
    '{Animateur|Animatrice} d’un fab lab à {place}, j’ouvre nos ateliers aux artisans qui veulent essayer avant d’investir.',
  ],
  conseiller_financement: [
    '{Chargé|Chargée} d’affaires à {structure}, je finance les projets de transformation numérique des petites entreprises.',
    'J’accompagne les dirigeants de {place} dans le montage financier de leurs investissements numériques.',
    '{Conseiller|Conseillère} en financement, j’aide les TPE à trouver le prêt, la garantie ou l’aide adaptés à leur projet.',
    'Au sein de {structure}, j’étudie les demandes de microcrédit des entrepreneurs qui veulent s’équiper.',
  ],
  championne: [
    'Je dirige une entreprise de {employees} salariés à {place} et je partage volontiers notre expérience.',
    'Il y a {years} ans, notre petite entreprise de {place} a pris le virage du numérique : je raconte comment.',
    'Chef d’entreprise à {place}, j’ai appris en faisant, et je veux éviter aux autres nos erreurs de départ.',
    'Notre commerce familial de {place} a changé de manière de travailler grâce au numérique.',
  ],
  offreur_solutions: [
    '{structure} édite des solutions simples pour les très petites entreprises.',
    'Nous proposons aux commerçants et artisans des outils en ligne prêts à l’emploi, sans installation.',
    '{structure} conçoit des logiciels pensés pour les indépendants et les petites équipes.',
    'Entreprise française installée à {place}, {structure} équipe plusieurs milliers de TPE.',
  ],
  institutionnel: [
    'Je coordonne l’action publique en faveur de la transformation numérique des entreprises du territoire.',
    'Au sein de {structure}, j’anime le réseau des acteurs qui accompagnent les entreprises.',
  ],
};

const THEME_SENTENCES: Record<ThemeSlug, readonly string[]> = {
  visibilite: [
    'Je vous aide à être trouvé en ligne : fiche d’établissement, site internet simple, avis clients.',
    'Création ou refonte de site internet, référencement local et présence sur les cartes en ligne.',
    'Nous travaillons votre visibilité sur internet et les réseaux sociaux, à votre rythme.',
  ],
  'vente-en-ligne': [
    'Vente en ligne, retrait en magasin, paiement sans contact : nous choisissons ensemble ce qui convient à votre activité.',
    'Mise en place d’une boutique en ligne et des moyens de paiement, de la prise de commande à la livraison.',
    'Place de marché ou boutique à vous : je vous aide à comparer et à vous lancer.',
  ],
  'relation-client': [
    'Fichier clients, lettre d’information, prise de rendez-vous en ligne : fidéliser sans y passer ses soirées.',
    'Gestion de la relation client et des avis, campagnes simples par courriel ou SMS.',
  ],
  gestion: [
    'Logiciel de caisse, devis et facturation, gestion des stocks et des réservations : on gagne du temps au quotidien.',
    'Préparation à la facturation électronique et choix d’un logiciel de gestion adapté.',
    'Dématérialisation des papiers, comptabilité et tableau de bord pour piloter l’activité.',
  ],
  'donnees-securite': [
    'Sauvegardes, mots de passe, sécurité du poste de travail : les bons réflexes contre les cyberattaques.',
    'Hébergement des données, conformité au RGPD et sécurité informatique des petites structures.',
  ],
  'strategie-competences': [
    'Diagnostic de maturité numérique, plan d’action et formation des équipes.',
    'Nous définissons ensemble les priorités numériques de l’entreprise et les compétences à développer.',
    'Je forme les dirigeants et les salariés aux outils collaboratifs et à l’organisation du travail.',
  ],
  international: [
    'Vendre à l’étranger : site multilingue, places de marché internationales et logistique.',
    'Accompagnement à l’export en ligne, des premières commandes aux questions douanières.',
  ],
  'numerique-responsable': [
    'Sobriété numérique : matériel reconditionné, hébergement raisonnable et réduction de l’empreinte du site.',
    'Numérique responsable et accessible : des outils utiles, durables et utilisables par tous.',
  ],
};

const CLOSINGS: Record<ActivatorKind, readonly string[]> = {
  conseiller: [
    'Le premier rendez-vous est gratuit et permet de faire le point sur vos besoins.',
    'J’interviens en entreprise ou à distance, avec des tarifs annoncés à l’avance.',
    'Si votre besoin dépasse mes compétences, je vous oriente vers le bon interlocuteur.',
  ],
  conseiller_financement: [
    'Un premier échange permet de voir quels financements correspondent à votre projet.',
    'Je travaille en lien avec les conseillers du territoire pour que votre projet soit solide.',
  ],
  championne: [
    'Je réponds volontiers aux questions des dirigeants qui hésitent à se lancer.',
    'Je peux vous recevoir pour vous montrer nos outils en situation réelle.',
  ],
  offreur_solutions: [
    'Nos offres et nos prix sont présentés sur notre site, avec un essai gratuit.',
    'Une équipe support basée en France répond à nos clients par téléphone et par courriel.',
  ],
  institutionnel: ['Je suis l’interlocuteur des activateurs du territoire pour les dispositifs publics.'],
};

const REFERENCES = [
  'Boulangerie du centre-ville (site et commande en ligne), cabinet d’architecture (sauvegardes), salon de coiffure (prise de rendez-vous).',
  'Une quarantaine d’entreprises accompagnées depuis trois ans, dont des commerces, des artisans du bâtiment et des restaurants.',
  'Fromagerie artisanale (vente en ligne), garage automobile (facturation), gîte rural (réservations).',
  'Plusieurs ateliers collectifs avec l’union des commerçants et la chambre de métiers.',
  'Caviste indépendant, fleuriste, librairie : mise en place de la caisse et du site marchand.',
];

export function presentationFor(
  pick: Pick,
  kind: ActivatorKind,
  themes: readonly ThemeSlug[],
  words: { place: string; structure: string; years: number; employees: number; feminine: boolean },
): string {
  // "{Conseiller|Conseillère}": the word agreeing with the person.
  const fill = (text: string) =>
    text
      .replace(/\{([^|{}]+)\|([^|{}]+)\}/g, (_m, masculine: string, feminine: string) => (words.feminine ? feminine : masculine))
      .replace('{place}', words.place)
      .replace('{structure}', words.structure)
      .replace('{years}', String(words.years))
      .replace('{employees}', String(words.employees));
  const sentences = [fill(pick(OPENINGS[kind])), ...themes.map((t) => pick(THEME_SENTENCES[t])), fill(pick(CLOSINGS[kind]))];
  return sentences.join(' ');
}

export function referencesFor(pick: Pick): string {
  return pick(REFERENCES);
}

/** Texts an operator's flags catch (all capitals, promotional, too short): a few pending files carry one. */
export const FLAWED_PRESENTATIONS = [
  'LE MEILLEUR CONSEIL NUMÉRIQUE DE LA RÉGION, CONTACTEZ-NOUS VITE',
  'Le meilleur accompagnement du marché !!! Résultats garantis !!! Ne ratez pas cette offre exceptionnelle !!!',
  'Conseil digital.',
  'Growth hacking, inbound marketing et scale-up de votre business via notre framework disruptif.',
];
