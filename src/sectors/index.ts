// The one list of sectors shared by the self-assessment (a business's sector, its comparison group)
// and the activators (the sectors they serve, a directory filter): the 21 sections of the French
// classification of activities (NAF rév. 2), with INSEE's official labels. The letter is what is stored.

export const SECTORS = [
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

export type SectorCode = (typeof SECTORS)[number]['code'];

const LABELS = new Map<string, string>(SECTORS.map((s) => [s.code, s.label]));

export function isSectorCode(value: string): value is SectorCode {
  return LABELS.has(value);
}

/** The label of a sector; an unknown code is shown as it is. */
export function sectorLabel(code: string): string {
  return LABELS.get(code) ?? code;
}
