import { describe, expect, it } from 'vitest';
import { RenderedPages } from './rendered-pages.js';

const form = (title: string) => (csrf: string) => `<h1>${title}</h1><form><input name="_csrf" value="${csrf}"></form><form><input value="${csrf}"></form>`;

describe('les pages gardées dessinées', () => {
  it('rendent à chaque visiteur son propre jeton CSRF, dans chaque formulaire', () => {
    const pages = new RenderedPages();
    let draws = 0;
    const draw = (csrf: string) => (draws++, form('Résultat')(csrf));
    const first = pages.page('r1', 'v1', draw, () => 'jeton-a').toString();
    const second = pages.page('r1', 'v1', draw, () => 'jeton-b').toString();
    expect(first).toBe('<h1>Résultat</h1><form><input name="_csrf" value="jeton-a"></form><form><input value="jeton-a"></form>');
    expect(second).toBe(first.replaceAll('jeton-a', 'jeton-b'));
    expect(draws).toBe(1);
  });

  it('sont dessinées à nouveau quand ce dont elles dépendent change', () => {
    const pages = new RenderedPages();
    pages.page('r1', 'v1', form('Avant'), () => 't');
    expect(pages.page('r1', 'v2', form('Après'), () => 't').toString()).toContain('Après');
  });

  it('ne demandent pas de jeton pour une page sans formulaire', () => {
    const pages = new RenderedPages();
    const html = pages.page('r1', 'v1', () => '<p>Sans formulaire</p>', () => {
      throw new Error('pas de jeton à créer');
    });
    expect(html.toString()).toBe('<p>Sans formulaire</p>');
  });

  it('oublient les pages les moins récemment ouvertes au-delà de leur budget de mémoire', () => {
    const page = (name: string) => () => `<p>${name}</p>`.padEnd(100, ' ');
    const pages = new RenderedPages(250);
    pages.page('a', 'v', page('a'), () => 't');
    pages.page('b', 'v', page('b'), () => 't');
    pages.page('a', 'v', page('a'), () => 't');
    pages.page('c', 'v', page('c'), () => 't');
    expect(pages.size).toBe(2);
    let redrawn = '';
    pages.page('b', 'v', () => ((redrawn = 'b'), '<p>b</p>'), () => 't');
    expect(redrawn).toBe('b');
  });
});
