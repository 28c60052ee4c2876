import type { PersonalDataContributor } from '../accounts/index.js';
import type { Db } from '../db/client.js';
import { systemClock } from '../server/clock.js';
import { eraseUserResults, personalDataOfUser } from './account-queries.js';
import { contactConsentWording } from './consent.js';
import { newAssessmentToken } from './tokens.js';

/**
 * The self-assessment's share of a person's data: the results saved in their account (with answers,
 * consents and follow-ups) for the download; on deletion, the results stay in the statistics but lose
 * everything that tied them to the person (answers, postal code, private link, consents, follow-ups).
 */
export const diagnosticPersonalData: PersonalDataContributor = {
  key: 'autodiagnostics',
  async collect(db: Db, user) {
    const { rows, consents, followUps } = await personalDataOfUser(db, user.id);
    return {
      resultats: rows.map((r) => ({
        statut: r.status,
        versionQuestionnaire: r.questionnaireVersion,
        commenceLe: r.createdAt.toISOString(),
        termineLe: r.completedAt?.toISOString() ?? null,
        entreprise: { taille: r.sizeBand, secteur: r.sector, clientele: r.customerType, codePostal: r.postalCode, anciennete: r.companyAge },
        reponses: r.answers,
        scoresParTheme: r.themeScores,
        scoreGlobal: r.overallScore,
        consentements: consents
          .filter((c) => c.assessmentId === r.id)
          .map((c) => ({
            texte: contactConsentWording(c.wordingVersion),
            version: c.wordingVersion,
            donneLe: c.givenAt.toISOString(),
            retireLe: c.withdrawnAt?.toISOString() ?? null,
          })),
      })),
      suivisParUnActivateur: followUps.map((f) => ({
        activateur: f.activatorName,
        accepteLe: f.agreedAt.toISOString(),
        arreteLe: f.withdrawnAt?.toISOString() ?? null,
      })),
    };
  },
  async erase(db: Db, user) {
    await eraseUserResults(db, user.id, systemClock.now(), newAssessmentToken);
  },
};
