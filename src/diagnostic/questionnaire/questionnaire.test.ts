import { describe, expect, it } from 'vitest';
import { THEME_SLUGS } from '../../themes/index.js';
import { CURRENT_QUESTIONNAIRE, defineQuestionnaire, questionnaireVersion, QUESTION_COUNT, type QuestionnaireInput } from './index.js';
import { QUESTIONNAIRE_V1 } from './v1.js';

const clone = (): QuestionnaireInput => structuredClone(QUESTIONNAIRE_V1) as QuestionnaireInput;
const questionCount = (q: QuestionnaireInput) => q.themes.reduce((n, t) => n + t.questions.length, 0);

describe('le questionnaire versionné', () => {
  it('la version en ligne couvre les huit thèmes partagés, une étape chacun, en 25 à 35 questions', () => {
    expect(CURRENT_QUESTIONNAIRE.themes.map((t) => t.theme).sort()).toEqual([...THEME_SLUGS].sort());
    const n = questionCount(CURRENT_QUESTIONNAIRE);
    expect(n).toBeGreaterThanOrEqual(QUESTION_COUNT.min);
    expect(n).toBeLessThanOrEqual(QUESTION_COUNT.max);
  });

  it('avec les cinq questions sur l’entreprise, l’autodiagnostic se fait en moins de 35 réponses', () => {
    expect(questionCount(CURRENT_QUESTIONNAIRE) + 5).toBeLessThan(35);
  });

  it('propose des questions à choix unique et à choix multiple', () => {
    const kinds = new Set(CURRENT_QUESTIONNAIRE.themes.flatMap((t) => t.questions.map((q) => q.kind)));
    expect(kinds).toEqual(new Set(['single', 'multiple']));
  });

  it('a quatre ou cinq niveaux, dont aucun n’est formulé comme un verdict décourageant', () => {
    expect(CURRENT_QUESTIONNAIRE.levels.length).toBeGreaterThanOrEqual(4);
    expect(CURRENT_QUESTIONNAIRE.levels.length).toBeLessThanOrEqual(5);
    const words = /insuffisant|faible|mauvais|médiocre|nul\b|échec|en retard|décevant/i;
    for (const level of CURRENT_QUESTIONNAIRE.levels) {
      expect(level.label).not.toMatch(words);
      expect(level.message).not.toMatch(words);
    }
  });

  it('chaque thème propose des actions avec une fourchette de prix', () => {
    for (const block of CURRENT_QUESTIONNAIRE.themes) {
      expect(block.actions.length, block.theme).toBeGreaterThanOrEqual(2);
      for (const action of block.actions) expect(action.prices.length).toBeGreaterThan(0);
    }
  });

  it('un résultat retrouve la version avec laquelle il a été rempli', () => {
    expect(questionnaireVersion('v1')).toBe(QUESTIONNAIRE_V1);
    expect(questionnaireVersion('v999')).toBeUndefined();
  });

  it('une version dont un conseil vise une réponse qui n’existe pas est refusée au chargement', () => {
    const broken = clone();
    broken.tips[0]!.when = { question: 'visibilite-adresse-mail', anyOf: ['pigeon-voyageur'] };
    expect(() => defineQuestionnaire(broken)).toThrow(/réponse inconnue : pigeon-voyageur/);
  });

  it('une version dont les seuils de niveaux ne croissent pas est refusée au chargement', () => {
    const broken = clone();
    broken.levels[2]!.minScore = broken.levels[1]!.minScore;
    expect(() => defineQuestionnaire(broken)).toThrow(/seuils des niveaux doivent croître/);
  });

  it('une version où un thème manque ou revient deux fois est refusée au chargement', () => {
    const broken = clone();
    broken.themes[1] = structuredClone(broken.themes[0]!);
    expect(() => defineQuestionnaire(broken)).toThrow(/thème vente-en-ligne doit apparaître une fois/);
  });

  it('une version où une réponse « aucun » rapporterait des points est refusée au chargement', () => {
    const broken = clone();
    const question = broken.themes.flatMap((t) => t.questions).find((q) => q.answers.some((a) => a.exclusive))!;
    question.answers.find((a) => a.exclusive)!.points = 2;
    expect(() => defineQuestionnaire(broken)).toThrow(/réponse exclusive vaut 0 point/);
  });

  it('une version où deux questions portent le même identifiant est refusée au chargement', () => {
    const broken = clone();
    broken.themes[1]!.questions[0]!.id = broken.themes[0]!.questions[0]!.id;
    expect(() => defineQuestionnaire(broken)).toThrow(/question visibilite-site en double/);
  });
});
