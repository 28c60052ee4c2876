// Everything on the legal pages that changes over time lives here, so a new audit, a new retention rule
// or a new cookie is one edit, reviewed in one place. Texts built from the configuration (operator, contact
// address, host) are in operator-facts.ts.

/** Dates are calendar days (YYYY-MM-DD), shown in French by `frenchDate`. */
export type CalendarDay = `${number}-${number}-${number}`;

export const ACCESSIBILITY_STATEMENT = {
  /** The day this statement was written or last revised. */
  statementDate: '2026-11-23' as CalendarDay,
  /** The day of the latest automated checks (axe-core) whose results this statement reports. */
  automatedChecksDate: '2026-11-23' as CalendarDay,
  rgaaVersion: '4.1.2',
  /** The full manual audit: null until it has been carried out, then its date, author and rate. */
  manualAudit: null as null | { date: CalendarDay; auditor: string; conformityRate: number },
  /** Non-conformities found so far, one sentence each (empty: none known). */
  nonConformities: [] as readonly string[],
  /** Contents announced before they exist, with the accessible alternative they will come with. */
  plannedAlternatives: [
    'La carte des activateurs sera toujours accompagnée de la liste des mêmes activateurs, avec leurs coordonnées, consultable sans la carte.',
    'Chaque graphique sera accompagné d’un tableau donnant les mêmes chiffres.',
  ] as readonly string[],
  technologies: ['HTML5', 'CSS', 'JavaScript, en amélioration facultative : chaque fonction du site reste utilisable sans JavaScript', 'WAI-ARIA'],
  automatedEnvironment: 'le navigateur Chromium (version stable de Debian), piloté par les tests automatisés du site',
  /** The combinations of the RGAA reference base, used for the manual audit. */
  manualEnvironment: [
    'NVDA (dernière version) avec Firefox',
    'JAWS (version précédente) avec Firefox',
    'VoiceOver (macOS, dernière version) avec Safari',
    'VoiceOver (iOS) avec Safari',
    'TalkBack (Android) avec Chrome',
  ],
  automatedTool: 'axe-core, exécuté par les tests automatisés du site sur chacune des pages vérifiées',
  manualChecks: [
    'navigation au clavier seul',
    'agrandissement du texte à 200 %',
    'consultation sans feuille de style et sans JavaScript',
    'restitution par les lecteurs d’écran de l’environnement de test',
    'inspecteur de code du navigateur et analyseur de contraste des couleurs',
  ],
  /** Paths of the pages checked; their names come from the site map. */
  auditedPages: [
    '/',
    '/accessibilite',
    '/mentions-legales',
    '/donnees-personnelles',
    '/plan-du-site',
    '/connexion',
    '/inscription',
  ],
} as const;

export const DEFENSEUR_DES_DROITS = {
  formUrl: 'https://formulaire.defenseurdesdroits.fr/',
  delegatesUrl: 'https://www.defenseurdesdroits.fr/carte-des-delegues',
  phone: '09 69 39 00 00',
  postalAddress: ['Défenseur des droits', 'Libre réponse 71120', '75342 Paris CEDEX 07'],
} as const;

export const CNIL = {
  name: 'Commission nationale de l’informatique et des libertés (CNIL)',
  complaintUrl: 'https://www.cnil.fr/fr/plaintes',
  postalAddress: ['CNIL', '3 place de Fontenoy', 'TSA 80715', '75334 Paris CEDEX 07'],
} as const;

export const LICENCES = {
  contents: { name: 'licence etalab-2.0', url: 'https://github.com/etalab/licence-ouverte/blob/master/LO.md' },
  code: { name: 'licence MIT', url: 'https://opensource.org/license/mit' },
  dsfrUrl: 'https://www.systeme-de-design.gouv.fr',
  /** Sources of the communes' data (INSEE's official geographic code, GeoNames' positions). */
  geography: {
    cog: { name: 'Code officiel géographique de l’Insee', url: 'https://www.insee.fr/fr/information/2560452', licence: 'Licence Ouverte' },
    geonames: { name: 'GeoNames', url: 'https://www.geonames.org', licence: 'CC BY 4.0', licenceUrl: 'https://creativecommons.org/licenses/by/4.0/deed.fr' },
  },
} as const;

/**
 * How long each kind of personal data is kept. The jobs that anonymise or delete data should read these
 * figures, so the page and the behaviour cannot drift apart.
 */
export const RETENTION = {
  contactRequestYearsAfterLastExchange: 3,
  anonymousAssessmentYears: 2,
  inactiveAccountYears: 2,
  inactiveAccountNoticeDays: 30,
  serverLogYears: 1,
} as const;

/** "1 an", "3 ans". */
export function years(count: number): string {
  return count === 1 ? '1 an' : `${count} ans`;
}

/** One kind of personal data the site keeps, as the personal data page explains it. */
export interface Processing {
  id: string;
  title: string;
  data: string;
  purpose: string;
  legalBasis: string;
  retention: string;
}

const PUBLIC_INTEREST = 'l’exécution d’une mission d’intérêt public (article 6.1.e du RGPD), celle d’aider les entreprises à réussir leur transition numérique.';

export const PROCESSINGS: readonly Processing[] = [
  {
    id: 'compte',
    title: 'Votre compte',
    data: 'votre adresse e-mail, votre prénom et votre nom, et une empreinte de votre mot de passe (le mot de passe lui-même n’est jamais enregistré).',
    purpose: 'vous identifier, protéger l’accès à votre espace et vous permettre d’y retrouver vos autodiagnostics et vos demandes.',
    legalBasis: PUBLIC_INTEREST,
    retention: `tant que vous utilisez votre compte. Après ${years(RETENTION.inactiveAccountYears)} sans connexion, nous vous prévenons par e-mail ; si vous ne vous reconnectez pas dans les ${RETENTION.inactiveAccountNoticeDays} jours, votre compte et les données qui y sont liées sont supprimés.`,
  },
  {
    id: 'demandes-de-contact',
    title: 'Vos demandes de contact à un activateur',
    data: 'votre nom, le nom de votre entreprise, son numéro SIRET, votre adresse e-mail, votre numéro de téléphone et la description de votre besoin.',
    purpose: 'transmettre votre demande à l’activateur que vous avez choisi, pour qu’il vous recontacte, et suivre sa prise en charge.',
    legalBasis: 'votre consentement (article 6.1.a du RGPD), puisque c’est vous qui demandez à être contacté. Vous pouvez le retirer à tout moment.',
    retention: `vos demandes sont anonymisées ${years(RETENTION.contactRequestYearsAfterLastExchange)} après le dernier échange avec l’activateur.`,
  },
  {
    id: 'autodiagnostics',
    title: 'Vos autodiagnostics',
    data: 'vos réponses au questionnaire et le profil de votre entreprise que vous renseignez (par exemple son secteur d’activité et sa taille) ; si vous acceptez d’être contacté par un activateur de votre territoire, votre nom et l’adresse e-mail ou le numéro de téléphone que vous indiquez, montrés seulement à l’activateur qui prend contact et effacés quand vous retirez votre accord.',
    purpose: 'calculer vos résultats, vous proposer des pistes adaptées et produire des statistiques qui ne permettent pas de vous identifier.',
    legalBasis: PUBLIC_INTEREST,
    retention: `un autodiagnostic fait sans compte est anonymisé ${years(RETENTION.anonymousAssessmentYears)} après avoir été rempli ; un autodiagnostic enregistré dans votre compte est conservé tant que le compte existe.`,
  },
  {
    id: 'activateurs',
    title: 'Les informations des activateurs',
    data: 'l’identité et les coordonnées professionnelles de l’activateur, sa structure de rattachement (nom, SIRET, adresse), sa photo et sa lettre d’engagement signée.',
    purpose: 'vérifier l’inscription, publier la fiche de l’activateur dans l’annuaire et lui transmettre les demandes des entreprises.',
    legalBasis: PUBLIC_INTEREST,
    retention: 'tant que l’activateur est inscrit ; ces informations sont supprimées avec son compte, selon les mêmes règles d’inactivité que tout compte.',
  },
  {
    id: 'donnees-techniques',
    title: 'Les données techniques',
    data: 'un cookie de session, un cookie de sécurité des formulaires (CSRF), un cookie de message, et les journaux du serveur (adresse IP, date et heure, page demandée, navigateur utilisé).',
    purpose: 'faire fonctionner le site, le protéger contre les attaques et comprendre les pannes.',
    legalBasis: 'l’exécution d’une mission d’intérêt public et l’obligation d’assurer la sécurité des données (articles 6.1.e et 32 du RGPD).',
    retention: `les cookies, comme indiqué dans la partie « Cookies » ci-dessous ; les journaux du serveur, ${years(RETENTION.serverLogYears)} au plus.`,
  },
];

/**
 * What a signed-in user can do alone on their account page. The personal data page only promises what
 * is true: the accounts domain switches these on when it ships the download and the deletion.
 */
export const ACCOUNT_SELF_SERVICE = {
  href: '/mon-compte',
  viewDetails: true,
  downloadData: true,
  deleteAccount: true,
} as const;

export const PERSONAL_DATA_UPDATED: CalendarDay = '2026-11-23';
export const LEGAL_NOTICE_UPDATED: CalendarDay = '2026-11-23';

/** The only cookies the site sets: all strictly necessary, so no consent banner is shown. */
export const COOKIES: readonly { name: string; purpose: string; lifetime: string }[] = [
  {
    name: 'Cookie de session',
    purpose: 'Vous garder connecté d’une page à l’autre une fois identifié.',
    lifetime: 'Jusqu’à votre déconnexion ou l’expiration de la session.',
  },
  {
    name: 'Cookie de sécurité des formulaires (CSRF)',
    purpose: 'Vérifier qu’un formulaire envoyé vient bien de ce site et non d’un site malveillant.',
    lifetime: 'Jusqu’à la fermeture de votre navigateur.',
  },
  {
    name: 'Cookie de message',
    purpose: 'Afficher une seule fois un message de confirmation après l’envoi d’un formulaire.',
    lifetime: '1 minute au plus ; il est effacé dès que le message est affiché.',
  },
];

const MONTHS = [
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin',
  'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
];

/** "1er novembre 2026", "23 novembre 2026": written out as French legal texts do. */
export function frenchDate(day: CalendarDay): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return `${date === 1 ? '1er' : date} ${MONTHS[month - 1]} ${year}`;
}
