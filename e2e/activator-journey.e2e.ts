// Issue 4's "done when", as people would do it in a browser on the demo data: an activator registers,
// an operator validates, the activator activates through the mailed link, the profile is found by postal
// code at the right distance, a business contacts them, both get their mails, the activator answers and
// redirects the request to a colleague.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Secret, TOTP } from 'otpauth';
import type { BrowserContext, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDistance } from '../src/activators/directory/present.js';
import { distanceKm } from '../src/geo/distance.js';
import { newContext, seriousAccessibilityViolations } from './support/browser.js';
import { useE2eSuite } from './support/suite.js';

const suite = useE2eSuite();
const contexts: BrowserContext[] = [];
async function aPerson(): Promise<Page> {
  const context = await newContext(suite.browser);
  contexts.push(context);
  return context.newPage();
}
afterAll(async () => {
  for (const c of contexts) await c.close();
});

const run = Date.now().toString(36);
const ACTIVATOR = { firstName: 'Ines', lastName: `Parcours${run.replace(/\d/g, '')}`, email: `ines.${run}@exemple.fr`, password: 'ruche bleue sous le tilleul' };
const BUSINESS = { email: `fleuriste.${run}@exemple.fr`, company: `Fleurs du Parc ${run}` };

/** A SIRET that passes the Luhn checksum, new for each run. */
function aSiret(): string {
  const base = `${Date.now()}`.slice(-13).padStart(13, '7');
  for (let d = 0; d <= 9; d++) {
    const candidate = base + d;
    let sum = 0;
    for (let i = 0; i < 14; i++) {
      let n = Number(candidate[13 - i]);
      if (i % 2 === 1) n = n * 2 > 9 ? n * 2 - 9 : n * 2;
      sum += n;
    }
    if (sum % 10 === 0) return candidate;
  }
  throw new Error('aucun SIRET');
}

/** DSFR draws its own radios and checkboxes over the inputs: a person clicks the label. */
async function tick(page: Page, id: string) {
  await page.click(`label[for="${id}"]`);
}

async function submit(page: Page, button: ReturnType<Page['locator']>) {
  await Promise.all([page.waitForLoadState('load'), page.waitForNavigation(), button.click()]);
}

function demoOperator(): { email: string; password: string } {
  const line = readFileSync(join(suite.dataDir, 'comptes-demo.txt'), 'utf8')
    .split('\n')
    .find((l) => l.startsWith('operateur'));
  if (!line) throw new Error('aucun compte opérateur de démonstration');
  const [, email, password] = line.trim().split(/\s+/);
  return { email: email!, password: password! };
}

async function logIn(page: Page, email: string, password: string, back: string) {
  await page.goto(suite.url(`/connexion?retour=${encodeURIComponent(back)}`));
  await page.fill('#champ-email', email);
  await page.fill('[name="mot_de_passe"]', password);
  await submit(page, page.locator('main form button[type="submit"]').first());
}

/** The text of the newest mail of a template to a recipient, read on the operators' outbox page. */
async function mailText(operator: Page, recipient: string, template: string): Promise<string> {
  await operator.goto(suite.url('/operateur/courriels'));
  const mail = operator.locator('section', { hasText: `À ${recipient}` }).filter({ hasText: `« ${template} »` }).first();
  return (await mail.locator('pre').textContent()) ?? '';
}

let operator: Page;
let slug = '';

beforeAll(async () => {
  operator = await aPerson();
  const { email, password } = demoOperator();
  await logIn(operator, email, password, '/operateur/activateurs');
  // First sign-in of the demo operator: the second factor is enrolled with the key shown on the page.
  if (operator.url().includes('/mon-compte/double-authentification')) {
    const key = (await operator.locator('code').first().textContent())!.replace(/\s/g, '');
    await operator.fill('[name="code"]', TOTP.generate({ secret: Secret.fromBase32(key) }));
    await submit(operator, operator.locator('main form button[type="submit"]').first());
  }
  await operator.goto(suite.url('/operateur/activateurs'));
  expect(await operator.locator('h1').textContent()).toContain('Dossiers d’activateurs à valider');
}, 120_000);

describe('le parcours d’un activateur, de l’inscription à la première demande', () => {
  it('inscription, validation, activation par le lien, fiche trouvée par code postal à la bonne distance, demande de contact, réponse et redirection', async () => {
    // 1. The activator registers and fills in the file.
    const activator = await aPerson();
    await activator.goto(suite.url('/espace-activateurs/inscription'));
    await activator.fill('#champ-prenom', ACTIVATOR.firstName);
    await activator.fill('#champ-nom', ACTIVATOR.lastName);
    await activator.fill('#champ-email', ACTIVATOR.email);
    await activator.selectOption('#champ-categorie', 'conseiller');
    await activator.fill('[name="mot_de_passe"]', ACTIVATOR.password);
    await submit(activator, activator.locator('main form button[type="submit"]').first());
    await logIn(activator, ACTIVATOR.email, ACTIVATOR.password, '/espace-activateurs/dossier/personne');

    const continueButton = () => activator.locator('button[name="intention"][value="continuer"]');
    await activator.fill('#champ-telephone', '04 72 00 00 00');
    const photo = await sharp({ create: { width: 400, height: 400, channels: 3, background: '#6a6af4' } }).jpeg().toBuffer();
    await activator.setInputFiles('[name="photo"]', { name: `${ACTIVATOR.firstName}-${ACTIVATOR.lastName}.jpg`.toLowerCase(), mimeType: 'image/jpeg', buffer: photo });
    await submit(activator, continueButton());

    await tick(activator, 'champ-choix-nouvelle');
    await activator.fill('#champ-siret', aSiret());
    await activator.fill('#champ-raison_sociale', `Atelier numérique ${run}`);
    await activator.fill('#champ-adresse', '20 rue de la Bourse');
    await activator.fill('#champ-code_postal', '69002');
    await activator.fill('#champ-site_web', 'https://www.exemple.fr');
    await submit(activator, continueButton());

    await tick(activator, 'champ-categorie-conseiller');
    await tick(activator, 'champ-domaines-vente-en-ligne');
    await tick(activator, 'champ-territoire-69');
    await activator.fill(
      '#champ-presentation',
      'Conseillère au numérique, j’aide les commerçants du Rhône à vendre en ligne : choix de l’outil, paiement, livraison. Premier diagnostic gratuit, puis un plan d’action simple.',
    );
    await activator.fill('#champ-lien_offre', 'https://www.exemple.fr/offre');
    await submit(activator, continueButton());

    await tick(activator, 'champ-charte');
    await activator.fill('#champ-signataire_nom', 'Philippe Valentin');
    await activator.fill('#champ-signataire_fonction', 'Directeur');
    await activator.setInputFiles('[name="lettre"]', { name: 'lettre-signee.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n') });
    await submit(activator, continueButton());
    await activator.goto(suite.url('/espace-activateurs/dossier'));
    await submit(activator, activator.getByRole('button', { name: 'Envoyer mon dossier à l’équipe' }));

    // 2. An operator validates the file.
    await operator.goto(suite.url('/operateur/activateurs'));
    await submit(operator, operator.getByRole('link', { name: new RegExp(ACTIVATOR.lastName) }).first());
    await submit(operator, operator.getByRole('button', { name: 'Valider le dossier' }));

    // 3. The activator activates the profile through the mailed link.
    const activation = (await mailText(operator, ACTIVATOR.email, 'activateur-activation')).match(/https?:\/\/\S+(\/espace-activateurs\/activation\/[A-Za-z0-9_-]+)/)![1]!;
    await activator.goto(suite.url(activation));
    await submit(activator, activator.getByRole('button', { name: 'Activer ma fiche' }));

    // 4. The profile is found by postal code, at the distance between the two communes' centres.
    const api = (await (await activator.request.get(suite.url('/api/v1/activateurs?lieu=69100&rayon=20&theme=vente-en-ligne'))).json()) as {
      lieu: { latitude: number; longitude: number };
      resultats: { slug: string; nom: string; prenom: string; latitude: number; longitude: number }[];
    };
    const mine = api.resultats.find((r) => r.slug.startsWith(`ines-${ACTIVATOR.lastName.toLowerCase()}`));
    expect(mine).toBeDefined();
    slug = mine!.slug;
    const business = await aPerson();
    await business.goto(suite.url('/trouver-un-accompagnement?lieu=69100&rayon=20&theme=vente-en-ligne'));
    const card = business.locator('.fr-card', { hasText: `${ACTIVATOR.firstName} ${ACTIVATOR.lastName}` });
    const expected = formatDistance(distanceKm(api.lieu, { latitude: mine!.latitude, longitude: mine!.longitude }));
    expect(await card.textContent()).toContain(expected);
    expect(await seriousAccessibilityViolations(business)).toEqual([]);

    // 5. A business writes from the profile.
    await submit(business, card.getByRole('link', { name: `${ACTIVATOR.firstName} ${ACTIVATOR.lastName}` }));
    await submit(business, business.getByRole('link', { name: `Écrire à ${ACTIVATOR.firstName} ${ACTIVATOR.lastName}` }));
    await business.fill('#champ-nom', 'Lucie Fleuriste');
    await business.fill('#champ-entreprise', BUSINESS.company);
    await business.fill('#champ-email', BUSINESS.email);
    await business.fill('#champ-telephone', '04 78 00 00 00');
    await business.selectOption('#champ-theme', 'vente-en-ligne');
    await business.fill('#champ-besoin', 'Je voudrais vendre mes bouquets en ligne avec livraison dans le quartier.');
    // Sent without ticking the consent box: refused next to the box, nothing typed is lost.
    await submit(business, business.getByRole('button', { name: 'Envoyer ma demande' }));
    expect(await business.locator('#champ-consentement-message').textContent()).toContain('Cochez la case');
    expect(await business.inputValue('#champ-besoin')).toContain('vendre mes bouquets');
    expect(await seriousAccessibilityViolations(business)).toEqual([]);
    await tick(business, 'champ-consentement');
    await submit(business, business.getByRole('button', { name: 'Envoyer ma demande' }));
    expect(await business.locator('h1').textContent()).toContain('Votre demande est envoyée');
    expect(await seriousAccessibilityViolations(business)).toEqual([]);

    expect(await mailText(operator, BUSINESS.email, 'contact-accuse-reception')).toContain('un premier diagnostic gratuit');
    const forwarded = await mailText(operator, ACTIVATOR.email, 'contact-nouvelle-demande');
    expect(forwarded).toContain('Je voudrais vendre mes bouquets en ligne');
    const requestPath = forwarded.match(/https?:\/\/\S+(\/espace-activateurs\/demandes\/[0-9a-f-]+)/)![1]!;

    // 6. The activator answers, then passes the request to a colleague of the demo data.
    await activator.goto(suite.url(requestPath));
    expect(await seriousAccessibilityViolations(activator)).toEqual([]);
    await activator.fill('#champ-reponse', 'Bonjour, je vous appelle demain pour en parler.');
    await submit(activator, activator.getByRole('button', { name: 'Envoyer la réponse' }));
    expect(await activator.locator('.fr-alert--success').textContent()).toContain('Votre réponse est envoyée');
    expect(await mailText(operator, BUSINESS.email, 'contact-reponse')).toContain(`Vous avez contacté ${ACTIVATOR.firstName} ${ACTIVATOR.lastName} via Abeille`);

    await activator.goto(suite.url(requestPath));
    await activator.fill('#champ-recherche', 'Villeurbanne');
    await submit(activator, activator.getByRole('button', { name: 'Chercher' }));
    const colleague = await activator.locator('[name="cible"]').first().getAttribute('id');
    await tick(activator, colleague!);
    await submit(activator, activator.getByRole('button', { name: 'Transmettre la demande' }));
    expect(await activator.locator('.fr-alert--success').textContent()).toContain('La demande est transmise');
    expect(await mailText(operator, BUSINESS.email, 'contact-redirection')).toContain('a transmis votre demande');
    await activator.goto(suite.url('/espace-activateurs/demandes'));
    expect(await activator.locator('main').textContent()).toContain('Redirigée');
    expect(await seriousAccessibilityViolations(activator)).toEqual([]);
  }, 180_000);
});
