import { describe, expect, it } from 'vitest';
import { flagsFor, type FileForReview } from './flags.js';

const GOOD_PRESENTATION =
  'Conseillère numérique à la CCI, j’aide les commerçants et artisans du Rhône à choisir un site internet, à vendre en ligne et à sécuriser leurs données. ' +
  'Je fais un premier diagnostic gratuit dans l’entreprise, puis je propose un plan d’action simple et je les oriente vers les aides existantes.';

/** A file an operator would approve without a remark; each test spoils one thing. */
function aGoodFile(changes: Partial<FileForReview> = {}): FileForReview {
  return {
    firstName: 'Camille',
    lastName: 'Durand',
    kind: 'conseiller',
    themes: ['visibilite', 'vente-en-ligne'],
    presentation: GOOD_PRESENTATION,
    clientReferences: 'Boulangerie Martin, Garage du Centre',
    offerUrl: 'https://www.cci.fr/accompagnement-numerique',
    website: 'https://www.cci.fr',
    websiteCheck: { status: 'ok', checkedAt: '2026-01-15T09:00:00Z', problems: [] },
    photoOriginalName: 'camille-durand.jpg',
    communeCode: '69382',
    signatoryName: 'Philippe Valentin',
    signatoryRole: 'Directeur général',
    structure: { name: 'CCI Lyon Métropole', siret: '13002526500013', registryName: 'CHAMBRE DE COMMERCE ET D’INDUSTRIE LYON METROPOLE', registryClosed: false },
    ...changes,
  };
}

const codes = (file: FileForReview) => flagsFor(file).map((f) => f.code);

describe('les signalements automatiques des dossiers', () => {
  it('un dossier soigné ne lève aucun signalement', () => {
    expect(flagsFor(aGoodFile())).toEqual([]);
  });

  it('un SIRET invalide est signalé', () => {
    expect(codes(aGoodFile({ structure: { ...aGoodFile().structure!, siret: '13002526500014' } }))).toEqual(['siret_invalide']);
  });

  it('un nom de structure sans rapport avec le répertoire est signalé, et un établissement fermé aussi', () => {
    const structure = { name: 'Numérique Facile', siret: '13002526500013', registryName: 'BOULANGERIE MARTIN', registryClosed: true };
    expect(codes(aGoodFile({ structure }))).toEqual(['nom_registre_different', 'etablissement_ferme']);
  });

  it('une adresse sans commune trouvée est signalée comme non géocodée', () => {
    expect(codes(aGoodFile({ communeCode: null }))).toEqual(['adresse_non_geocodee']);
  });

  it('un nom qui ressemble à un nom d’entreprise est signalé : aucune personne physique n’est nommée', () => {
    expect(codes(aGoodFile({ firstName: 'Agence', lastName: 'Web Conseil', photoOriginalName: 'agence-web-conseil.jpg' }))).toEqual(['pas_de_personne']);
    expect(codes(aGoodFile({ firstName: 'Contact', lastName: 'CCI', photoOriginalName: 'cci.jpg' }))).toEqual(['pas_de_personne']);
  });

  it('l’absence de lien vers l’offre est signalée, sauf pour un activateur institutionnel', () => {
    expect(codes(aGoodFile({ offerUrl: '' }))).toEqual(['pas_de_lien_offre']);
    expect(codes(aGoodFile({ offerUrl: null, kind: 'institutionnel' }))).toEqual([]);
  });

  it('un site non vérifié est marqué « non vérifié », un site sans mentions légales est à revoir', () => {
    expect(codes(aGoodFile({ websiteCheck: null }))).toEqual(['site_non_verifie']);
    const check = { status: 'problemes' as const, checkedAt: '2026-01-15T09:00:00Z', problems: ['Pas de page de mentions légales trouvée'] };
    const flags = flagsFor(aGoodFile({ websiteCheck: check }));
    expect(flags).toEqual([{ code: 'site_a_revoir', label: expect.any(String), detail: 'Pas de page de mentions légales trouvée' }]);
  });

  it('une lettre signée par l’activateur lui-même est signalée, quel que soit l’ordre des noms', () => {
    expect(codes(aGoodFile({ signatoryName: 'DURAND Camille', signatoryRole: 'Conseillère' }))).toEqual(['lettre_signee_par_activateur']);
  });

  it('plus de 3 domaines d’intervention sont signalés', () => {
    expect(codes(aGoodFile({ themes: ['visibilite', 'vente-en-ligne', 'gestion', 'international'] }))).toEqual(['plus_de_3_domaines']);
  });

  it('un fichier photo qui ne nomme ni la personne ni la structure est signalé', () => {
    expect(codes(aGoodFile({ photoOriginalName: 'IMG_20240312_101512.jpg' }))).toEqual(['photo_mal_nommee']);
    expect(codes(aGoodFile({ photoOriginalName: 'Photo CCI Lyon.png' }))).toEqual([]);
    expect(codes(aGoodFile({ photoOriginalName: 'DURAND_portrait.webp' }))).toEqual([]);
  });

  it('une présentation en majuscules, publicitaire, jargonneuse ou trop courte est signalée', () => {
    expect(codes(aGoodFile({ presentation: GOOD_PRESENTATION.toUpperCase() }))).toEqual(['presentation_majuscules']);
    expect(codes(aGoodFile({ presentation: GOOD_PRESENTATION + ' Le meilleur accompagnement, incontournable et exceptionnel !!!' }))).toEqual(['presentation_promotionnelle']);
    expect(codes(aGoodFile({ presentation: GOOD_PRESENTATION + ' Growth hacking, leads et funnel pour booster votre business.' }))).toEqual(['presentation_jargon']);
    expect(codes(aGoodFile({ presentation: 'Conseil en numérique.' }))).toEqual(['presentation_trop_courte']);
  });

  it('un conseiller qui décrit des produits, ou un offreur qui ne décrit que du conseil, a une catégorie douteuse', () => {
    const products =
      'Notre logiciel de caisse et notre application de réservation s’adaptent à tous les commerces : abonnement sans engagement, essai gratuit de 30 jours, ' +
      'installation en une journée et assistance téléphonique incluse pour les restaurants, boutiques et instituts.';
    expect(codes(aGoodFile({ presentation: products }))).toEqual(['categorie_douteuse']);
    expect(codes(aGoodFile({ presentation: products, kind: 'offreur_solutions' }))).toEqual([]);
    expect(codes(aGoodFile({ kind: 'offreur_solutions' }))).toEqual(['categorie_douteuse']);
  });
});
