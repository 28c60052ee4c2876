import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cssBundle } from './assets.js';

/** Every source file of the app (pages, components, routes). */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.includes('.test.') ? [path] : [];
  });
}

describe('the served stylesheet', () => {
  it('draws every DSFR icon the pages use (a missing one shows as a plain square next to its label)', () => {
    const used = new Set<string>();
    for (const file of sourceFiles(join(import.meta.dirname, '..'))) {
      for (const name of readFileSync(file, 'utf8').match(/fr-icon-[a-z0-9]+(?:-[a-z0-9]+)*-(?:line|fill)\b/g) ?? []) used.add(name);
    }
    expect(used.size).toBeGreaterThan(10);
    const css = cssBundle().body;
    expect([...used].filter((name) => !css.includes(`.${name}:before`) && !css.includes(`.${name}::before`))).toEqual([]);
  });
});
