import type { PageContext } from './context.js';
import { FOOTER_LINKS } from './navigation.js';

const STATE_SITES = [
  { href: 'https://www.info.gouv.fr', label: 'info.gouv.fr' },
  { href: 'https://www.service-public.fr', label: 'service-public.fr' },
  { href: 'https://www.legifrance.gouv.fr', label: 'legifrance.gouv.fr' },
  { href: 'https://www.data.gouv.fr', label: 'data.gouv.fr' },
];

export function Footer({ ctx }: { ctx: PageContext }) {
  const { site } = ctx;
  return (
    <footer class="fr-footer" role="contentinfo" id="pied-de-page">
      <div class="fr-container">
        <div class="fr-footer__body">
          <div class="fr-footer__brand fr-enlarge-link">
            <a href="/" title={`Retour à l’accueil du site - ${site.name}`}>
              {site.stateBrand ? (
                <p class="fr-logo">
                  République
                  <br />
                  française
                </p>
              ) : (
                <p class="fr-footer__brand-name">{site.name}</p>
              )}
            </a>
          </div>
          <div class="fr-footer__content">
            <p class="fr-footer__content-desc">
              {site.name} aide les très petites, petites et moyennes entreprises à faire le point sur leur
              numérique et à trouver près de chez elles un accompagnement de confiance. Service proposé par{' '}
              {site.operatorName}.
            </p>
            {site.stateBrand && (
              <ul class="fr-footer__content-list">
                {STATE_SITES.map((s) => (
                  <li class="fr-footer__content-item">
                    <a
                      class="fr-footer__content-link"
                      target="_blank"
                      rel="noopener"
                      href={s.href}
                      title={`${s.label} - nouvelle fenêtre`}
                    >
                      {s.label}
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </div>
        </div>
        <div class="fr-footer__bottom">
          <ul class="fr-footer__bottom-list">
            <li class="fr-footer__bottom-item">
              <a class="fr-footer__bottom-link" href="/accessibilite">
                Accessibilité : {site.accessibility} conforme
              </a>
            </li>
            {FOOTER_LINKS.map((l) => (
              <li class="fr-footer__bottom-item">
                <a class="fr-footer__bottom-link" href={l.href}>
                  {l.label}
                </a>
              </li>
            ))}
          </ul>
          <div class="fr-footer__bottom-copy">
            <p>
              Sauf mention explicite de propriété intellectuelle détenue par des tiers, les contenus de ce site
              sont proposés sous{' '}
              <a
                href="https://github.com/etalab/licence-ouverte/blob/master/LO.md"
                target="_blank"
                rel="noopener"
                title="licence etalab-2.0 - nouvelle fenêtre"
              >
                licence etalab-2.0
              </a>
            </p>
          </div>
        </div>
      </div>
    </footer>
  );
}
