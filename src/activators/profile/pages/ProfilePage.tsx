import type { ComponentChildren } from 'preact';
import { Breadcrumb, ButtonLink, Container } from '../../../ui/components.js';
import type { PageContext } from '../../../ui/context.js';
import { Layout } from '../../../ui/Layout.js';
import { KINDS } from '../../kinds.js';
import { placeLabel, publicName, safeExternalUrl, sectorLabels, themeLabels } from '../../directory/present.js';
import type { PublicProfile } from '../queries.js';

export interface ProfilePageProps {
  ctx: PageContext;
  profile: PublicProfile;
  photoUrl: string | null;
  /** Names of the departments served, in code order. */
  territory: string[];
  /** The charter's commitments, as the short titles a visitor reads. */
  commitments: string[];
  region: { name: string; href: string } | null;
  /** The self-assessment a business comes from (?diagnostic=<uuid>), carried on to the contact form. */
  diagnostic?: string;
}

/** The anchor of the contact section, linked from the top of the page and from elsewhere (results, mails). */
export const CONTACT_ANCHOR = 'contacter';

/**
 * The contact form, served by the contacts domain (which this one does not import): a documented contract,
 * `GET /contacter?activateurs=<slug>[,<slug>…][&diagnostic=<assessment uuid>]`.
 */
export function contactFormHref(slug: string, diagnostic?: string): string {
  return `/contacter?activateurs=${encodeURIComponent(slug)}${diagnostic ? `&diagnostic=${encodeURIComponent(diagnostic)}` : ''}`;
}

function Section({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <section class="fr-mb-5w">
      <h2 class="fr-h4">{title}</h2>
      {children}
    </section>
  );
}

function ExternalLink({ href, children, name }: { href: string; children: ComponentChildren; name: string }) {
  return (
    <a class="fr-link fr-icon-external-link-line fr-link--icon-right" href={href} target="_blank" rel="noopener noreferrer" title={`${name} (nouvelle fenêtre)`}>
      {children}
    </a>
  );
}

export function ProfilePage({ ctx, profile, photoUrl, territory, commitments, region, diagnostic }: ProfilePageProps) {
  const rules = KINDS[profile.kind];
  const name = publicName(profile);
  const themes = themeLabels(profile.themes);
  const sectors = sectorLabels(profile.sectors);
  const offerUrl = safeExternalUrl(profile.offerUrl);
  const website = safeExternalUrl(profile.website ?? profile.structureWebsite);
  const social = safeExternalUrl(profile.socialUrl ?? profile.structureSocialUrl);
  const videos = profile.videoUrls.map(safeExternalUrl).filter((u): u is string => u !== null);
  const person = rules.pageNamedAfter === 'person';
  return (
    <Layout ctx={ctx} title={`${name}, ${rules.label.toLowerCase()}`} description={profile.presentation.slice(0, 160)}>
      <Container>
        <Breadcrumb items={[{ href: '/trouver-un-accompagnement', label: 'Trouver un accompagnement' }, { label: name }]} />
        <div class="fr-grid-row fr-grid-row--gutters fr-mb-4w">
          <div class="fr-col-12 fr-col-md-3">
            {photoUrl ? (
              <img class="fr-responsive-img" src={photoUrl} alt={`Photo de ${name}`} width={240} height={240} />
            ) : (
              <p class="fr-icon-user-line fr-text--lead" aria-hidden="true"></p>
            )}
          </div>
          <div class="fr-col-12 fr-col-md-9">
            <ul class="fr-badges-group">
              <li>
                <p class="fr-badge fr-badge--blue-ecume">{rules.label}</p>
              </li>
            </ul>
            <h1 class="fr-mb-1w">{name}</h1>
            {person && profile.structureName && <p class="fr-text--lead fr-mb-1w">{profile.structureName}</p>}
            <p class="fr-icon-map-pin-2-line">
              {placeLabel(profile)}
              {region && (
                <>
                  {' — '}
                  <a href={region.href}>{region.name}</a>
                </>
              )}
            </p>
            {rules.contactable ? (
              <ButtonLink href={`#${CONTACT_ANCHOR}`} icon="fr-icon-mail-line">
                {`Contacter ${name}`}
              </ButtonLink>
            ) : (
              offerUrl && (
                <a class="fr-btn fr-icon-external-link-line fr-btn--icon-right" href={offerUrl} target="_blank" rel="noopener noreferrer" title={`Découvrir les offres de ${name} (nouvelle fenêtre)`}>
                  Découvrir les offres
                </a>
              )
            )}
          </div>
        </div>

        <div class="fr-grid-row fr-grid-row--gutters">
          <div class="fr-col-12 fr-col-md-8">
            {profile.presentation && (
              <Section title="Présentation">
                <p class="abeille-pre">{profile.presentation}</p>
              </Section>
            )}
            {profile.clientReferences && (
              <Section title="Références">
                <p class="abeille-pre">{profile.clientReferences}</p>
              </Section>
            )}
            {(website || social || videos.length > 0 || (rules.contactable && offerUrl)) && (
              <Section title="Liens">
                <ul>
                  {website && (
                    <li>
                      <ExternalLink href={website} name="Site internet">
                        Site internet
                      </ExternalLink>
                    </li>
                  )}
                  {social && (
                    <li>
                      <ExternalLink href={social} name="Réseau social">
                        Réseau social
                      </ExternalLink>
                    </li>
                  )}
                  {rules.contactable && offerUrl && (
                    <li>
                      <ExternalLink href={offerUrl} name="Offre d’accompagnement">
                        Offre d’accompagnement
                      </ExternalLink>
                    </li>
                  )}
                  {videos.map((v, i) => (
                    <li>
                      <ExternalLink href={v} name={`Vidéo ${i + 1}`}>
                        {`Vidéo ${i + 1}`}
                      </ExternalLink>
                    </li>
                  ))}
                </ul>
              </Section>
            )}
            {rules.contactable ? (
              <section id={CONTACT_ANCHOR} class="fr-mb-5w" tabIndex={-1}>
                <h2 class="fr-h4">{`Contacter ${name}`}</h2>
                <p>
                  Décrivez votre besoin en quelques lignes : {name} reçoit votre demande par courriel et vous répond dans un délai de cinq
                  jours ouvrés. Le premier échange est gratuit.
                </p>
                <ButtonLink href={contactFormHref(profile.slug, diagnostic)} icon="fr-icon-mail-line">
                  {`Écrire à ${name}`}
                </ButtonLink>
              </section>
            ) : (
              <Section title="Contact">
                <p>
                  Les offreurs de solutions ne reçoivent pas de demandes de contact par la plateforme.
                  {offerUrl ? ' Leurs offres sont présentées sur leur propre site.' : ''}
                </p>
              </Section>
            )}
          </div>
          <div class="fr-col-12 fr-col-md-4">
            {themes.length > 0 && (
              <Section title="Domaines d’intervention">
                <ul class="fr-tags-group">
                  {themes.map((t) => (
                    <li>
                      <p class="fr-tag">{t}</p>
                    </li>
                  ))}
                </ul>
              </Section>
            )}
            {sectors.length > 0 && (
              <Section title="Secteurs d’activité">
                <ul>
                  {sectors.map((s) => (
                    <li>{s}</li>
                  ))}
                </ul>
              </Section>
            )}
            {territory.length > 0 && (
              <Section title="Territoire d’intervention">
                <p>{territory.join(', ')}</p>
              </Section>
            )}
            {rules.contactable && commitments.length > 0 && (
              <Section title="Ses engagements">
                <ul>
                  {commitments.map((c) => (
                    <li>{c}</li>
                  ))}
                </ul>
                <p class="fr-text--sm">
                  Comme tous les activateurs, {name} a signé la charte d’engagement de la plateforme.
                </p>
              </Section>
            )}
          </div>
        </div>
      </Container>
    </Layout>
  );
}
