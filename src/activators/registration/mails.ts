import { queueMail, renderMail } from '../../mail/index.js';
import type { AppContext } from '../../server/context.js';

const greeting = (firstName: string) => (firstName ? `Bonjour ${firstName},` : 'Bonjour,');

/** Sent on every submission (first one or after corrections): the file is in the operators' queue. */
export async function mailAcknowledgement(ctx: AppContext, to: { email: string; firstName: string }, resubmission: boolean): Promise<void> {
  const body = renderMail(ctx.config, {
    greeting: greeting(to.firstName),
    paragraphs: [
      resubmission
        ? `Nous avons bien reçu votre dossier corrigé d’inscription comme activateur ${ctx.config.siteName}.`
        : `Nous avons bien reçu votre dossier d’inscription comme activateur ${ctx.config.siteName}.`,
      'L’équipe qui anime la plateforme va le relire. Elle s’engage à vous répondre dans un délai de 15 jours : validation, demande de corrections ou refus motivé.',
      'Une fois votre dossier validé, vous recevrez un courriel avec un lien pour activer votre fiche.',
    ],
    action: { label: 'Suivre mon dossier', url: `${ctx.config.publicUrl}/espace-activateurs/dossier` },
  });
  await queueMail(ctx, { to: to.email, subject: `Dossier d’inscription reçu — ${ctx.config.siteName}`, ...body, template: 'activateur-accuse-reception' });
}
