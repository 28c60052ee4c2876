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
