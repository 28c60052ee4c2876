import type { PageContext } from '../../ui/context.js';
import { Breadcrumb, Container, Pagination } from '../../ui/components.js';
import { Layout } from '../../ui/Layout.js';
import type { MailStatus } from '../schema.js';

interface OutboxMail {
  id: string;
  recipient: string;
  subject: string;
  textBody: string;
  template: string;
  status: MailStatus;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
}

const STATUS_LABELS: Record<MailStatus, string> = {
  en_attente: 'En attente d’envoi',
  envoye: 'Envoyé',
  conserve: 'Conservé (pas de SMTP)',
  echec: 'Échec définitif',
};

const formatDate = (d: Date) =>
  new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Paris' }).format(d);

export function OutboxPage({
  ctx,
  mails,
  page,
  pageCount,
  smtpConfigured,
}: {
  ctx: PageContext;
  mails: OutboxMail[];
  page: number;
  pageCount: number;
  smtpConfigured: boolean;
}) {
  return (
    <Layout ctx={ctx} title={`Courriels envoyés — page ${page}`}>
      <Container>
        <Breadcrumb items={[{ label: 'Courriels' }]} />
        <h1>Courriels</h1>
        <p>
          {smtpConfigured
            ? 'Les courriels sont envoyés par le serveur SMTP configuré ; ceux qui échouent sont réessayés.'
            : 'Aucun serveur SMTP n’est configuré (SMTP_URL) : les courriels sont conservés ici, rien n’est envoyé.'}
        </p>
        {mails.length === 0 ? (
          <p>Aucun courriel pour le moment.</p>
        ) : (
          mails.map((mail) => (
            <section class="fr-mb-4w fr-p-3w abeille-boxed">
              <h2 class="fr-h6 fr-mb-1w">{mail.subject}</h2>
              <p class="fr-text--sm fr-mb-1w">
                À {mail.recipient} — {formatDate(mail.createdAt)} — {STATUS_LABELS[mail.status]}
                {mail.attempts > 0 ? ` — ${mail.attempts} tentative(s)` : ''} — modèle « {mail.template} »
              </p>
              {mail.lastError && <p class="fr-error-text">Dernière erreur : {mail.lastError}</p>}
              <details>
                <summary>Lire le courriel</summary>
                <pre class="fr-text--sm abeille-pre">{mail.textBody}</pre>
              </details>
            </section>
          ))
        )}
        <Pagination page={page} pageCount={pageCount} hrefFor={(p) => `/operateur/courriels?page=${p}`} />
      </Container>
    </Layout>
  );
}
