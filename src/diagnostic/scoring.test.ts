import { describe, expect, it } from 'vitest';
import { CURRENT_QUESTIONNAIRE as Q, maxPointsOf, type Question, type ThemeBlock } from './questionnaire/index.js';
import { levelFor, matchingTips, scoreAnswers, scoreTheme, weakestThemes, type Answers } from './scoring.js';

const block = (theme: string) => Q.themes.find((t) => t.theme === theme)! as ThemeBlock;
const question = (id: string) => Q.themes.flatMap((t) => t.questions).find((q) => q.id === id)! as Question;

/** Answers giving every question of the questionnaire its best (or worst) answer. */
function extreme(best: boolean): Answers {
  const answers: Answers = {};
  for (const t of Q.themes) {
    for (const q of t.questions) {
      const candidates = q.answers.filter((a) => !a.excludesTheme);
      if (q.kind === 'single' || !best) {
        const sorted = [...candidates].sort((a, b) => (best ? b.points - a.points : a.points - b.points));
        answers[q.id] = [sorted[0]!.id];
      } else {
        answers[q.id] = candidates.filter((a) => !a.exclusive).map((a) => a.id);
      }
    }
  }
  return answers;
}

describe('le calcul des scores', () => {
  it('les meilleures réponses partout donnent 100 sur chaque thème et le niveau le plus haut', () => {
    const scores = scoreAnswers(Q, extreme(true));
    for (const t of Q.themes) expect(scores.themes[t.theme], t.theme).toBe(100);
    expect(scores.overall).toBe(100);
    expect(levelFor(Q, scores.overall)).toBe(Q.levels[Q.levels.length - 1]);
  });

  it('les réponses les plus modestes partout donnent 0 et le premier niveau, nommé avec bienveillance', () => {
    const scores = scoreAnswers(Q, extreme(false));
    expect(scores.overall).toBe(0);
    expect(levelFor(Q, 0).label).toBe('Premiers pas');
  });

  it('un score égal au seuil d’un niveau atteint ce niveau, un point de moins reste au niveau précédent', () => {
    Q.levels.forEach((level, i) => {
      expect(levelFor(Q, level.minScore).id).toBe(level.id);
      if (i > 0) expect(levelFor(Q, level.minScore - 1).id).toBe(Q.levels[i - 1]!.id);
    });
    expect(levelFor(Q, 100).id).toBe('moteur');
  });

  it('un thème vaut la part des points obtenus, arrondie sur 100', () => {
    const visibilite = block('visibilite');
    // 4 (site à jour et lisible) + 0 (fiche inconnue) + 1 (réseaux rarement) + 3 (nom de domaine) sur 4 + 3 + 3 + 3.
    const answers: Answers = {
      'visibilite-site': ['a-jour-mobile'],
      'visibilite-fiche': ['ne-sais-pas'],
      'visibilite-reseaux': ['rarement'],
      'visibilite-adresse-mail': ['domaine'],
    };
    expect(scoreTheme(visibilite, answers)).toBe(Math.round((100 * 8) / 13));
  });

  it('les réponses cochées à une question multiple s’additionnent sans dépasser son plafond', () => {
    const paiement = question('vente-paiement');
    expect(maxPointsOf(paiement)).toBe(4);
    const vente = block('vente-en-ligne');
    const base: Answers = { 'vente-canaux': ['aucun'], 'vente-prix': ['non'], 'vente-part': ['aucune'] };
    const two = scoreTheme(vente, { ...base, 'vente-paiement': ['carte'] });
    const all = scoreTheme(vente, { ...base, 'vente-paiement': ['especes-cheques', 'carte', 'virement', 'en-ligne'] });
    const capped = scoreTheme(vente, { ...base, 'vente-paiement': ['carte', 'en-ligne'] });
    const max = vente.questions.reduce((n, q) => n + maxPointsOf(q), 0);
    expect(two).toBe(Math.round((100 * 2) / max));
    expect(all).toBe(Math.round((100 * 4) / max));
    expect(capped).toBe(all);
  });

  it('un thème déclaré non concerné n’a pas de niveau et ne compte pas dans le niveau global', () => {
    const answers = extreme(true);
    answers['international-projet'] = ['pas-concerne'];
    delete answers['international-langues'];
    delete answers['international-outils'];
    answers['visibilite-site'] = ['non'];
    const scores = scoreAnswers(Q, answers);
    expect(scores.themes.international).toBeNull();
    const counted = Object.values(scores.themes).filter((s): s is number => s !== null);
    expect(counted).toHaveLength(Q.themes.length - 1);
    expect(scores.overall).toBe(Math.round(counted.reduce((a, b) => a + b, 0) / counted.length));
  });
});

describe('les pistes et les conseils', () => {
  it('les pistes portent sur les trois thèmes les plus faibles, dans l’ordre du plus faible', () => {
    const scores = {
      visibilite: 80,
      'vente-en-ligne': 10,
      'relation-client': 55,
      gestion: 30,
      'donnees-securite': 30,
      'strategie-competences': 90,
      international: null,
      'numerique-responsable': 60,
    } as const;
    expect(weakestThemes(Q, scores)).toEqual(['vente-en-ligne', 'gestion', 'donnees-securite']);
  });

  it('un thème déjà au plus haut niveau ou non concerné n’est jamais proposé comme piste', () => {
    const scores = {
      visibilite: 95,
      'vente-en-ligne': 100,
      'relation-client': 88,
      gestion: 92,
      'donnees-securite': 60,
      'strategie-competences': 90,
      international: null,
      'numerique-responsable': 99,
    } as const;
    expect(weakestThemes(Q, scores)).toEqual(['donnees-securite']);
  });

  it('une entreprise sans adresse e-mail à son nom reçoit le conseil du nom de domaine en .fr', () => {
    for (const answer of ['aucune', 'personnelle', 'gratuite']) {
      const tips = matchingTips(Q, { ...extreme(true), 'visibilite-adresse-mail': [answer] });
      expect(tips.map((t) => t.id)).toContain('adresse-a-votre-nom');
      expect(tips.find((t) => t.id === 'adresse-a-votre-nom')!.text).toContain('.fr');
    }
    expect(matchingTips(Q, extreme(true)).map((t) => t.id)).not.toContain('adresse-a-votre-nom');
  });

  it('le conseil sur la carte bancaire vise ceux qui n’acceptent ni la carte ni le paiement en ligne', () => {
    const ids = (paiement: string[]) => matchingTips(Q, { ...extreme(true), 'vente-paiement': paiement }).map((t) => t.id);
    expect(ids(['especes-cheques', 'virement'])).toContain('paiement-carte');
    expect(ids(['especes-cheques', 'carte'])).not.toContain('paiement-carte');
  });

  it('les conseils des thèmes prioritaires passent en premier', () => {
    const answers = { ...extreme(false) };
    const tips = matchingTips(Q, answers, ['donnees-securite']);
    expect(tips[0]!.when.question.startsWith('securite-')).toBe(true);
  });
});
