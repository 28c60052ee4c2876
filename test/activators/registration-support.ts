import { and, asc, eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import sharp from 'sharp';
import { activatorEvents, activators, outboxMails, structures, users } from '../../src/db/schema.js';
import { Agent, csrfTokenIn } from '../support/agent.js';
import type { TestApp } from '../support/app.js';
import { agentFrom, aUser, anEmail, codeFor, GOOD_PASSWORD, logIn, secretOnPage } from '../accounts/support.js';

// Builders for the registration tests: a test states only what matters to it and lets these fill
// the rest of a file the way a person would, through the pages.

export const DOSSIER = '/espace-activateurs/dossier';

export const PRESENTATION =
  'Conseillère numérique à la chambre de commerce, j’aide les commerçants et artisans du Rhône à choisir un site internet, à vendre en ligne ' +
  'et à sécuriser leurs données. Premier diagnostic gratuit dans l’entreprise, puis un plan d’action simple et les aides existantes.';

/** A JPEG with EXIF metadata (a place, a camera) and a PHP script appended after the image. */
export async function aPhotoWithSecrets(): Promise<Buffer> {
  const jpeg = await sharp({ create: { width: 900, height: 900, channels: 3, background: '#6a6af4' } })
    .withExif({ IFD0: { Copyright: 'GPS 45.7640N 4.8357E', Artist: 'Telephone de Camille' } })
    .jpeg()
    .toBuffer();
  return Buffer.concat([jpeg, Buffer.from('<?php system($_GET["c"]); ?>')]);
}

export const A_PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');

export interface Registered {
  agent: Agent;
  email: string;
  firstName: string;
  lastName: string;
}

let registrations = 0;

/** Creates the activator account through the form, then logs in. */
export async function aRegisteredActivator(t: TestApp, options: { firstName?: string; lastName?: string; kind?: string } = {}): Promise<Registered> {
  // Each registration from its own address: the form allows ten an hour per address.
  registrations += 1;
  const agent = agentFrom(t.app, `10.4.${registrations >> 8}.${registrations & 255}`);
  const email = anEmail('activateur');
  const firstName = options.firstName ?? 'Camille';
  const lastName = options.lastName ?? 'Durand';
  const created = await agent.submit('/espace-activateurs/inscription', '/espace-activateurs/inscription', {
    prenom: firstName,
    nom: lastName,
    email,
    categorie: options.kind ?? 'conseiller',
    mot_de_passe: GOOD_PASSWORD,
  });
  if (created.statusCode !== 303) throw new Error(`inscription refusée (${created.statusCode})`);
  const login = await logIn(agent, email, GOOD_PASSWORD, DOSSIER);
  if (login.statusCode !== 303) throw new Error(`connexion refusée (${login.statusCode})`);
  return { agent, email, firstName, lastName };
}

/** Posts a section's form (url-encoded) with the page's CSRF token. */
export async function postSection(agent: Agent, section: string, fields: Record<string, string | string[]>): Promise<LightMyRequestResponse> {
  return agent.submit(`${DOSSIER}/${section}`, `${DOSSIER}/${section}`, { intention: 'continuer', ...fields });
}

/** Posts a section's form as multipart, with files. */
export async function postSectionWithFiles(
  agent: Agent,
  section: string,
  fields: Record<string, string>,
  files: Record<string, { bytes: Buffer; name: string; type: string }>,
): Promise<LightMyRequestResponse> {
  const page = await agent.get(`${DOSSIER}/${section}`);
  const form = new FormData();
  form.append('_csrf', csrfTokenIn(page.body));
  form.append('intention', 'continuer');
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  for (const [k, f] of Object.entries(files)) form.append(k, new Blob([new Uint8Array(f.bytes)], { type: f.type }), f.name);
  return agent.postMultipart(`${DOSSIER}/${section}`, form);
}

export const PERSON = { prenom: 'Camille', nom: 'Durand', telephone: '04 72 00 00 00' };
export const NEW_STRUCTURE = {
  choix: 'nouvelle',
  raison_sociale: 'CCI Lyon Métropole',
  siret: '130 025 265 00013',
  adresse: '20 rue de la Bourse',
  code_postal: '69002',
  commune: '',
  site_web: 'https://www.cci-lyon.fr',
};
export const ACTIVITY = {
  categorie: 'conseiller',
  domaines: ['visibilite', 'vente-en-ligne'],
  secteurs: ['G', 'I'],
  territoire: ['69'],
  presentation: PRESENTATION,
  lien_offre: 'https://www.cci-lyon.fr/numerique',
};
export const ENGAGEMENT = { charte: 'oui', signataire_nom: 'Philippe Valentin', signataire_fonction: 'Directeur général' };

/** Every section filled and the file sent; `changes` overrides what a test cares about. */
export async function aSubmittedFile(
  t: TestApp,
  changes: { person?: Record<string, string>; structure?: Record<string, string>; activity?: Record<string, string | string[]>; engagement?: Record<string, string>; photoName?: string; firstName?: string; lastName?: string } = {},
) {
  const who = await aRegisteredActivator(t, { firstName: changes.firstName, lastName: changes.lastName });
  const person = { ...PERSON, prenom: who.firstName, nom: who.lastName, email: who.email, ...changes.person };
  const steps = [
    await postSectionWithFiles(who.agent, 'personne', person, { photo: { bytes: await aPhotoWithSecrets(), name: changes.photoName ?? 'camille-durand.jpg', type: 'image/jpeg' } }),
    await postSection(who.agent, 'structure', await structureFields(t, { ...NEW_STRUCTURE, ...changes.structure })),
    await postSection(who.agent, 'activite', { ...ACTIVITY, ...changes.activity }),
    await postSectionWithFiles(who.agent, 'engagement', { ...ENGAGEMENT, ...changes.engagement }, { lettre: { bytes: A_PDF, name: 'lettre-signee.pdf', type: 'application/pdf' } }),
  ];
  steps.forEach((s, i) => {
    if (s.statusCode !== 303) throw new Error(`section ${i + 1} refusée (${s.statusCode}) : ${errorsIn(s.body).join(' | ')}`);
  });
  const sent = await who.agent.submit(DOSSIER, `${DOSSIER}/envoyer`, {});
  if (sent.statusCode !== 303) throw new Error(`envoi refusé (${sent.statusCode})`);
  return { ...who, activator: await activatorOf(t, who.email) };
}

/** A structure already registered by an earlier test is joined, as a colleague would. */
async function structureFields(t: TestApp, fields: Record<string, string>): Promise<Record<string, string>> {
  const siret = (fields.siret ?? '').replace(/\s/g, '');
  const [known] = await t.database.db.select({ id: structures.id }).from(structures).where(eq(structures.siret, siret));
  return known && fields.choix === 'nouvelle' ? { ...fields, choix: 'existante', structure_id: known.id } : fields;
}

export function errorsIn(html: string): string[] {
  return [...html.matchAll(/class="fr-(?:error-text|message fr-message--error)"[^>]*>([^<]+)</g)].map((m) => m[1]!.trim());
}

export async function activatorOf(t: TestApp, email: string) {
  const [row] = await t.database.db.select().from(activators).where(eq(activators.userId, (await userIdOf(t, email))!));
  return row!;
}

async function userIdOf(t: TestApp, email: string): Promise<string | undefined> {
  const [row] = await t.database.db.select({ id: users.id }).from(users).where(eq(users.email, email));
  return row?.id;
}

export async function historyOf(t: TestApp, activatorId: string) {
  return t.database.db.select().from(activatorEvents).where(eq(activatorEvents.activatorId, activatorId)).orderBy(asc(activatorEvents.createdAt));
}

export async function mailsTo(t: TestApp, to: string, template: string) {
  return t.database.db
    .select()
    .from(outboxMails)
    .where(and(eq(outboxMails.recipient, to), eq(outboxMails.template, template)))
    .orderBy(asc(outboxMails.createdAt));
}

/** An operator through the real login, second factor enrolment included. */
export async function anOperator(t: TestApp): Promise<{ agent: Agent; name: string }> {
  const user = await aUser(t, { role: 'operateur', firstName: 'Odile', lastName: 'Opératrice' });
  const agent = new Agent(t.app);
  await logIn(agent, user.email, user.password);
  const enrol = await agent.get('/mon-compte/double-authentification');
  const secret = secretOnPage(enrol.body);
  const done = await agent.post('/mon-compte/double-authentification', { _csrf: csrfTokenIn(enrol.body), code: codeFor(secret, t.clock) });
  if (done.statusCode !== 303) throw new Error(`double authentification refusée (${done.statusCode})`);
  return { agent, name: 'Odile Opératrice' };
}

/** A file sent, approved by an operator and activated through the mailed link. */
export async function anActiveFile(t: TestApp, changes: Parameters<typeof aSubmittedFile>[1] = {}) {
  const file = await aSubmittedFile(t, changes);
  const operator = await anOperator(t);
  const review = `/operateur/activateurs/${file.activator.id}`;
  const approved = await operator.agent.submit(review, `${review}/valider`, {});
  if (approved.statusCode !== 303) throw new Error(`validation refusée (${approved.statusCode})`);
  const [mail] = await mailsTo(t, file.email, 'activateur-activation');
  const link = mail!.textBody.match(/https?:\/\/[^\s]+(\/espace-activateurs\/activation\/[A-Za-z0-9_-]+)/)![1]!;
  const page = await file.agent.get(link);
  const done = await file.agent.post(link, { _csrf: csrfTokenIn(page.body) });
  if (done.statusCode !== 303) throw new Error(`activation refusée (${done.statusCode})`);
  return { ...file, activator: await activatorOf(t, file.email) };
}
