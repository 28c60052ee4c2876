// The company profile asked before the themes. These lists are classifications, not questionnaire
// content: they stay the same across questionnaire versions so that results of different versions
// can be compared by sector and size band.

/** Employee size bands (salariés), the ones used by the French statistics on small businesses. */
export const SIZE_BANDS = [
  { code: '0', label: 'Aucun salarié', hint: 'Vous travaillez seul ou entre associés' },
  { code: '1-9', label: 'De 1 à 9 salariés' },
  { code: '10-49', label: 'De 10 à 49 salariés' },
  { code: '50-249', label: 'De 50 à 249 salariés' },
] as const;
export type SizeBand = (typeof SIZE_BANDS)[number]['code'];

/** The 21 sections of the French activity classification (NAF rév. 2), with INSEE's official labels. */
export const NAF_SECTIONS = [
  { code: 'A', label: 'Agriculture, sylviculture et pêche' },
  { code: 'B', label: 'Industries extractives' },
  { code: 'C', label: 'Industrie manufacturière' },
  { code: 'D', label: 'Production et distribution d’électricité, de gaz, de vapeur et d’air conditionné' },
  { code: 'E', label: 'Production et distribution d’eau ; assainissement, gestion des déchets et dépollution' },
  { code: 'F', label: 'Construction' },
  { code: 'G', label: 'Commerce ; réparation d’automobiles et de motocycles' },
  { code: 'H', label: 'Transports et entreposage' },
  { code: 'I', label: 'Hébergement et restauration' },
  { code: 'J', label: 'Information et communication' },
  { code: 'K', label: 'Activités financières et d’assurance' },
  { code: 'L', label: 'Activités immobilières' },
  { code: 'M', label: 'Activités spécialisées, scientifiques et techniques' },
  { code: 'N', label: 'Activités de services administratifs et de soutien' },
  { code: 'O', label: 'Administration publique' },
  { code: 'P', label: 'Enseignement' },
  { code: 'Q', label: 'Santé humaine et action sociale' },
  { code: 'R', label: 'Arts, spectacles et activités récréatives' },
  { code: 'S', label: 'Autres activités de services' },
  {
    code: 'T',
    label:
      'Activités des ménages en tant qu’employeurs ; activités indifférenciées des ménages en tant que producteurs de biens et services pour usage propre',
  },
  { code: 'U', label: 'Activités extra-territoriales' },
] as const;
export type NafSection = (typeof NAF_SECTIONS)[number]['code'];

export const CUSTOMER_TYPES = [
  { code: 'particuliers', label: 'Surtout des particuliers' },
  { code: 'professionnels', label: 'Surtout des professionnels', hint: 'Entreprises, associations, administrations' },
  { code: 'les-deux', label: 'Les deux' },
] as const;
export type CustomerType = (typeof CUSTOMER_TYPES)[number]['code'];

export const COMPANY_AGES = [
  { code: 'moins-1-an', label: 'Moins d’un an', hint: 'Ou en cours de création' },
  { code: '1-3-ans', label: 'De 1 à 3 ans' },
  { code: '3-10-ans', label: 'De 3 à 10 ans' },
  { code: 'plus-10-ans', label: 'Plus de 10 ans' },
] as const;
export type CompanyAge = (typeof COMPANY_AGES)[number]['code'];

export interface CompanyProfile {
  sizeBand: SizeBand;
  sector: NafSection;
  customerType: CustomerType;
  postalCode: string;
  companyAge: CompanyAge;
}

/** The form field of each profile answer (French, as the visitor's browser sends them). */
export const PROFILE_FIELDS = {
  sizeBand: 'taille',
  sector: 'secteur',
  customerType: 'clientele',
  postalCode: 'codePostal',
  companyAge: 'anciennete',
} as const satisfies Record<keyof CompanyProfile, string>;

function labelIn(list: readonly { code: string; label: string }[], code: string | null | undefined): string | undefined {
  return list.find((item) => item.code === code)?.label;
}

export const sizeBandLabel = (code: string | null | undefined) => labelIn(SIZE_BANDS, code);
export const sectorLabel = (code: string | null | undefined) => labelIn(NAF_SECTIONS, code);
export const customerTypeLabel = (code: string | null | undefined) => labelIn(CUSTOMER_TYPES, code);
export const companyAgeLabel = (code: string | null | undefined) => labelIn(COMPANY_AGES, code);
