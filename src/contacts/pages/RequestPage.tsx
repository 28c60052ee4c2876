import type { ContactTarget } from '../../activators/index.js';
import { Alert, Breadcrumb, Button, Container, Field, Form, RadioGroup, TextareaField } from '../../ui/components.js';
import type { PageContext } from '../../ui/context.js';
import { Layout } from '../../ui/Layout.js';
import { REQUESTS_PATH } from '../mails.js';
import type { ContactEventRow, ContactRequestRow } from '../queries.js';
import { STATUS_LABELS } from '../use-cases/change-request-status.js';
import { formatDateTime, themeName } from './format.js';
import { StatusBadge } from './RequestsListPage.js';

const EVENT_LABELS: Record<ContactEventRow['kind'], string> = {
  demande: 'Demande de l’entreprise',
  reponse: 'Réponse',
  statut: 'Changement de statut',
  redirection: 'Redirection',
  relance: 'Relance',
  signalement: 'Signalement à l’équipe',
};

export interface RequestPageProps {
  ctx: PageContext;
  request: ContactRequestRow;
  events: ContactEventRow[];
  /** The redirection's search: what was typed and the activators found. */
  search: { query: string; results: ContactTarget[] };
  values?: { reponse?: string; message?: string; cible?: string };
  errors?: Partial<Record<string, string>>;
}

export function RequestPage({ ctx, request, events, search, values = {}, errors = {} }: RequestPageProps) {
  const path = `${REQUESTS_PATH}/${request.id}`;
  const open = request.status !== 'redirigee' && !request.anonymisedAt;
  return (
    <Layout ctx={ctx} title={`Demande de ${request.company || 'une entreprise'}`}>
      <Container>
        <Breadcrumb
          items={[
            { href: '/espace-activateurs', label: 'Espace activateurs' },
            { href: REQUESTS_PATH, label: 'Demandes de contact' },
            { label: request.company || 'Demande' },
          ]}
        />
        <h1>{`Demande de ${request.company || 'une entreprise'}`}</h1>
        <StatusBadge status={request.status} />
        {errors.form && (
          <div class="fr-mt-2w">
            <Alert type="error" small title={errors.form} />
          </div>
        )}
        <div class="fr-grid-row fr-grid-row--gutters fr-mt-2w">
          <div class="fr-col-12 fr-col-md-7">
            <h2 class="fr-h4">L’entreprise</h2>
            {request.anonymisedAt ? (
              <p>Les coordonnées de l’entreprise ont été effacées, trois ans après le dernier échange.</p>
            ) : (
              <ul>
                <li>Nom : {request.name}</li>
                <li>
                  Entreprise : {request.company}
                  {request.siret && ` (SIRET ${request.siret})`}
                </li>
                <li>
                  Courriel : <a href={`mailto:${request.email}`}>{request.email}</a>
                </li>
                <li>Téléphone : {request.phone}</li>
                <li>Thème : {themeName(request.theme)}</li>
              </ul>
            )}
            <h2 class="fr-h4">Historique des échanges</h2>
            <ol class="fr-raw-list">
              {events.map((e) => (
                <li class="fr-mb-3w">
                  <p class="fr-text--bold fr-mb-1v">
                    {EVENT_LABELS[e.kind]}
                    {e.authorName && ` — ${e.authorName}`} — {formatDateTime(e.createdAt)}
                  </p>
                  {e.body && <p class="abeille-pre fr-mb-0">{e.body}</p>}
                </li>
              ))}
            </ol>
          </div>
          <div class="fr-col-12 fr-col-md-5">
            {open ? (
              <>
                <h2 class="fr-h4">Répondre</h2>
                <Form action={`${path}/reponse`} csrfToken={ctx.csrfToken} errorCount={errors.reponse ? 1 : 0}>
                  <TextareaField
                    name="reponse"
                    label="Votre réponse"
                    hint={`Elle est envoyée par courriel à ${request.email || 'l’entreprise'}, avec votre adresse pour la suite des échanges.`}
                    value={values.reponse}
                    error={errors.reponse}
                    rows={6}
                  />
                  <Button icon="fr-icon-send-plane-line">Envoyer la réponse</Button>
                </Form>

                <h2 class="fr-h4 fr-mt-4w">Statut</h2>
                <Form action={`${path}/statut`} csrfToken={ctx.csrfToken}>
                  <RadioGroup
                    name="statut"
                    legend="Où en est cette demande ?"
                    value={request.status}
                    error={errors.statut}
                    options={(['prise_en_charge', 'close'] as const).map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
                  />
                  <Button kind="secondary">Changer le statut</Button>
                </Form>

                <h2 class="fr-h4 fr-mt-4w" id="rediriger">
                  Rediriger vers un autre activateur
                </h2>
                <p class="fr-text--sm">Si la demande sort de vos compétences, transmettez-la : l’entreprise et l’activateur choisi sont prévenus.</p>
                <form method="get" action={`${path}#rediriger`} role="search" aria-label="Chercher un activateur">
                  <Field name="recherche" type="search" label="Chercher un activateur" hint="Nom, structure, commune ou code postal" value={search.query} />
                  <Button kind="secondary" icon="fr-icon-search-line">
                    Chercher
                  </Button>
                </form>
                {search.query && search.results.length === 0 && <p class="fr-mt-2w">Aucun activateur joignable ne correspond à cette recherche.</p>}
                {(search.results.length > 0 || errors.cible) && (
                  <div class="fr-mt-3w">
                    <Form action={`${path}/redirection`} csrfToken={ctx.csrfToken} errorCount={errors.cible || errors.message ? 1 : 0}>
                      <RadioGroup
                        name="cible"
                        legend="Transmettre la demande à"
                        value={values.cible}
                        error={errors.cible}
                        options={search.results.map((t) => ({
                          value: t.slug,
                          label: t.name,
                          hint: [t.structureName, t.communeName && `${t.communeName} (${t.postalCode})`].filter(Boolean).join(' — '),
                        }))}
                      />
                      <TextareaField name="message" label="Un mot pour l’activateur et l’entreprise (facultatif)" value={values.message} error={errors.message} rows={3} />
                      <Button kind="secondary">Transmettre la demande</Button>
                    </Form>
                  </div>
                )}
              </>
            ) : (
              <p>{request.status === 'redirigee' ? 'Vous avez transmis cette demande à un autre activateur.' : 'Cette demande est close.'}</p>
            )}
          </div>
        </div>
      </Container>
    </Layout>
  );
}
