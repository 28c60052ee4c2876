import { queueMail, renderMail } from '../mail/index.js';
import type { AppContext } from '../server/context.js';

// The self-assessment's mails, in French. The links are private (a random token): whoever has the
// mail has the result, as with the link shown on the page.

const greeting = (firstName?: string) => (firstName ? `Bonjour ${firstName},` : 'Bonjour,');

export const RESULT_SAVED_TEMPLATE = 'autodiagnostic-resultat';
export const RESUME_LINK_TEMPLATE = 'autodiagnostic-reprise';

/** Sent when a result is saved in an account: the private link, and where to find it again. */
export async function mailSavedResult(ctx: AppContext, to: { email: string; firstName?: string }, resultUrl: string): Promise<void> {
  const body = renderMail(ctx.config, {
    greeting: greeting(to.firstName),
    paragraphs: [
      `Votre résultat d’autodiagnostic est enregistré dans votre compte ${ctx.config.siteName}.`,
      'Vous pouvez le revoir à tout moment par le lien ci-dessous, ou depuis « Mon espace » une fois connecté. Refaites l’autodiagnostic dans quelques mois : vous verrez vos progrès, thème par thème.',
    ],
    action: { label: 'Voir mon résultat', url: resultUrl },
    notes: ['Ce lien est personnel : ne le transmettez qu’aux personnes à qui vous voulez montrer votre résultat.'],
  });
  await queueMail(ctx, { to: to.email, subject: `Votre résultat d’autodiagnostic — ${ctx.config.siteName}`, ...body, template: RESULT_SAVED_TEMPLATE });
}

/** Sent on request during the assessment: the link to pick up where the visitor stopped, on any device. */
export async function mailResumeLink(ctx: AppContext, to: string, resumeUrl: string): Promise<void> {
  const body = renderMail(ctx.config, {
    greeting: greeting(),
    paragraphs: [
      'Vous avez commencé l’autodiagnostic et demandé un lien pour le reprendre plus tard. Vos réponses sont enregistrées à chaque étape : le lien vous ramène là où vous vous étiez arrêté, sur cet appareil ou un autre.',
    ],
    action: { label: 'Reprendre mon autodiagnostic', url: resumeUrl },
    notes: [
      'Ce lien est personnel : ne le transmettez pas.',
      'Si vous n’êtes pas à l’origine de cette demande, ignorez ce message.',
    ],
  });
  await queueMail(ctx, { to, subject: `Reprendre votre autodiagnostic — ${ctx.config.siteName}`, ...body, template: RESUME_LINK_TEMPLATE });
}
