import { describe, expect, it } from 'vitest';
import { MESSAGES, POSTAL_CODE_MESSAGES, readProfileStep, readThemeStep } from './answers.js';
import { CURRENT_QUESTIONNAIRE as Q, type ThemeBlock } from './questionnaire/index.js';

const block = (theme: string) => Q.themes.find((t) => t.theme === theme)! as ThemeBlock;
const validVisibilite = {
  'visibilite-site': 'non',
  'visibilite-fiche': 'oui-avis',
  'visibilite-reseaux': 'mois',
  'visibilite-adresse-mail': 'domaine',
};

describe('la lecture d’une étape', () => {
  it('une étape complète est acceptée telle quelle', () => {
    const reading = readThemeStep(block('visibilite'), { _csrf: 'x', direction: 'suivant', ...validVisibilite });
    expect(reading.errors).toEqual({});
    expect(reading.formError).toBeUndefined();
    expect(reading.values['visibilite-fiche']).toEqual(['oui-avis']);
  });

  it('une réponse inconnue est refusée à côté de sa question, les autres réponses sont gardées', () => {
    const reading = readThemeStep(block('visibilite'), { ...validVisibilite, 'visibilite-site': 'site-en-or' });
    expect(reading.errors).toEqual({ 'visibilite-site': MESSAGES.unknownAnswer });
    expect(Object.keys(reading.values).sort()).toEqual(['visibilite-adresse-mail', 'visibilite-fiche', 'visibilite-reseaux']);
  });

  it('deux réponses à une question à choix unique sont refusées', () => {
    const reading = readThemeStep(block('visibilite'), { ...validVisibilite, 'visibilite-site': ['non', 'a-jour'] });
    expect(reading.errors['visibilite-site']).toBe(MESSAGES.onlyOne);
  });

  it('« aucun » ne peut pas être coché avec une autre réponse', () => {
    const vente = { 'vente-canaux': ['site', 'aucun'], 'vente-paiement': 'carte', 'vente-prix': 'oui', 'vente-part': 'aucune' };
    const reading = readThemeStep(block('vente-en-ligne'), vente);
    expect(reading.errors['vente-canaux']).toBe(MESSAGES.exclusive('Ils ne peuvent pas commander à distance'));
  });

  it('une question sans réponse est signalée, au singulier comme au pluriel', () => {
    const reading = readThemeStep(block('vente-en-ligne'), { 'vente-prix': 'oui', 'vente-part': 'aucune' });
    expect(reading.errors).toEqual({ 'vente-canaux': MESSAGES.chooseAtLeastOne, 'vente-paiement': MESSAGES.chooseAtLeastOne });
    const single = readThemeStep(block('visibilite'), { ...validVisibilite, 'visibilite-site': undefined });
    expect(single.errors).toEqual({ 'visibilite-site': MESSAGES.chooseOne });
  });

  it('une question inconnue de l’étape est refusée pour toute l’étape', () => {
    const reading = readThemeStep(block('visibilite'), { ...validVisibilite, 'gestion-facturation': 'papier' });
    expect(reading.formError).toBe(MESSAGES.unknownQuestion);
  });

  it('sans projet à l’étranger, les autres questions du thème international peuvent rester vides', () => {
    const reading = readThemeStep(block('international'), { 'international-projet': 'pas-concerne' });
    expect(reading.errors).toEqual({});
    const withPlans = readThemeStep(block('international'), { 'international-projet': 'y-pense' });
    expect(Object.keys(withPlans.errors).sort()).toEqual(['international-langues', 'international-outils']);
  });
});

describe('la lecture du profil de l’entreprise', () => {
  const profile = { taille: '1-9', secteur: 'I', clientele: 'particuliers', codePostal: '69 003', anciennete: '3-10-ans' };

  it('un profil complet est accepté, le code postal débarrassé de ses espaces', () => {
    const reading = readProfileStep(profile);
    expect(reading.errors).toEqual({});
    expect(reading.values).toEqual({ sizeBand: '1-9', sector: 'I', customerType: 'particuliers', postalCode: '69003', companyAge: '3-10-ans' });
  });

  it('un secteur hors des 21 sections et un code postal mal formé sont refusés, le reste est gardé', () => {
    const reading = readProfileStep({ ...profile, secteur: 'Z', codePostal: '6900' });
    expect(reading.errors.secteur).toMatch(/21 proposés/);
    expect(reading.errors.codePostal).toBe(POSTAL_CODE_MESSAGES.shape);
    expect(reading.values).toEqual({ sizeBand: '1-9', customerType: 'particuliers', companyAge: '3-10-ans' });
  });

  it('en revenant en arrière, rien n’est exigé', () => {
    expect(readProfileStep({ taille: '0' }, false).errors).toEqual({});
  });
});
