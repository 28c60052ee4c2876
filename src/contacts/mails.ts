// The contact requests' mails: the business's acknowledgement, the request forwarded to the activator,
// answers, redirections and reminders. Every text a business typed goes in as plain text.
import type { ContactTarget } from '../activators/index.js';
import { queueMail, renderMail } from '../mail/index.js';
import type { AppContext } from '../server/context.js';
import { themeLabel, isThemeSlug } from '../themes/index.js';
import type { ContactRequestRow } from './queries.js';

export const REQUESTS_PATH = '/espace-activateurs/demandes';
const greeting = (name: string) => (name ? `Bonjour ${name},` : 'Bonjour,');
const themeOf = (slug: string) => (isThemeSlug(slug) ? themeLabel(slug) : slug);

function requestLines(request: ContactRequestRow): string[] {
  return [
    `Nom : ${request.name}`,
    `Entreprise : ${request.company}${request.siret ? ` (SIRET ${request.siret})` : ''}`,
    `Courriel : ${request.email}`,
    `Téléphone : ${request.phone}`,
    `Thème : ${themeOf(request.theme)}`,
    `Besoin : ${request.need}`,
  ];
}

/** Sent at once to the business: what happens next and what each activator committed to. */
export async function mailAcknowledgement(ctx: AppContext, request: ContactRequestRow, targets: ContactTarget[]): Promise<void> {
  const names = targets.map((t) => t.name).join(', ');
  const commitments = targets[0]?.commitments ?? [];
  const body = renderMail(ctx.config, {
    greeting: greeting(request.name),
    paragraphs: [
      targets.length > 1
        ? `Votre demande a bien été transmise à ${targets.length} activateurs : ${names}. Chacun en a reçu un exemplaire.`
        : `Votre demande a bien été transmise à ${names}.`,
      'La suite : l’activateur lit votre demande et vous répond par courriel ou par téléphone. Il vous répond dans un délai de cinq jours ouvrés ; si votre besoin sort de ses compétences, il vous oriente vers un autre activateur.',
      `En rejoignant ${ctx.config.siteName}, chaque activateur s’est engagé à :`,
      ...commitments.map((c) => `– ${c.toLowerCase()}`),
      'Rappel de votre demande :',
      ...requestLines(request),
    ],
    notes: [
      'Vos informations ne servent qu’à traiter votre demande ; elles sont supprimées trois ans après le dernier échange.',
      `Vous n’êtes pas à l’origine de cette demande ? Écrivez à ${ctx.config.contactEmail}.`,
    ],
  });
  await queueMail(ctx, { to: request.email, subject: `Votre demande de contact est transmise — ${ctx.config.siteName}`, ...body, template: 'contact-accuse-reception' });
}

/** The request, to the activator (a new one, or one redirected by a colleague). */
export async function mailNewRequest(ctx: AppContext, target: ContactTarget, request: ContactRequestRow, redirectedBy?: { name: string; message: string }): Promise<void> {
  const body = renderMail(ctx.config, {
    greeting: greeting(target.firstName),
    paragraphs: [
      redirectedBy
        ? `${redirectedBy.name} vous transmet la demande d’une entreprise qui correspond mieux à vos compétences.`
        : `Une entreprise vous a écrit par ${ctx.config.siteName}.`,
      ...(redirectedBy?.message ? [`Message de ${redirectedBy.name} : ${redirectedBy.message}`] : []),
      ...requestLines(request),
      'Conformément à la charte, répondez-lui dans un délai de cinq jours ouvrés, ou orientez-la vers un autre activateur si la demande sort de vos compétences.',
    ],
    action: { label: 'Répondre depuis mon espace', url: `${ctx.config.publicUrl}${REQUESTS_PATH}/${request.id}` },
  });
  await queueMail(ctx, {
    to: target.email,
    subject: `${redirectedBy ? 'Demande transmise' : 'Nouvelle demande de contact'} : ${request.company} — ${ctx.config.siteName}`,
    ...body,
    template: 'contact-nouvelle-demande',
  });
}

/** The activator's answer, to the business; the first one says where the contact came from. */
export async function mailAnswer(ctx: AppContext, target: ContactTarget, request: ContactRequestRow, message: string, first: boolean): Promise<void> {
  const body = renderMail(ctx.config, {
    greeting: greeting(request.name),
    paragraphs: [
      ...(first ? [`Vous avez contacté ${target.name} via ${ctx.config.siteName}. Voici sa réponse :`] : [`${target.name} vous a répondu :`]),
      message,
      `Pour lui répondre, écrivez-lui directement à ${target.email}.`,
    ],
  });
  await queueMail(ctx, { to: request.email, subject: `Réponse de ${target.name} à votre demande — ${ctx.config.siteName}`, ...body, template: 'contact-reponse' });
}

/** Tells the business its request was passed on to another activator. */
export async function mailRedirected(ctx: AppContext, from: ContactTarget, to: ContactTarget, request: ContactRequestRow, message: string): Promise<void> {
  const body = renderMail(ctx.config, {
    greeting: greeting(request.name),
    paragraphs: [
      `Vous avez contacté ${from.name} via ${ctx.config.siteName}. Votre besoin correspond mieux aux compétences de ${to.name}${to.structureName ? ` (${to.structureName})` : ''}, à qui ${from.name} a transmis votre demande.`,
      ...(message ? [`Message de ${from.name} : ${message}`] : []),
      `${to.name} vous répondra dans un délai de cinq jours ouvrés.`,
    ],
    action: { label: `Voir la fiche de ${to.name}`, url: `${ctx.config.publicUrl}/trouver-un-accompagnement/${encodeURIComponent(to.slug)}` },
  });
  await queueMail(ctx, { to: request.email, subject: `Votre demande est transmise à ${to.name} — ${ctx.config.siteName}`, ...body, template: 'contact-redirection' });
}

/** Five working days without answer: one reminder to the activator. */
export async function mailReminder(ctx: AppContext, target: ContactTarget, request: ContactRequestRow): Promise<void> {
  const body = renderMail(ctx.config, {
    greeting: greeting(target.firstName),
    paragraphs: [
      `La demande de ${request.name} (${request.company}), reçue il y a cinq jours ouvrés, attend toujours votre réponse.`,
      'La charte prévoit une réponse rapide : répondez-lui, ou orientez-la vers un autre activateur si elle sort de vos compétences. Sans réponse sous dix jours ouvrés, l’équipe de la plateforme en est informée.',
    ],
    action: { label: 'Voir la demande', url: `${ctx.config.publicUrl}${REQUESTS_PATH}/${request.id}` },
  });
  await queueMail(ctx, { to: target.email, subject: `Une demande de contact attend votre réponse — ${ctx.config.siteName}`, ...body, template: 'contact-relance' });
}
