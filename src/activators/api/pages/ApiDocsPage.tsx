import { Breadcrumb, Container } from '../../../ui/components.js';
import type { PageContext } from '../../../ui/context.js';
import { Layout } from '../../../ui/Layout.js';

type Json = Record<string, any>;

interface ParameterView {
  name: string;
  where: string;
  required: boolean;
  description: string;
  format: string;
}

/** A parameter's schema said in words: "entier de 1 à 200, 30 par défaut", "une valeur parmi …". */
function describeSchema(schema: Json | undefined): string {
  if (!schema) return '';
  const parts: string[] = [];
  if (schema.enum) parts.push(`une valeur parmi : ${(schema.enum as string[]).join(', ')}`);
  else if (schema.type === 'integer') {
    parts.push(schema.minimum !== undefined && schema.maximum !== undefined ? `entier de ${schema.minimum} à ${schema.maximum}` : 'entier');
  } else if (schema.type === 'string') {
    parts.push(schema.maxLength ? `texte, ${schema.maxLength} caractères au plus` : 'texte');
  }
  if (schema.default !== undefined) parts.push(`${schema.default} par défaut`);
  return parts.join(', ');
}

function resolve(document: Json, item: Json): Json {
  if (!item.$ref) return item;
  const path = String(item.$ref).replace(/^#\//, '').split('/');
  return path.reduce((node: Json, key) => node?.[key], document) ?? {};
}

/** The API's reference, drawn from the very document served at /api/openapi.json. */
export function ApiDocsPage({ ctx, document }: { ctx: PageContext; document: Json }) {
  const endpoints = Object.entries(document.paths as Json).flatMap(([path, methods]) =>
    Object.entries(methods as Json).map(([method, operation]) => ({ path, method: method.toUpperCase(), operation: operation as Json })),
  );
  return (
    <Layout ctx={ctx} title="API publique" description={document.info.description}>
      <Container>
        <Breadcrumb items={[{ label: 'API publique' }]} />
        <h1>{document.info.title}</h1>
        <p class="fr-text--lead">{document.info.description}</p>
        <p>
          La description complète au format OpenAPI {document.openapi} est disponible à l’adresse{' '}
          <a href="/api/openapi.json">/api/openapi.json</a>. Licence des données : {document.info.license.name}.
        </p>
        <nav class="fr-summary fr-mb-4w" role="navigation" aria-labelledby="sommaire-api">
          <p class="fr-summary__title" id="sommaire-api">
            Points d’accès
          </p>
          <ol class="fr-summary__list">
            {endpoints.map((e) => (
              <li>
                <a class="fr-summary__link" href={`#${e.operation.operationId}`}>
                  {`${e.method} ${e.path} — ${e.operation.summary}`}
                </a>
              </li>
            ))}
          </ol>
        </nav>
        {endpoints.map((e) => {
          const parameters: ParameterView[] = ((e.operation.parameters ?? []) as Json[]).map((p) => {
            const param = resolve(document, p);
            return {
              name: param.name,
              where: param.in === 'path' ? 'chemin' : 'requête',
              required: Boolean(param.required),
              description: param.description ?? '',
              format: describeSchema(param.schema),
            };
          });
          const responses = Object.entries((e.operation.responses ?? {}) as Json).map(([code, r]) => ({ code, description: (r as Json).description }));
          return (
            <section id={e.operation.operationId} class="fr-mb-6w">
              <h2 class="fr-h4">
                <code>{e.method}</code> <code>{e.path}</code>
              </h2>
              <p>
                <strong>{e.operation.summary}.</strong> {e.operation.description ?? ''}
              </p>
              {parameters.length > 0 && (
                <>
                  <h3 class="fr-h6">Paramètres</h3>
                  <ul>
                    {parameters.map((p) => (
                      <li>
                        <code>{p.name}</code> ({p.where}, {p.required ? 'obligatoire' : 'facultatif'}) : {p.description}
                        {p.format && ` Valeurs : ${p.format}.`}
                      </li>
                    ))}
                  </ul>
                </>
              )}
              <h3 class="fr-h6">Réponses</h3>
              <ul>
                {responses.map((r) => (
                  <li>
                    <code>{r.code}</code> : {r.description}
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </Container>
    </Layout>
  );
}
