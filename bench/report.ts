import type { LoadResult } from './load.js';
import type { Target } from './routes.js';
import type { PageWeight } from './weight.js';

export interface RouteReport {
  name: string;
  /** What was sent: a path, or how the varying paths were made. */
  path: string;
  load: LoadResult;
  /** The route loaded again at the rate its p99 target states (`rate` requests/s). */
  latency?: LoadResult & { rate: number };
  /** Share of the machine's CPU taken by other processes while this route was measured (noise). */
  othersCpu?: number | null;
  weight?: PageWeight;
  targets: Target[];
}

export interface References {
  baseline?: number;
  floor?: number;
}

export interface TargetCheck {
  target: Target;
  label: string;
  actual: number | null;
  pass: boolean;
}

/** Kilobytes as browsers' tools count them (1 kB = 1000 bytes). */
export const kilobytes = (bytes: number): number => bytes / 1000;

export function ratio(value: number, reference: number | undefined): number | null {
  return reference && reference > 0 ? value / reference : null;
}

/**
 * A route meets a target only with clean answers: a route that answers 404 or 500 quickly is not
 * fast, so any non-2xx response or connection error fails every target it has.
 */
export function checkTargets(route: RouteReport, references: References): TargetCheck[] {
  const clean = route.load.non2xx === 0 && route.load.errors === 0;
  return route.targets.map((target) => {
    if (target.kind === 'ratio') {
      const actual = ratio(route.load.requestsPerSecond, references[target.of]);
      return {
        target,
        label: `≥ ${Math.round(target.min * 100)} % de ${target.of}`,
        actual,
        pass: clean && actual !== null && actual >= target.min,
      };
    }
    if (target.kind === 'p99') {
      const latency = route.latency;
      const actual = latency && latency.responses > 0 ? latency.p99 : null;
      const cleanAtLoad = clean && latency !== undefined && latency.non2xx === 0 && latency.errors === 0;
      return {
        target,
        label: `p99 < ${target.maxMs} ms à ${Math.round(target.atShareOfFloor * 100)} % de floor`,
        actual,
        pass: cleanAtLoad && actual !== null && actual < target.maxMs,
      };
    }
    const actual = route.weight && route.weight.failures.length === 0 ? kilobytes(route.weight.totalBytes) : null;
    return { target, label: `< ${target.maxKb} kB`, actual, pass: actual !== null && actual < target.maxKb };
  });
}

function formatNumber(value: number | null | undefined, digits = 0): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return value.toLocaleString('fr-FR', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

function percent(value: number | null): string {
  return value === null ? '—' : `${formatNumber(value * 100)} %`;
}

/** A plain-text table with right-aligned figures, readable in any terminal and in CI logs. */
export function table(headers: string[], rows: string[][], leftColumns = 1): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i < leftColumns ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  return [line(headers), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function speedTable(routes: RouteReport[], references: References): string {
  const rows = routes.map((route) => {
    const checks = checkTargets(route, references);
    const ratioChecks = checks.filter((c) => c.target.kind === 'ratio' || c.target.kind === 'p99');
    const non2xx = route.load.non2xx + route.load.errors;
    let verdict = '';
    if (non2xx > 0) verdict = '⚠ NON-2XX';
    if (ratioChecks.length > 0) {
      const ok = ratioChecks.every((c) => c.pass);
      verdict = `${ok ? 'OK' : 'ÉCHEC'}${non2xx > 0 ? ' ⚠ NON-2XX' : ''}`;
    }
    return [
      route.name,
      formatNumber(route.load.requestsPerSecond),
      formatNumber(route.load.p50, 1),
      formatNumber(route.load.p99, 1),
      route.latency ? `${formatNumber(route.latency.p99, 1)} (${formatNumber(route.latency.rate)} req/s)` : '—',
      percent(ratio(route.load.requestsPerSecond, references.baseline)),
      percent(ratio(route.load.requestsPerSecond, references.floor)),
      formatNumber(non2xx),
      percent(route.othersCpu ?? null),
      ratioChecks.map((c) => c.label).join(', ') || '—',
      verdict || '—',
    ];
  });
  return table(['route', 'req/s', 'p50 ms', 'p99 ms', 'p99 ms à charge fixe', '/ baseline', '/ floor', 'non-2xx+err', 'autres CPU', 'cible', 'verdict'], rows);
}

/** Above this share of the CPU taken by other processes, a route's figures are flagged as noisy. */
export const NOISY_SHARE = 0.1;

export function weightTable(routes: RouteReport[], references: References): string {
  const rows = routes
    .filter((r) => r.weight)
    .map((route) => {
      const w = route.weight!;
      const css = w.stylesheets.reduce((n, a) => n + a.bytes, 0);
      const js = w.scripts.reduce((n, a) => n + a.bytes, 0);
      const weightCheck = checkTargets(route, references).find((c) => c.target.kind === 'weight');
      return [
        route.name,
        formatNumber(kilobytes(w.html.bytes), 1),
        formatNumber(kilobytes(css), 1),
        formatNumber(kilobytes(js), 1),
        formatNumber(kilobytes(w.totalBytes), 1),
        `${formatNumber(kilobytes(w.fontBytes), 1)} (${w.fonts.length})`,
        `${formatNumber(kilobytes(w.imageBytes), 1)} (${w.images.length})`,
        weightCheck?.label ?? '—',
        weightCheck ? (weightCheck.pass ? 'OK' : 'ÉCHEC') : w.failures.length > 0 ? '⚠ MANQUANT' : '—',
      ];
    });
  return table(['page', 'HTML kB', 'CSS kB', 'JS kB', 'total kB', 'polices kB (n)', 'images kB (n)', 'cible', 'verdict'], rows);
}

/** One loud line per route whose answers were not 2xx, or whose page names a missing asset. */
export function warnings(routes: RouteReport[]): string[] {
  const lines: string[] = [];
  for (const route of routes) {
    const { non2xx, errors, timeouts, responses, statusCodes } = route.load;
    if (non2xx > 0) {
      const codes = Object.entries(statusCodes)
        .filter(([code]) => (route.load.expectedStatus === undefined ? !code.startsWith('2') : Number(code) !== route.load.expectedStatus))
        .map(([code, n]) => `${code} × ${n}`)
        .join(', ');
      lines.push(
        `⚠ ${route.name} : ${non2xx} réponses ${route.load.expectedStatus === undefined ? 'non 2xx' : `autres que ${route.load.expectedStatus}`} sur ${responses} (${codes}) — ses chiffres ne mesurent pas la route, ils ne comptent pas.`,
      );
    }
    if (route.load.reusedPaths) {
      lines.push(`⚠ ${route.name} : ${route.load.reusedPaths} requêtes ont repris une adresse déjà chargée (échantillon trop petit pour ce débit).`);
    }
    if (errors > 0) lines.push(`⚠ ${route.name} : ${errors} erreurs de connexion (dont ${timeouts} délais dépassés).`);
    if (responses === 0) lines.push(`⚠ ${route.name} : aucune réponse pendant la mesure.`);
    if ((route.othersCpu ?? 0) > NOISY_SHARE) {
      lines.push(
        `⚠ ${route.name} : d’autres processus ont pris ${Math.round(route.othersCpu! * 100)} % du CPU pendant sa mesure — chiffres bruités, à refaire sur une machine calme.`,
      );
    }
    for (const failure of route.weight?.failures ?? []) lines.push(`⚠ ${route.name} : ressource en échec ${failure}.`);
  }
  return lines;
}
