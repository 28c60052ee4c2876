import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';

/** Markup keyed by a static data object (a questionnaire's theme block, one of its tips). */
const byObject = new WeakMap<object, string>();
/** Markup keyed by a name that says what it depends on (a form's wording version). */
const byName = new Map<string, string>();
const MAX_NAMED = 200;

/**
 * The HTML of markup that depends only on static, versioned data, drawn once per key and then
 * reused, for `dangerouslySetInnerHTML` on its container. Safe: the HTML comes from our own
 * render, escaped as any other; a busy page (the self-assessment result) spends most of its time
 * drawing the same texts for every visitor. Never for anything that varies per request.
 */
export function memoHtml(key: object | string, draw: () => VNode): { __html: string } {
  let html = typeof key === 'string' ? byName.get(key) : byObject.get(key);
  if (html === undefined) {
    html = renderToString(draw());
    if (typeof key === 'string') {
      if (byName.size >= MAX_NAMED) byName.delete(byName.keys().next().value!);
      byName.set(key, html);
    } else {
      byObject.set(key, html);
    }
  }
  return { __html: html };
}
