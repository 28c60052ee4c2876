import type { PageContext } from '../../../ui/context.js';
import { Alert, Badge, Breadcrumb, Button, CheckboxGroup, Form, TextareaField } from '../../../ui/components.js';
import { Layout } from '../../../ui/Layout.js';
import type { RegistrationStatus } from '../../schema.js';
import { STATUS_LABELS } from '../../registration/pages/parts.js';
import type { Flag } from '../flags.js';

export interface ReviewFile {
  id: string;
  reference: string;
  status: RegistrationStatus;
  rows: { label: string; value: string; href?: string }[];
  presentation: string;
  references: string;
  hasPhoto: boolean;
  hasLetter: boolean;
  flags: Flag[];
  history: { at: string; what: string; who: string; detail?: string }[];
}

/** Text typed by the activator, line by line, as text (never as markup). */
function Paragraphs({ text }: { text: string }) {
  const lines = text.split(/\n+/).filter((l) => l.trim());
  if (lines.length === 0) return <p>—</p>;
  return (
    <>
      {lines.map((l) => (
        <p>{l}</p>
      ))}
    </>
  );
}

export function ReviewPage({
  ctx,
  file,
  problems,
  errors = {},
  values = {},
}: {
  ctx: PageContext;
  file: ReviewFile;
  problems: { code: string; label: string }[];
  errors?: Partial<Record<string, string>>;
  values?: { problemes?: string[]; message?: string; motif?: string };
}) {
  const base = `/operateur/activateurs/${file.id}`;
  const pending = file.status === 'en_attente';
  return (
    <Layout ctx={ctx} title={`Dossier n° ${file.reference}`}>
      <div class="fr-container fr-mb-8w">
        <Breadcrumb items={[{ href: '/operateur/activateurs', label: 'Dossiers d’activateurs à valider' }, { label: `Dossier n° ${file.reference}` }]} />
        <h1>Dossier n° {file.reference}</h1>
        <p>
          <Badge label={STATUS_LABELS[file.status]} />
        </p>
        {errors.form && <Alert type="error" title={errors.form} />}

        <h2>Signalements automatiques</h2>
        {file.flags.length === 0 ? (
          <p>Aucun signalement. Relisez tout de même le dossier : la décision vous appartient.</p>
        ) : (
          <Alert type="warning" title={`${file.flags.length} point${file.flags.length > 1 ? 's' : ''} à vérifier`}>
            <ul>
              {file.flags.map((f) => (
                <li>
                  <strong>{f.label}</strong>
                  {f.detail ? ` — ${f.detail}` : ''}
                </li>
              ))}
            </ul>
            <p>Ces signalements aident la relecture ; ils ne décident rien.</p>
          </Alert>
        )}

        <h2 class="fr-mt-4w">Le dossier</h2>
        <dl>
          {file.rows.map((r) => (
            <>
              <dt class="fr-text--bold">{r.label}</dt>
              <dd class="fr-mb-2w">{r.href ? <a href={r.href} rel="noopener noreferrer nofollow">{r.value}</a> : r.value || '—'}</dd>
            </>
          ))}
        </dl>
        <h3>Présentation</h3>
        <Paragraphs text={file.presentation} />
        <h3>Références</h3>
        <Paragraphs text={file.references} />
        <ul>
          {file.hasPhoto && (
            <li>
              <a href={`${base}/photo`}>Voir la photo</a>
            </li>
          )}
          {file.hasLetter && (
            <li>
              <a href={`${base}/lettre.pdf`}>Télécharger la lettre d’engagement signée (PDF)</a>
            </li>
          )}
        </ul>

        {pending && (
          <>
            <h2 class="fr-mt-6w">Décision</h2>
            <h3>Valider</h3>
            <p>L’activateur reçoit un lien d’activation valable 24 heures.</p>
            <Form action={`${base}/valider`} csrfToken={ctx.csrfToken}>
              <Button>Valider le dossier</Button>
            </Form>

            <h3 class="fr-mt-4w">Demander des corrections</h3>
            <Form action={`${base}/corrections`} csrfToken={ctx.csrfToken} errorCount={[errors.problemes, errors.message].filter(Boolean).length}>
              <CheckboxGroup
                name="problemes"
                legend="Points à corriger"
                values={values.problemes ?? file.flags.map((f) => f.code)}
                error={errors.problemes}
                options={problems.map((p) => ({ value: p.code, label: p.label }))}
              />
              <TextareaField name="message" label="Message à l’activateur" hint="Il le reçoit par courriel avec la liste des points." value={values.message} error={errors.message} rows={5} />
              <Button kind="secondary">Demander les corrections</Button>
            </Form>

            <h3 class="fr-mt-4w">Refuser</h3>
            <Form action={`${base}/refuser`} csrfToken={ctx.csrfToken} errorCount={errors.motif ? 1 : 0}>
              <TextareaField name="motif" label="Motif du refus" hint="Il est envoyé à l’activateur." value={values.motif} error={errors.motif} rows={4} />
              <Button kind="secondary">Refuser le dossier</Button>
            </Form>
          </>
        )}

        <h2 class="fr-mt-6w">Historique</h2>
        <ol>
          {file.history.map((e) => (
            <li>
              {e.at} — {e.what} ({e.who}){e.detail ? ` : ${e.detail}` : ''}
            </li>
          ))}
        </ol>
      </div>
    </Layout>
  );
}
