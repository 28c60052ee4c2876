import type { ComponentChildren } from 'preact';
import { DSFR_PAGE_SCRIPTS } from '../server/assets.js';
import type { PageContext } from './context.js';
import { Alert } from './components.js';
import { Footer } from './Footer.js';
import { Header } from './Header.js';

interface LayoutProps {
  ctx: PageContext;
  /** The page's own title: the document title becomes "<title> — <site name>". */
  title: string;
  children: ComponentChildren;
  /** Extra per-page scripts (enhancements only: every page works without them). */
  scripts?: string[];
  description?: string;
}

export function Layout({ ctx, title, children, scripts = [], description }: LayoutProps) {
  const { dsfrBase, css } = ctx.assets;
  return (
    <html lang="fr" data-fr-scheme="light">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no" />
        <meta name="format-detection" content="telephone=no,date=no,address=no,email=no,url=no" />
        {description && <meta name="description" content={description} />}
        <title>{`${title} — ${ctx.site.name}`}</title>
        <link rel="stylesheet" href={css} />
        <link rel="apple-touch-icon" href={`${dsfrBase}/favicon/apple-touch-icon.png`} />
        <link rel="icon" href={`${dsfrBase}/favicon/favicon.svg`} type="image/svg+xml" />
        <link rel="shortcut icon" href={`${dsfrBase}/favicon/favicon.ico`} type="image/x-icon" />
      </head>
      <body>
        <div class="fr-skiplinks">
          <nav class="fr-container" role="navigation" aria-label="Accès rapide">
            <ul class="fr-skiplinks__list">
              <li>
                <a class="fr-link" href="#contenu">Contenu</a>
              </li>
              <li>
                <a class="fr-link" href="#navigation-principale">Menu</a>
              </li>
              <li>
                <a class="fr-link" href="#pied-de-page">Pied de page</a>
              </li>
            </ul>
          </nav>
        </div>
        <Header ctx={ctx} />
        <main id="contenu" role="main" tabIndex={-1}>
          {ctx.flash && (
            <div class="fr-container fr-mt-4w">
              <Alert type={ctx.flash.type} title={ctx.flash.message} />
            </div>
          )}
          {children}
        </main>
        <Footer ctx={ctx} />
        <script type="module" src={`${dsfrBase}/${DSFR_PAGE_SCRIPTS[0]}`}></script>
        <script nomodule src={`${dsfrBase}/${DSFR_PAGE_SCRIPTS[1]}`}></script>
        {scripts.map((src) => (
          <script type="module" src={src}></script>
        ))}
      </body>
    </html>
  );
}
