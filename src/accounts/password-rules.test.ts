import { describe, expect, it } from 'vitest';
import { isCommonPassword } from './common-passwords.js';
import { passwordMinLength, passwordProblem, PASSWORD_MAX_LENGTH } from './password-rules.js';

const entreprise = { role: 'entreprise' as const };
const operateur = { role: 'operateur' as const };

describe('règles des mots de passe', () => {
  it('8 caractères suffisent pour une entreprise, un activateur ou un partenaire', () => {
    expect(passwordProblem('tilleul7', entreprise)).toBeNull();
    expect(passwordProblem('tilleul', entreprise)).toContain('au moins 8 caractères');
    expect(passwordMinLength('activateur')).toBe(8);
    expect(passwordMinLength('partenaire')).toBe(8);
  });

  it('un opérateur doit en choisir au moins 12', () => {
    expect(passwordProblem('tilleul-ruche', operateur)).toBeNull();
    expect(passwordProblem('tilleul-ruc', operateur)).toBe(
      'Le mot de passe d’un compte opérateur doit contenir au moins 12 caractères (11 saisis).',
    );
  });

  it('aucune règle de composition : une phrase en minuscules avec espaces est acceptée', () => {
    expect(passwordProblem('le miel de mon grand-père', entreprise)).toBeNull();
  });

  it('les caractères accentués et autres alphabets comptent comme un caractère chacun', () => {
    expect(passwordProblem('éléphant', entreprise)).toBeNull();
    expect(passwordProblem('日本語のパスワード', entreprise)).toBeNull();
    // "é" composed of e + accent (7 UTF-16 units in all) is the same 7-character password as "é" in one piece.
    expect(passwordProblem('e\u0301léphan', entreprise)).toContain('(7 saisis)');
  });

  it(`jusqu’à ${PASSWORD_MAX_LENGTH} caractères sont acceptés, pas davantage`, () => {
    const words = 'ruche abeille miel tilleul lavande '.repeat(10);
    expect(passwordProblem(words.slice(0, PASSWORD_MAX_LENGTH), entreprise)).toBeNull();
    expect(passwordProblem(words.slice(0, PASSWORD_MAX_LENGTH + 1), entreprise)).toContain('ne peut pas dépasser 128 caractères');
  });

  it('les mots de passe les plus courants sont refusés, quelle que soit la casse', () => {
    for (const common of ['password', '12345678', 'azertyuiop', 'Azertyuiop', 'motdepasse', 'iloveyou', 'qwertyuiop']) {
      expect(passwordProblem(common, entreprise), common).toContain('fait partie des plus courants');
    }
    expect(isCommonPassword('ruche bleue sous le tilleul')).toBe(false);
  });

  it('un seul caractère répété est refusé', () => {
    expect(passwordProblem('zzzzzzzzzzzz', operateur)).toContain('un seul caractère répété');
  });

  it('reprendre son adresse électronique est refusé', () => {
    const email = 'camille.martin@exemple.fr';
    expect(passwordProblem('camille.martin@exemple.fr', { ...entreprise, email })).toContain('adresse électronique');
    expect(passwordProblem('Camille.Martin2024!', { ...entreprise, email })).toContain('adresse électronique');
    expect(passwordProblem('camille aime le miel', { ...entreprise, email })).toBeNull();
  });

  it('un mot de passe vide demande de le saisir', () => {
    expect(passwordProblem('', entreprise)).toBe('Saisissez un mot de passe.');
  });
});
