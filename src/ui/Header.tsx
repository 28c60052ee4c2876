import type { PageContext } from './context.js';
import { isCurrent, MAIN_NAVIGATION } from './navigation.js';

export function Header({ ctx }: { ctx: PageContext }) {
  const { site } = ctx;
  return (
    <header role="banner" class="fr-header">
      <div class="fr-header__body">
        <div class="fr-container">
          <div class="fr-header__body-row">
            <div class="fr-header__brand fr-enlarge-link">
              <div class="fr-header__brand-top">
                {site.stateBrand && (
                  <div class="fr-header__logo">
                    <p class="fr-logo">
                      République
                      <br />
                      française
                    </p>
                  </div>
                )}
                <div class="fr-header__navbar">
                  {/* The DSFR's button opens the menu as a dialog with JavaScript; without it, a link shows the
                      menu in the page (public/app.css, :target) with the same navigation and account links. */}
                  <button
                    class="fr-btn--menu fr-btn abeille-js-only"
                    data-fr-opened="false"
                    aria-controls="menu-principal"
                    aria-haspopup="menu"
                    id="bouton-menu"
                    title="Menu"
                    type="button"
                  >
                    Menu
                  </button>
                  <a class="fr-btn--menu fr-btn abeille-no-js-only" href="#menu-principal">
                    Menu
                  </a>
                </div>
              </div>
              <div class="fr-header__service">
                <a href="/" title={`Accueil - ${site.name}`}>
                  <p class="fr-header__service-title">{site.name}</p>
                </a>
                <p class="fr-header__service-tagline">{site.operatorName}</p>
              </div>
            </div>
            <div class="fr-header__tools">
              <div class="fr-header__tools-links">
                <AccountLinks ctx={ctx} />
              </div>
            </div>
          </div>
        </div>
      </div>
      <div class="fr-header__menu fr-modal" id="menu-principal" aria-labelledby="bouton-menu">
        <div class="fr-container">
          <button class="fr-btn--close fr-btn" aria-controls="menu-principal" title="Fermer" type="button">
            Fermer
          </button>
          {/* The same links as the header's tools, as the DSFR expects (its script then leaves them as they are). */}
          <div class="fr-header__menu-links">
            <AccountLinks ctx={ctx} />
          </div>
          <nav class="fr-nav" id="navigation-principale" role="navigation" aria-label="Menu principal">
            <ul class="fr-nav__list">
              {MAIN_NAVIGATION.map((item) => (
                <li class="fr-nav__item">
                  <a
                    class="fr-nav__link"
                    href={item.href}
                    aria-current={isCurrent(ctx.path, item.href) ? 'page' : undefined}
                  >
                    {item.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </div>
    </header>
  );
}

// Reads ctx.csrfToken only when the logout form is drawn: reading it sets the CSRF cookie, which would
// make every visitor's page personal (uncacheable) for no form at all.
function AccountLinks({ ctx }: { ctx: PageContext }) {
  const { user } = ctx;
  if (!user) {
    return (
      <ul class="fr-btns-group">
        <li>
          <a class="fr-btn fr-icon-lock-line" href="/connexion">
            Se connecter
          </a>
        </li>
        <li>
          <a class="fr-btn fr-icon-account-circle-line" href="/inscription">
            Créer un compte
          </a>
        </li>
      </ul>
    );
  }
  return (
    <ul class="fr-btns-group">
      {user.role === 'entreprise' && (
        <li>
          <a class="fr-btn fr-icon-home-4-line" href="/mon-espace" aria-current={isCurrent(ctx.path, '/mon-espace') ? 'page' : undefined}>
            Mon espace
          </a>
        </li>
      )}
      <li>
        <a class="fr-btn fr-icon-account-circle-line" href="/mon-compte">
          {user.displayName}
        </a>
      </li>
      <li>
        <form method="post" action="/deconnexion">
          <input type="hidden" name="_csrf" value={ctx.csrfToken} />
          <button class="fr-btn fr-icon-logout-box-r-line" type="submit">
            Se déconnecter
          </button>
        </form>
      </li>
    </ul>
  );
}
