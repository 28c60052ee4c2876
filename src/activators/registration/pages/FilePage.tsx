import type { PageContext } from '../../../ui/context.js';
import { Alert, Badge, Breadcrumb, Button, ButtonLink, Form } from '../../../ui/components.js';
import { Layout } from '../../../ui/Layout.js';
import type { RegistrationStatus } from '../../schema.js';
import { SECTION_TITLES, SECTIONS, type SectionKey } from '../draft.js';
import { STATUS_LABELS } from './parts.js';

export interface FileView {
  status: RegistrationStatus;
  reference: string;
  done: SectionKey[];
  missing: { section: SectionKey; message: string }[];
  corrections: { problems: string[]; message: string; at: string } | null;
  refusal: { reason: string; at: string } | null;
  submittedAt: string | null;
  profilePath: string | null;
}

const SECTION_PATHS: Record<SectionKey, string> = {
  personne: '/espace-activateurs/dossier/personne',
  structure: '/espace-activateurs/dossier/structure',
  activite: '/espace-activateurs/dossier/activite',
  engagement: '/espace-activateurs/dossier/engagement',
};
export { SECTION_PATHS };

/** The activator's file: where it stands, the sections to fill, what is missing, and the next step. */
export function FilePage({ ctx, file }: { ctx: PageContext; file: FileView }) {
  const editable = file.status === 'brouillon' || file.status === 'a_corriger';
  return (
    <Layout ctx={ctx} title="Mon dossier d’activateur">
      <div class="fr-container fr-mb-8w">
        <Breadcrumb items={[{ href: '/espace-activateurs', label: 'Espace activateurs' }, { label: 'Mon dossier' }]} />
        <h1>Mon dossier d’activateur</h1>
        <p class="fr-mb-1w">Dossier n° {file.reference}</p>
        <Badge label={STATUS_LABELS[file.status]} color={file.status === 'active' ? 'success' : 'info'} />

        {file.status === 'a_corriger' && file.corrections && (
          <Alert type="warning" title="L’équipe vous demande des corrections">
            <ul>
              {file.corrections.problems.map((p) => (
                <li>{p}</li>
              ))}
            </ul>
            <p>Message de l’équipe : {file.corrections.message}</p>
            <p>Corrigez les sections concernées puis envoyez de nouveau votre dossier.</p>
          </Alert>
        )}
        {file.status === 'en_attente' && (
          <Alert type="info" title="Votre dossier est en cours d’examen">
            <p>
              Envoyé le {file.submittedAt}. L’équipe s’engage à vous répondre dans un délai de 15 jours. Vous recevrez sa décision par courriel.
            </p>
          </Alert>
        )}
        {file.status === 'validee' && (
          <Alert type="success" title="Votre dossier est validé">
            <p>Un lien d’activation vous a été envoyé par courriel. Il est valable 24 heures. Vous ne le trouvez pas, ou il a expiré ?</p>
            <Form action="/espace-activateurs/dossier/nouveau-lien" csrfToken={ctx.csrfToken}>
              <Button kind="secondary">Recevoir un nouveau lien d’activation</Button>
            </Form>
          </Alert>
        )}
        {file.status === 'active' && (
          <>
            <Alert type="success" title="Votre fiche est active">
              {file.profilePath ? (
                <p>
                  Elle est visible à l’adresse <a href={file.profilePath}>{file.profilePath}</a>.
                </p>
              ) : (
                <p>Votre catégorie n’a pas de fiche publique : vous avez accès à l’espace activateurs.</p>
              )}
            </Alert>
            <h2 class="fr-mt-6w">Modifier ma fiche</h2>
            <p>
              Vos modifications sont visibles aussitôt. Un changement de structure (SIRET) ou de catégorie renvoie votre fiche en validation : elle
              n’est plus visible jusqu’à la décision de l’équipe.
            </p>
            <ul>
              {SECTIONS.filter((s) => s !== 'engagement').map((s) => (
                <li>
                  <a href={SECTION_PATHS[s]}>{SECTION_TITLES[s]}</a>
                </li>
              ))}
            </ul>
            <h2 class="fr-mt-6w">Ma situation a changé</h2>
            <p>
              Vous avez quitté votre structure ou arrêté votre activité ? <a href="/espace-activateurs/changement-de-situation">Déclarer un changement de situation</a>{' '}
              retire votre fiche.
            </p>
          </>
        )}
        {file.status === 'retiree' && (
          <Alert type="info" title="Votre fiche est retirée">
            <p>Elle n’est plus visible des entreprises.</p>
          </Alert>
        )}
        {file.status === 'refusee' && file.refusal && (
          <Alert type="error" title="Votre dossier n’a pas été retenu">
            <p>Motif : {file.refusal.reason}</p>
          </Alert>
        )}

        {editable && (
          <>
            <h2 class="fr-mt-6w">Les sections de votre dossier</h2>
            <p>Chaque section s’enregistre quand vous la quittez : vous pouvez vous arrêter et reprendre plus tard.</p>
            <ol>
              {SECTIONS.map((s) => (
                <li class="fr-mb-2w">
                  <a href={SECTION_PATHS[s]}>{SECTION_TITLES[s]}</a>{' '}
                  {file.done.includes(s) ? <Badge label="Complète" color="success" /> : <Badge label="À compléter" color="info" />}
                </li>
              ))}
            </ol>
            <h2 class="fr-mt-6w">Envoyer mon dossier</h2>
            {file.missing.length > 0 ? (
              <>
                <p>Avant d’envoyer votre dossier :</p>
                <ul>
                  {file.missing.map((m) => (
                    <li>
                      <a href={SECTION_PATHS[m.section]}>{m.message}</a>
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <p>Votre dossier est complet. Une fois envoyé, il ne pourra plus être modifié pendant son examen.</p>
            )}
            <Form action="/espace-activateurs/dossier/envoyer" csrfToken={ctx.csrfToken}>
              <Button>Envoyer mon dossier à l’équipe</Button>
            </Form>
          </>
        )}
        {!editable && file.status !== 'active' && (
          <p class="fr-mt-4w">
            <ButtonLink href="/espace-activateurs" kind="secondary">
              Retour à l’espace activateurs
            </ButtonLink>
          </p>
        )}
      </div>
    </Layout>
  );
}
