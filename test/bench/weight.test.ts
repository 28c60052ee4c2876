import { describe, expect, it } from 'vitest';
import { pageAssets, stylesheetReferences } from '../../bench/weight.js';

describe('les ressources qu’une page fait charger', () => {
  const html = `<!DOCTYPE html><html><head>
    <link rel="stylesheet" href="/assets/app.css"><link rel="icon" href="/favicon.svg" type="image/svg+xml">
    <link rel="preload" as="font" href="/fonts/a.woff2" crossorigin>
    </head><body><img src="/logo.png" alt=""><img src="data:image/png;base64,xx" alt="">
    <script type="module" src="/js/app.module.js"></script><script nomodule src="/js/app.nomodule.js"></script>
    <script type="module" src="/js/app.module.js"></script><script>inline()</script>
    <a href="/page?x=1&amp;y=2">lien</a></body></html>`;

  it('trouve feuilles de style, scripts, images et polices, sans doublon', () => {
    const assets = pageAssets(html);
    expect(assets.stylesheets).toEqual(['/assets/app.css']);
    expect(assets.scripts).toEqual(['/js/app.module.js']);
    expect(assets.legacyScripts).toEqual(['/js/app.nomodule.js']);
    expect(assets.images).toEqual(['/favicon.svg', '/logo.png']);
    expect(assets.fonts).toEqual(['/fonts/a.woff2']);
  });

  it('prend la police woff2 de chaque @font-face et suit les @import, relativement à la feuille', () => {
    const css = `@import url("theme.css");@font-face{font-family:M;src:url(../fonts/M.woff2) format("woff2"),url(../fonts/M.woff) format("woff")}
      @font-face{font-family:N;src:url('/f/N.woff') format('woff')}.x{background:url(../img/i.svg)}`;
    const refs = stylesheetReferences(css, 'http://127.0.0.1/dsfr/css/main.css');
    expect(refs.fonts).toEqual(['/dsfr/fonts/M.woff2', '/f/N.woff']);
    expect(refs.imports).toEqual(['/dsfr/css/theme.css']);
  });
});
