// A business writes to one activator, or to up to three at once (each gets its own copy). Bad input is
// refused field by field; a bot filling the hidden field gets a normal-looking answer and nothing is
// stored; the same request sent twice (a double click, a reload) is stored once.
import { createHash, randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { checkSiret, findContactTargetsBySlug, type ContactTarget } from '../../activators/index.js';
import type { AppContext } from '../../server/context.js';
import { frenchDuration, hit, rateLimitKey } from '../../server/rate-limit.js';
import { isThemeSlug } from '../../themes/index.js';
import { CONTACT_CONSENT } from '../consent.js';
import { mailAcknowledgement, mailNewRequest } from '../mails.js';
import { addContactEvent, findDuplicates, insertRequest, type ContactRequestRow } from '../queries.js';

export const MAX_ACTIVATORS_PER_REQUEST = 3;
/** Within this window, the same content to the same activators is the same request. */
export const DUPLICATE_WINDOW_MS = 24 * 3_600_000;
export const CONTACT_LIMITS = {
  ip: { limit: 10, windowMs: 3_600_000 },
  email: { limit: 5, windowMs: 3_600_000 },
};

export interface ContactFormValues {
  nom: string;
  entreprise: string;
  siret: string;
  email: string;
  telephone: string;
  besoin: string;
  theme: string;
  consentement: boolean;
  /** The self-assessment the business came from (its uuid), if any. */
  diagnostic: string;
  /** The hidden field people never see: filled only by robots. */
  piege: string;
}

export type ContactField = Exclude<keyof ContactFormValues, 'piege' | 'diagnostic'> | 'activateurs' | 'form';
export type Refusal = { ok: false; field: ContactField; message: string };
export type SendResult = { ok: true; batchId: string; targets: ContactTarget[]; duplicate: boolean } | Refusal;

const EMAIL = /^[^\s@<>()",;]+@[^\s@<>()",;]+\.[^\s@<>()",;]{2,}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** "a,b" and repeated checkboxes alike: the slugs chosen, in order, without repeats. */
export function parseSlugs(raw: string | string[] | undefined): string[] {
  const values = Array.isArray(raw) ? raw : raw ? [raw] : [];
  const slugs = values.flatMap((v) => v.split(',')).map((s) => s.trim().toLowerCase()).filter((s) => /^[a-z0-9-]{1,120}$/.test(s));
  return [...new Set(slugs)];
}

/** The activators a request can go to, or the French reason why not. */
export async function chooseTargets(ctx: AppContext, slugs: string[]): Promise<{ ok: true; targets: ContactTarget[] } | Refusal> {
  if (slugs.length === 0) return { ok: false, field: 'activateurs', message: 'Choisissez au moins un activateur à qui écrire, depuis l’annuaire « Trouver un accompagnement ».' };
  if (slugs.length > MAX_ACTIVATORS_PER_REQUEST) {
    return {
      ok: false,
      field: 'activateurs',
      message: `Vous pouvez écrire à ${MAX_ACTIVATORS_PER_REQUEST} activateurs au plus en une seule demande ; vous en avez choisi ${slugs.length}. Retirez-en ${slugs.length - MAX_ACTIVATORS_PER_REQUEST} de votre sélection.`,
    };
  }
  const found = await findContactTargetsBySlug(ctx.db, slugs, ctx.clock.now());
  const targets: ContactTarget[] = [];
  for (const slug of slugs) {
    const target = found.find((t) => t.slug === slug);
    if (!target) return { ok: false, field: 'activateurs', message: 'Un des activateurs choisis n’a plus de fiche publique : revenez à l’annuaire pour en choisir un autre.' };
    if (!target.contactable) {
      return { ok: false, field: 'activateurs', message: `${target.name} ne reçoit pas de demandes de contact par la plateforme : consultez directement ses offres.` };
    }
    targets.push(target);
  }
  return { ok: true, targets };
}

/** Field checks, in the order of the form; the first problem of each field is reported. */
export function checkFields(values: ContactFormValues): Refusal[] {
  const refusals: Refusal[] = [];
  const refuse = (field: ContactField, message: string) => refusals.push({ ok: false, field, message });
  if (values.nom.trim().length < 2) refuse('nom', 'Indiquez votre nom et votre prénom.');
  else if (values.nom.length > 120) refuse('nom', 'Votre nom ne doit pas dépasser 120 caractères.');
  if (values.entreprise.trim().length < 2) refuse('entreprise', 'Indiquez le nom de votre entreprise.');
  else if (values.entreprise.length > 160) refuse('entreprise', 'Le nom de l’entreprise ne doit pas dépasser 160 caractères.');
  if (values.siret.trim()) {
    const siret = checkSiret(values.siret);
    if (!siret.ok) refuse('siret', siret.message);
  }
  const email = values.email.trim();
  if (!email) refuse('email', 'Indiquez votre adresse électronique, pour que l’activateur puisse vous répondre.');
  else if (!EMAIL.test(email) || email.length > 254) refuse('email', 'Cette adresse électronique n’est pas valide : vérifiez-la (exemple : nom@entreprise.fr).');
  const phone = values.telephone.replace(/[\s.\-()]/g, '');
  if (!phone) refuse('telephone', 'Indiquez un numéro de téléphone où vous joindre.');
  else if (!/^(?:(?:\+|00)33|0)[1-9]\d{8}$/.test(phone) && !/^(?:\+|00)\d{8,15}$/.test(phone)) {
    refuse('telephone', 'Ce numéro de téléphone n’est pas valide : 10 chiffres, par exemple 04 72 00 00 00, ou +33 4 72 00 00 00.');
  }
  const need = values.besoin.trim();
  if (need.length < 20) refuse('besoin', 'Décrivez votre besoin en quelques phrases (20 caractères au moins), pour que l’activateur comprenne votre demande.');
  else if (need.length > 5000) refuse('besoin', `Votre message ne doit pas dépasser 5 000 caractères ; il en compte ${need.length}.`);
  if (!isThemeSlug(values.theme)) refuse('theme', 'Choisissez le thème qui correspond le mieux à votre besoin.');
  if (!values.consentement) refuse('consentement', 'Cochez la case pour accepter que vos informations soient transmises : sans cela, la demande ne peut pas être envoyée.');
  return refusals;
}

function contentHash(values: ContactFormValues, targets: ContactTarget[]): string {
  const norm = (s: string) => s.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');
  const parts = [values.nom, values.entreprise, values.email, values.besoin, values.theme].map(norm);
  parts.push(targets.map((t) => t.id).sort().join(','));
  return createHash('sha256').update(parts.join('\u0000')).digest('hex');
}

export async function sendContactRequest(
  ctx: AppContext,
  input: { values: ContactFormValues; slugs: string[]; ip: string },
): Promise<SendResult | { ok: false; field: ContactField; message: string; all: Refusal[] }> {
  const chosen = await chooseTargets(ctx, input.slugs);
  if (!chosen.ok) return chosen;
  const { targets } = chosen;
  const { values } = input;
  // A robot filled what no person sees: it is told "sent" and learns nothing; nothing is stored or mailed.
  if (values.piege.trim() !== '') return { ok: true, batchId: randomUUID(), targets, duplicate: false };
  const refusals = checkFields(values);
  if (refusals.length > 0) return { ...refusals[0]!, all: refusals };

  const now = ctx.clock.now();
  const email = values.email.trim().toLowerCase();
  const hash = contentHash(values, targets);

  const stored = await ctx.db.transaction(async (tx) => {
    // Two identical submissions at once (a double click) wait for each other here.
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${hash}))`);
    const previous = await findDuplicates(tx, hash, new Date(now.getTime() - DUPLICATE_WINDOW_MS));
    if (previous.length > 0) return { kind: 'duplicate' as const, batchId: previous[0]!.batchId };

    const byIp = await hit(tx, rateLimitKey('contact-ip', input.ip), { ...CONTACT_LIMITS.ip, now });
    const byEmail = await hit(tx, rateLimitKey('contact-email', email), { ...CONTACT_LIMITS.email, now });
    const verdict = !byIp.allowed ? byIp : !byEmail.allowed ? byEmail : null;
    if (verdict) return { kind: 'limited' as const, retryAfterSeconds: verdict.retryAfterSeconds };

    const batchId = randomUUID();
    const siret = values.siret.trim() ? checkSiret(values.siret) : null;
    const rows: ContactRequestRow[] = [];
    for (const target of targets) {
      const row = await insertRequest(tx, {
        batchId,
        activatorId: target.id,
        status: 'nouvelle',
        name: values.nom.trim(),
        company: values.entreprise.trim(),
        siret: siret?.ok ? siret.siret : null,
        email,
        phone: values.telephone.trim(),
        need: values.besoin.trim(),
        theme: values.theme,
        consentVersion: CONTACT_CONSENT.version,
        consentedAt: now,
        assessmentId: UUID.test(values.diagnostic.trim()) ? values.diagnostic.trim().toLowerCase() : null,
        contentHash: hash,
        createdAt: now,
        lastExchangeAt: now,
      });
      await addContactEvent(tx, { requestId: row.id, kind: 'demande', authorName: row.name, body: row.need, at: now });
      rows.push(row);
    }
    return { kind: 'stored' as const, batchId, rows };
  });

  if (stored.kind === 'limited') {
    return {
      ok: false,
      field: 'form',
      message: `Vous avez envoyé beaucoup de demandes en peu de temps. Par précaution, réessayez dans ${frenchDuration(stored.retryAfterSeconds)}.`,
    };
  }
  if (stored.kind === 'duplicate') return { ok: true, batchId: stored.batchId, targets, duplicate: true };
  for (const [i, row] of stored.rows.entries()) await mailNewRequest(ctx, targets[i]!, row);
  await mailAcknowledgement(ctx, stored.rows[0]!, targets);
  return { ok: true, batchId: stored.batchId, targets, duplicate: false };
}
