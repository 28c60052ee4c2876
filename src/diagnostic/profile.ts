import { SECTORS, type SectorCode } from '../sectors/index.js';

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

/** The 21 sections of the French activity classification (NAF rév. 2), shared with the activators. */
export const NAF_SECTIONS = SECTORS;
export type NafSection = SectorCode;

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
