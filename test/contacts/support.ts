// Helpers for the contact requests' tests: an activator with an account (to read their requests), a
// business's form as it is filled in, and the requests stored.
import { asc, eq } from 'drizzle-orm';
import type { ActivatorKind } from '../../src/activators/index.js';
import { activators, contactEvents, contactRequests } from '../../src/db/schema.js';
import { agentFrom, aUser, logIn } from '../accounts/support.js';
import type { TestApp } from '../support/app.js';
import { anActivator, type BuiltActivator } from '../activators/builders.js';

let ipCounter = 0;
/** A visitor from an address of their own, so the per-address limit of one test does not reach another. */
export function aVisitor(t: TestApp) {
  ipCounter += 1;
  return agentFrom(t.app, `198.51.${Math.floor(ipCounter / 250)}.${(ipCounter % 250) + 1}`);
}

export async function aContactableActivator(t: TestApp, lastName: string, kind: ActivatorKind = 'conseiller'): Promise<BuiltActivator & { email: string }> {
  const built = await anActivator().named('Claire', lastName).ofKind(kind).in('69003').insert(t.database.db);
  return { ...built, email: `${lastName.toLowerCase()}@exemple.fr` };
}

/** An active activator whose account is signed in (an agent in their space). */
export async function aSignedInActivator(t: TestApp, lastName: string) {
  const activator = await aContactableActivator(t, lastName);
  const user = await aUser(t, { role: 'activateur', email: activator.email, firstName: 'Claire', lastName });
  await t.database.db.update(activators).set({ userId: user.id }).where(eq(activators.id, activator.id));
  const signIn = async () => {
    const agent = aVisitor(t);
    const res = await logIn(agent, user.email, user.password);
    if (res.statusCode !== 303) throw new Error(`connexion refusée (${res.statusCode})`);
    return agent;
  };
  return { ...activator, agent: await signIn(), userId: user.id, signIn };
}

let emailCounter = 0;
export type BusinessForm = Record<string, string> & { email: string; besoin: string };

export function aBusinessForm(overrides: Record<string, string> = {}): BusinessForm {
  emailCounter += 1;
  return {
    nom: 'Paul Boulanger',
    entreprise: 'Boulangerie du Parc',
    siret: '',
    email: `paul.${emailCounter}.${Math.random().toString(36).slice(2, 7)}@boulangerie.fr`,
    telephone: '04 72 00 00 00',
    besoin: 'Je voudrais vendre mes gâteaux en ligne et prendre des commandes pour les fêtes.',
    theme: 'vente-en-ligne',
    consentement: 'oui',
    ...overrides,
  };
}

export async function requestsTo(t: TestApp, activatorId: string) {
  return t.database.db.select().from(contactRequests).where(eq(contactRequests.activatorId, activatorId)).orderBy(asc(contactRequests.createdAt));
}

export async function requestsFrom(t: TestApp, email: string) {
  return t.database.db.select().from(contactRequests).where(eq(contactRequests.email, email)).orderBy(asc(contactRequests.createdAt));
}

export async function eventsOf(t: TestApp, requestId: string) {
  return t.database.db.select().from(contactEvents).where(eq(contactEvents.requestId, requestId)).orderBy(asc(contactEvents.createdAt));
}
