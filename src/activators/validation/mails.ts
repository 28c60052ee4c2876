import { queueMail, renderMail } from '../../mail/index.js';
import type { AppContext } from '../../server/context.js';

const greeting = (firstName: string) => (firstName ? `Bonjour ${firstName},` : 'Bonjour,');
type To = { email: string; firstName: string };

export async function mailActivationLink(ctx: AppContext, to: To, token: string, renewed: boolean): Promise<void> {
  const body = renderMail(ctx.config, {
    greeting: greeting(to.firstName),
    paragraphs: renewed
      ? ['Voici un nouveau lien pour activer votre fiche d’activateur. Les liens envoyés auparavant ne fonctionnent plus.']
      : [
          `Bonne nouvelle : l’équipe de ${ctx.config.siteName} a validé votre dossier d’inscription comme activateur.`,
          'Il vous reste une étape : activer votre fiche. Dès l’activation, elle devient visible selon votre catégorie et vous accédez à votre espace activateur.',
        ],
    action: { label: 'Activer ma fiche', url: `${ctx.config.publicUrl}/espace-activateurs/activation/${token}` },
    notes: [
      'Ce lien est valable 24 heures et ne sert qu’une fois. Passé ce délai, connectez-vous à votre espace pour en recevoir un nouveau.',
    ],
  });
  await queueMail(ctx, { to: to.email, subject: `Activez votre fiche d’activateur — ${ctx.config.siteName}`, ...body, template: 'activateur-activation' });
}

export async function mailCorrections(ctx: AppContext, to: To, problems: string[], message: string): Promise<void> {
  const body = renderMail(ctx.config, {
    greeting: greeting(to.firstName),
    paragraphs: [
      `L’équipe de ${ctx.config.siteName} a relu votre dossier d’inscription comme activateur. Quelques points sont à corriger avant de pouvoir le valider :`,
      ...problems.map((p) => `– ${p}`),
      `Message de l’équipe : ${message}`,
      'Vos réponses sont conservées : modifiez ce qui est demandé, puis envoyez de nouveau votre dossier.',
    ],
    action: { label: 'Corriger mon dossier', url: `${ctx.config.publicUrl}/espace-activateurs/dossier` },
  });
  await queueMail(ctx, { to: to.email, subject: `Votre dossier d’activateur est à corriger — ${ctx.config.siteName}`, ...body, template: 'activateur-corrections' });
}

export async function mailRefusal(ctx: AppContext, to: To, reason: string): Promise<void> {
  const body = renderMail(ctx.config, {
    greeting: greeting(to.firstName),
    paragraphs: [
      `L’équipe de ${ctx.config.siteName} a examiné votre dossier d’inscription comme activateur et ne peut pas le valider.`,
      `Motif : ${reason}`,
      `Pour toute question, vous pouvez écrire à ${ctx.config.contactEmail}.`,
    ],
  });
  await queueMail(ctx, { to: to.email, subject: `Votre dossier d’activateur n’a pas été retenu — ${ctx.config.siteName}`, ...body, template: 'activateur-refus' });
}

export async function mailChangeApproved(ctx: AppContext, to: To): Promise<void> {
  const body = renderMail(ctx.config, {
    greeting: greeting(to.firstName),
    paragraphs: [`L’équipe de ${ctx.config.siteName} a validé la modification de votre fiche d’activateur. Elle est de nouveau visible.`],
    action: { label: 'Voir mon espace', url: `${ctx.config.publicUrl}/espace-activateurs/dossier` },
  });
  await queueMail(ctx, { to: to.email, subject: `Modification de votre fiche validée — ${ctx.config.siteName}`, ...body, template: 'activateur-modification-validee' });
}
