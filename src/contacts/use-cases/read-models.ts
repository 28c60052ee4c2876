// What other domains may read of the contact requests (docs: /tmp contracts): statistics for the
// activator's space, a business's requests for its own space, the assessments that led to a request,
// and a person's data for the account's download and deletion.
import { and, eq, gte, isNotNull, lt, sql } from 'drizzle-orm';
import type { PersonalDataContributor } from '../../accounts/index.js';
import { findContactTargetsById } from '../../activators/index.js';
import type { Db } from '../../db/client.js';
import { anonymiseRequests, eventsOfRequests, requestsByEmail } from '../queries.js';
import { contactRequests } from '../schema.js';

export async function contactStatistics(
  db: Db,
  activatorId: string,
  range: { from: Date; to: Date },
): Promise<{ perMonth: { month: string; count: number }[]; medianFirstAnswerHours: number | null }> {
  const rows = await db
    .select({ createdAt: contactRequests.createdAt, firstAnsweredAt: contactRequests.firstAnsweredAt })
    .from(contactRequests)
    .where(and(eq(contactRequests.activatorId, activatorId), gte(contactRequests.createdAt, range.from), lt(contactRequests.createdAt, range.to)));
  const counts = new Map<string, number>();
  const delays: number[] = [];
  for (const row of rows) {
    const month = row.createdAt.toISOString().slice(0, 7);
    counts.set(month, (counts.get(month) ?? 0) + 1);
    if (row.firstAnsweredAt) delays.push((row.firstAnsweredAt.getTime() - row.createdAt.getTime()) / 3_600_000);
  }
  delays.sort((a, b) => a - b);
  const mid = Math.floor(delays.length / 2);
  const median = delays.length === 0 ? null : delays.length % 2 === 1 ? delays[mid]! : (delays[mid - 1]! + delays[mid]!) / 2;
  return {
    perMonth: [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([month, count]) => ({ month, count })),
    medianFirstAnswerHours: median === null ? null : Math.round(median * 10) / 10,
  };
}

export async function contactsOfBusinessEmail(
  db: Db,
  email: string,
): Promise<{ activatorSlug: string; activatorName: string; sentAt: Date; status: string }[]> {
  const requests = await requestsByEmail(db, email);
  const targets = new Map((await findContactTargetsById(db, requests.map((r) => r.activatorId), new Date())).map((t) => [t.id, t]));
  return requests.map((r) => ({
    activatorSlug: targets.get(r.activatorId)?.slug ?? '',
    activatorName: targets.get(r.activatorId)?.name ?? '',
    sentAt: r.createdAt,
    status: r.status,
  }));
}

export async function contactedAssessmentIds(db: Db): Promise<string[]> {
  const rows = await db
    .selectDistinct({ id: contactRequests.assessmentId })
    .from(contactRequests)
    .where(isNotNull(contactRequests.assessmentId))
    .orderBy(sql`1`);
  return rows.map((r) => r.id!);
}

/** The same shape as the accounts domain's PersonalDataContributor: found by the account's e-mail. */
export const contactsPersonalData: PersonalDataContributor = {
  key: 'demandesDeContact',
  async collect(db: Db, user: { id: string; email: string }): Promise<unknown> {
    const requests = await requestsByEmail(db, user.email);
    const events = await eventsOfRequests(db, requests.map((r) => r.id));
    const targets = new Map((await findContactTargetsById(db, requests.map((r) => r.activatorId), new Date())).map((t) => [t.id, t]));
    return requests.map((r) => ({
      activateur: targets.get(r.activatorId)?.name ?? null,
      envoyeeLe: r.createdAt.toISOString(),
      statut: r.status,
      nom: r.name,
      entreprise: r.company,
      siret: r.siret,
      courriel: r.email,
      telephone: r.phone,
      theme: r.theme,
      besoin: r.need,
      consentement: { version: r.consentVersion, le: r.consentedAt.toISOString() },
      echanges: events.filter((e) => e.requestId === r.id).map((e) => ({ type: e.kind, auteur: e.authorName, le: e.createdAt.toISOString(), texte: e.body })),
    }));
  },
  async erase(db: Db, user: { id: string; email: string }): Promise<void> {
    const requests = await requestsByEmail(db, user.email);
    await anonymiseRequests(db, requests.map((r) => r.id), new Date());
  },
};
