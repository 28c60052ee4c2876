import { queueMail, renderMail } from '../mail/index.js';
import type { AppContext } from '../server/context.js';

// Every mail the accounts domain sends, in French. Links carry the token in the path; the pages
// they open ask for a click (POST) before using it, so a mail scanner that follows links uses nothing.

const greeting = (firstName: string) => (firstName ? `Bonjour ${firstName},` : 'Bonjour,');

export async function mailVerification(ctx: AppContext, to: { email: string; firstName: string }, token: string): Promise<void> {
  const url = `${ctx.config.publicUrl}/verifier-email/${token}`;
  const body = renderMail(ctx.config, {
    greeting: greeting(to.firstName),
    paragraphs: [`Pour confirmer l’adresse électronique de votre compte ${ctx.config.siteName}, ouvrez le lien ci-dessous.`],
    action: { label: 'Confirmer mon adresse', url },
    notes: ['Ce lien est valable 24 heures et ne sert qu’une fois.', 'Si vous n’avez pas créé de compte, ignorez ce message : aucun compte ne sera activé sans ce lien.'],
  });
  await queueMail(ctx, { to: to.email, subject: `Confirmez votre adresse électronique — ${ctx.config.siteName}`, ...body, template: 'verification-email' });
}

/** Sent instead of a second account, so the sign-up form never reveals who already has one. */
export async function mailAccountExists(ctx: AppContext, to: { email: string; firstName: string }): Promise<void> {
  const body = renderMail(ctx.config, {
    greeting: greeting(to.firstName),
    paragraphs: [
      `Quelqu’un (peut-être vous) a demandé à créer un compte ${ctx.config.siteName} avec cette adresse électronique. Un compte existe déjà pour elle : aucun autre n’a été créé.`,
      'Si vous avez oublié votre mot de passe, vous pouvez en choisir un nouveau.',
    ],
    action: { label: 'Choisir un nouveau mot de passe', url: `${ctx.config.publicUrl}/mot-de-passe-oublie` },
    notes: ['Si vous n’êtes pas à l’origine de cette demande, ignorez ce message : votre compte n’a pas changé.'],
  });
  await queueMail(ctx, { to: to.email, subject: `Vous avez déjà un compte — ${ctx.config.siteName}`, ...body, template: 'compte-existant' });
}

export async function mailPasswordReset(ctx: AppContext, to: { email: string; firstName: string }, token: string): Promise<void> {
  const url = `${ctx.config.publicUrl}/reinitialiser-mot-de-passe/${token}`;
  const body = renderMail(ctx.config, {
    greeting: greeting(to.firstName),
    paragraphs: [`Vous avez demandé à choisir un nouveau mot de passe pour votre compte ${ctx.config.siteName}.`],
    action: { label: 'Choisir un nouveau mot de passe', url },
    notes: [
      'Ce lien est valable 24 heures et ne sert qu’une fois.',
      'Si vous n’êtes pas à l’origine de cette demande, ignorez ce message : votre mot de passe reste le même.',
    ],
  });
  await queueMail(ctx, { to: to.email, subject: `Nouveau mot de passe — ${ctx.config.siteName}`, ...body, template: 'reinitialisation-mot-de-passe' });
}

/** Tells the owner at once, so a change they did not make does not go unnoticed. */
export async function mailPasswordChanged(ctx: AppContext, to: { email: string; firstName: string }): Promise<void> {
  const body = renderMail(ctx.config, {
    greeting: greeting(to.firstName),
    paragraphs: [
      `Le mot de passe de votre compte ${ctx.config.siteName} vient d’être modifié. Toutes les sessions ouvertes avec l’ancien mot de passe ont été fermées.`,
    ],
    notes: [
      'Si vous n’êtes pas à l’origine de ce changement, choisissez tout de suite un nouveau mot de passe depuis la page « Mot de passe oublié » et prévenez l’équipe du site.',
    ],
    action: { label: 'Mot de passe oublié', url: `${ctx.config.publicUrl}/mot-de-passe-oublie` },
  });
  await queueMail(ctx, { to: to.email, subject: `Votre mot de passe a été modifié — ${ctx.config.siteName}`, ...body, template: 'mot-de-passe-modifie' });
}

/** Two years without a login: the owner is told the account will go, and how to keep it. */
export async function mailInactivityWarning(ctx: AppContext, to: { email: string; firstName: string }, deletionDate: Date): Promise<void> {
  const date = deletionDate.toLocaleDateString('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Paris' });
  const body = renderMail(ctx.config, {
    greeting: greeting(to.firstName),
    paragraphs: [
      `Votre compte ${ctx.config.siteName} n’a pas été utilisé depuis deux ans. Pour ne pas garder vos données plus longtemps que nécessaire, il sera supprimé le ${date}, avec les données qui lui sont liées.`,
      'Pour le garder, il suffit de vous connecter avant cette date.',
    ],
    action: { label: 'Me connecter', url: `${ctx.config.publicUrl}/connexion` },
    notes: ['Si vous ne souhaitez plus utiliser ce compte, vous n’avez rien à faire.'],
  });
  await queueMail(ctx, { to: to.email, subject: `Votre compte sera bientôt supprimé — ${ctx.config.siteName}`, ...body, template: 'avertissement-inactivite' });
}

/** Confirms a deletion, whether the owner asked for it or the account went unused. */
export async function mailAccountDeleted(ctx: AppContext, to: { email: string; firstName: string }, reason: 'demande' | 'inactivite'): Promise<void> {
  const why =
    reason === 'demande'
      ? `Comme vous l’avez demandé, votre compte ${ctx.config.siteName} a été supprimé, avec les données qui lui étaient liées.`
      : `Votre compte ${ctx.config.siteName}, inutilisé depuis plus de deux ans, a été supprimé avec les données qui lui étaient liées, comme annoncé il y a 30 jours.`;
  const body = renderMail(ctx.config, {
    greeting: greeting(to.firstName),
    paragraphs: [why, 'Vous pouvez créer un nouveau compte à tout moment.'],
    notes: ['Ce message est le dernier que vous recevrez à cette adresse de notre part.'],
  });
  await queueMail(ctx, { to: to.email, subject: `Votre compte a été supprimé — ${ctx.config.siteName}`, ...body, template: 'compte-supprime' });
}
