#!/usr/bin/env node
// `npm test`: every check the project has, in order, and one closing line with the totals.
//
//   1. architecture rules (dependency-cruiser)        counted as one test
//   2. type check of src, test, e2e (tsc --noEmit)   counted as one test
//   3. vitest: unit + integration-pglite (+ integration-pg when TEST_DATABASE_URL is set)
//   4. build (npm run build, what the e2e tests run)  counted as one test
//   5. vitest: e2e, against the built server
//
// A failing step does not stop the next ones, so one run shows everything that is broken.
// The last line printed is `N passed, N failed` (`, N skipped` when some are), alone on its
// line, which CI reads; the exit code is non-zero when anything failed.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const resultsDir = join(root, 'test-results');
mkdirSync(resultsDir, { recursive: true });

const totals = { passed: 0, failed: 0, skipped: 0 };
/** One line per step, repeated at the end so the outcome is readable without scrolling. */
const summary = [];

function run(command, args, { capture = false, env = {} } = {}) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(command, args, {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: capture ? ['ignore', 'pipe', 'pipe'] : ['ignore', 'inherit', 'inherit'],
    });
    let output = '';
    if (capture) {
      child.stdout.on('data', (d) => (output += d));
      child.stderr.on('data', (d) => (output += d));
    }
    child.on('error', (error) => {
      output += String(error);
      resolve({ code: 127, output, seconds: (Date.now() - started) / 1000 });
    });
    child.on('close', (code, signal) => {
      resolve({ code: code ?? (signal ? 128 : 1), output, seconds: (Date.now() - started) / 1000 });
    });
  });
}

function heading(title) {
  console.log(`\n━━━ ${title} ━━━`);
}

/** A step that is one check: it passes or fails as a whole. */
function recordCheck(name, result) {
  const ok = result.code === 0;
  if (ok) totals.passed += 1;
  else totals.failed += 1;
  summary.push(`${ok ? '✔' : '✘'} ${name} (${result.seconds.toFixed(1)} s)${ok ? '' : ` — code de sortie ${result.code}`}`);
}

/** A vitest run: counts come from its JSON report; a crash or a file that failed to load counts as a failure. */
function recordVitest(name, result, reportFile) {
  let report = null;
  try {
    report = JSON.parse(readFileSync(reportFile, 'utf8'));
  } catch {
    // No report: vitest could not start (bad configuration, missing dependency…).
  }
  if (!report) {
    totals.failed += 1;
    summary.push(`✘ ${name} (${result.seconds.toFixed(1)} s) — vitest n’a produit aucun rapport (code ${result.code})`);
    return;
  }
  const passed = report.numPassedTests ?? 0;
  let failed = report.numFailedTests ?? 0;
  const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  // A test file that fails to import has no test results of its own: count it once.
  const brokenFiles = (report.testResults ?? []).filter(
    (file) => file.status === 'failed' && !(file.assertionResults ?? []).some((a) => a.status === 'failed'),
  ).length;
  failed += brokenFiles;
  // Errors outside any test (unhandled rejections…) fail the run without failing a test.
  if (result.code !== 0 && failed === 0) failed = 1;
  totals.passed += passed;
  totals.failed += failed;
  totals.skipped += skipped;
  const parts = [`${passed} réussis`, `${failed} en échec`];
  if (skipped) parts.push(`${skipped} ignorés`);
  if (brokenFiles) parts.push(`dont ${brokenFiles} fichier(s) qui n’ont pas pu être chargés`);
  summary.push(`${failed ? '✘' : '✔'} ${name} (${result.seconds.toFixed(1)} s) — ${parts.join(', ')}`);
}

async function vitest(name, projects, { workers } = {}) {
  const reportFile = join(resultsDir, `vitest-${name}.json`);
  rmSync(reportFile, { force: true });
  const args = ['run', ...projects.flatMap((p) => ['--project', p])];
  if (workers) args.push(`--maxWorkers=${workers}`);
  args.push('--reporter=default', '--reporter=json', `--outputFile.json=${reportFile}`);
  heading(`vitest : ${projects.join(', ')}`);
  const result = await run(bin('vitest'), args);
  recordVitest(`vitest ${projects.join(' + ')}`, result, reportFile);
}

const startedAt = Date.now();

// The build does not depend on the first two checks: it runs beside them (tsc is single-threaded).
const build = run('npm', ['run', 'build', '--silent'], { capture: true });

heading('Règles d’architecture (dependency-cruiser)');
recordCheck('règles d’architecture', await run(bin('depcruise'), ['src', '--config', '.dependency-cruiser.cjs']));

heading('Vérification des types (tsc --noEmit)');
const typecheck = await run(bin('tsc'), ['-p', 'tsconfig.json', '--noEmit'], { capture: true });
process.stdout.write(typecheck.output || 'aucune erreur de type\n');
recordCheck('vérification des types', typecheck);

const buildResult = await build;

const projects = ['unit', 'integration-pglite'];
if (process.env.TEST_DATABASE_URL) projects.push('integration-pg');
// Integration tests spend much of their time waiting on a database: three workers on two cores ran
// test/diagnostic in 138 s instead of 190 s with one.
await vitest('unit-integration', projects, { workers: 3 });

heading('Construction (npm run build)');
process.stdout.write(buildResult.output || 'construit dans dist/\n');
recordCheck('construction', buildResult);

if (buildResult.code === 0 && existsSync(join(root, 'dist', 'src', 'cli', 'start.js'))) {
  await vitest('e2e', ['e2e']);
} else {
  totals.failed += 1;
  summary.push('✘ vitest e2e — non lancé : la construction a échoué ou dist/src/cli/start.js est absent');
}

heading(`Bilan (${((Date.now() - startedAt) / 1000).toFixed(1)} s)`);
for (const line of summary) console.log(line);
const closing = [`${totals.passed} passed`, `${totals.failed} failed`];
if (totals.skipped) closing.push(`${totals.skipped} skipped`);
console.log('\n' + closing.join(', '));
process.exitCode = totals.failed > 0 ? 1 : 0;
