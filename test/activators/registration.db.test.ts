import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGeographyForTests } from '../../src/geo/index.js';
import { Agent, csrfTokenIn } from '../support/agent.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { textOf } from '../accounts/support.js';
import {
  ACTIVITY,
  activatorOf,
  aPhotoWithSecrets,
  aRegisteredActivator,
  aSubmittedFile,
  DOSSIER,
  errorsIn,
  historyOf,
  mailsTo,
  NEW_STRUCTURE,
  PERSON,
  postSection,
  postSectionWithFiles,
} from './registration-support.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await loadGeographyForTests(t.database.db, { departments: ['69'] });
});
afterAll(() => t.close());

describe('la page « Espace activateurs »', () => {
  it('explique qui peut s’inscrire, les étapes et les pièces à préparer, avec les liens pour s’inscrire et se connecter', async () => {
    const res = await t.app.inject('/espace-activateurs');
    expect(res.statusCode).toBe(200);
    const text = textOf(res.body);
    expect(text).toContain('Qui peut devenir activateur ?');
    expect(text).toContain('Les étapes');
    expect(text).toContain('Ce qu’il faut avoir sous la main');
    expect(text).toContain('SIRET');
    expect(res.body).toContain('href="/espace-activateurs/inscription"');
    expect(res.body).toContain('href="/connexion?retour=%2Fespace-activateurs"');
    expect(text).not.toContain('ouvrira bientôt');
  });
});

describe('l’inscription d’un activateur', () => {
  it('la création du compte envoie le lien de confirmation et ouvre un dossier en brouillon', async () => {
    const who = await aRegisteredActivator(t, { kind: 'championne' });
    const verification = await mailsTo(t, who.email, 'verification-email');
    expect(verification).toHaveLength(1);
    const file = await activatorOf(t, who.email);
    expect(file.status).toBe('brouillon');
    expect(file.kind).toBe('championne');
    const page = await who.agent.get(DOSSIER);
    expect(page.statusCode).toBe(200);
    expect(textOf(page.body)).toContain('Brouillon');
  });

  it('un brouillon enregistré se retrouve tel quel en revenant, même avec des erreurs', async () => {
    const who = await aRegisteredActivator(t);
    const saved = await who.agent.submit(`${DOSSIER}/activite`, `${DOSSIER}/activite`, {
      intention: 'brouillon',
      categorie: 'conseiller',
      domaines: ['visibilite', 'gestion'],
      territoire: ['69'],
      presentation: 'Début de présentation à terminer',
      lien_offre: 'pas une adresse',
    });
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe(DOSSIER);
    const again = await who.agent.get(`${DOSSIER}/activite`);
    expect(again.body).toContain('Début de présentation à terminer');
    expect(again.body).toContain('value="pas une adresse"');
    expect(again.body).toMatch(/value="gestion"[^>]*checked/);
    const file = await who.agent.get(DOSSIER);
    expect(textOf(file.body)).toContain('Votre activité À compléter');
  });

  it('plus de 3 domaines d’intervention sont refusés avec un message, et ce qui a été saisi est gardé', async () => {
    const who = await aRegisteredActivator(t);
    const res = await postSection(who.agent, 'activite', { ...ACTIVITY, domaines: ['visibilite', 'vente-en-ligne', 'gestion', 'international'] });
    expect(res.statusCode).toBe(400);
    expect(errorsIn(res.body).join(' ')).toContain('Vous avez choisi 4 domaines : choisissez-en 3 au plus');
    expect(res.body).toMatch(/value="international"[^>]*checked/);
    expect(res.body).toContain('Conseillère numérique à la chambre de commerce');
  });

  it('un SIRET qui ne passe pas la clé de contrôle est refusé avec un message clair', async () => {
    const who = await aRegisteredActivator(t);
    const res = await postSection(who.agent, 'structure', { ...NEW_STRUCTURE, siret: '130 025 265 00014' });
    expect(res.statusCode).toBe(400);
    expect(errorsIn(res.body).join(' ')).toContain('Ce numéro SIRET n’est pas valide');
    expect(res.body).toContain('value="130 025 265 00014"');
  });

  it('un code postal inconnu est refusé, et un code qui couvre plusieurs communes demande laquelle', async () => {
    const who = await aRegisteredActivator(t);
    const unknown = await postSection(who.agent, 'structure', { ...NEW_STRUCTURE, code_postal: '69999' });
    expect(unknown.statusCode).toBe(400);
    expect(errorsIn(unknown.body).join(' ')).toMatch(/Code postal inconnu/);
    const several = await postSection(who.agent, 'structure', { ...NEW_STRUCTURE, code_postal: '69380', commune: '' });
    expect(several.statusCode).toBe(400);
    expect(errorsIn(several.body).join(' ')).toContain('couvre plusieurs communes');
  });

  it('la photo envoyée est redessinée : ses métadonnées et le contenu caché disparaissent', async () => {
    const who = await aRegisteredActivator(t);
    const res = await postSectionWithFiles(who.agent, 'personne', { ...PERSON, email: who.email }, { photo: { bytes: await aPhotoWithSecrets(), name: 'camille-durand.jpg', type: 'image/jpeg' } });
    expect(res.statusCode).toBe(303);
    const photo = await who.agent.get(`${DOSSIER}/photo`);
    expect(photo.statusCode).toBe(200);
    const bytes = photo.rawPayload;
    const meta = await sharp(bytes).metadata();
    expect(meta.format).toBe('jpeg');
    expect(meta.exif).toBeUndefined();
    expect(bytes.includes(Buffer.from('<?php'))).toBe(false);
    const file = await activatorOf(t, who.email);
    expect(file.photoOriginalName).toBe('camille-durand.jpg');
    expect(file.photoFile).toMatch(/^[a-f0-9]{32}\.jpg$/);
  });

  it('un script PHP déguisé en photo ou en lettre PDF est refusé', async () => {
    const who = await aRegisteredActivator(t);
    const php = Buffer.from('<?php echo shell_exec($_GET["c"]); ?>');
    const photo = await postSectionWithFiles(who.agent, 'personne', { ...PERSON, email: who.email }, { photo: { bytes: php, name: 'photo.jpg', type: 'image/jpeg' } });
    expect(photo.statusCode).toBe(400);
    expect(errorsIn(photo.body).join(' ')).toContain('n’est pas une image JPEG, PNG ou WebP');
    const letter = await postSectionWithFiles(
      who.agent,
      'engagement',
      { charte: 'oui', signataire_nom: 'Philippe Valentin', signataire_fonction: 'Directeur' },
      { lettre: { bytes: php, name: 'lettre.pdf', type: 'application/pdf' } },
    );
    expect(letter.statusCode).toBe(400);
    expect(errorsIn(letter.body).join(' ')).toContain('n’est pas un PDF');
    const file = await activatorOf(t, who.email);
    expect(file.photoFile).toBeNull();
    expect(file.engagementLetterFile).toBeNull();
  });

  it('la lettre d’engagement est préremplie en PDF avec la structure et le signataire', async () => {
    const who = await aRegisteredActivator(t);
    await postSection(who.agent, 'structure', NEW_STRUCTURE);
    await postSection(who.agent, 'engagement', { charte: 'oui', signataire_nom: 'Philippe Valentin', signataire_fonction: 'Directeur général' });
    const res = await who.agent.get(`${DOSSIER}/lettre-a-signer.pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const { PDFDocument } = await import('pdf-lib');
    const pdf = await PDFDocument.load(res.rawPayload);
    expect(pdf.getTitle()).toContain('CCI Lyon Métropole');
    expect(pdf.getPageCount()).toBeGreaterThanOrEqual(1);
  });

  it('le dossier ne part pas tant qu’il manque une pièce, puis part en attente avec un accusé de réception', async () => {
    const who = await aRegisteredActivator(t);
    const early = await who.agent.submit(DOSSIER, `${DOSSIER}/envoyer`, {});
    expect(early.statusCode).toBe(303);
    expect((await activatorOf(t, who.email)).status).toBe('brouillon');
    const page = await who.agent.follow(early);
    expect(textOf(page.body)).toContain('ne peut pas encore être envoyé');

    const sent = await aSubmittedFile(t);
    expect(sent.activator.status).toBe('en_attente');
    expect(sent.activator.charterVersion).toBe('2026-01');
    expect(sent.activator.charterAcceptedAt).toEqual(t.clock.now());
    expect(sent.activator.communeCode).toBe('69382');
    expect(sent.activator.departmentCode).toBe('69');
    expect(sent.activator.themes).toEqual(['visibilite', 'vente-en-ligne']);
    expect(await mailsTo(t, sent.email, 'activateur-accuse-reception')).toHaveLength(1);
    const history = await historyOf(t, sent.activator.id);
    expect(history.map((e) => e.kind)).toEqual(['soumission']);
    const sectionPage = await sent.agent.get(`${DOSSIER}/personne`);
    expect(sectionPage.headers.location).toBe(DOSSIER);
    const token = csrfTokenIn((await sent.agent.get('/mon-compte')).body);
    const locked = await sent.agent.post(`${DOSSIER}/personne`, { _csrf: token, ...PERSON, prenom: 'Changé', email: sent.email });
    expect(locked.statusCode).toBe(303);
    expect((await activatorOf(t, sent.email)).firstName).toBe('Camille');
  });
});

describe('rejoindre une structure déjà inscrite', () => {
  it('un collègue retrouve la structure par son nom, sans accents ni majuscules, ou par son SIRET, et la rejoint', async () => {
    const first = await aSubmittedFile(t, { structure: { raison_sociale: 'Chambre de Métiers du Rhône', siret: '732 829 320 00074' } });
    const colleague = await aRegisteredActivator(t, { firstName: 'Nadia', lastName: 'Benali' });
    const byName = await colleague.agent.submit(`${DOSSIER}/structure`, `${DOSSIER}/structure`, { intention: 'rechercher', recherche: 'metiers du rhone' });
    expect(byName.statusCode).toBe(200);
    expect(textOf(byName.body)).toContain('Chambre de Métiers du Rhône');
    const bySiret = await colleague.agent.submit(`${DOSSIER}/structure`, `${DOSSIER}/structure`, { intention: 'rechercher', recherche: '732 829 320' });
    expect(textOf(bySiret.body)).toContain('SIRET 732 829 320 00074');
    const joined = await postSection(colleague.agent, 'structure', { choix: 'existante', structure_id: first.activator.structureId! });
    expect(joined.statusCode).toBe(303);
    const sameSiret = await postSection(colleague.agent, 'structure', { ...NEW_STRUCTURE, siret: '73282932000074' });
    expect(sameSiret.statusCode).toBe(400);
    expect(errorsIn(sameSiret.body).join(' ')).toContain('déjà inscrite sous le nom « Chambre de Métiers du Rhône »');
  });
});

describe('les abus à l’inscription', () => {
  it('au-delà de 10 inscriptions en une heure depuis une même connexion, la suivante est refusée', async () => {
    const agent = new Agent(t.app);
    const attempt = (n: number) =>
      agent.submit('/espace-activateurs/inscription', '/espace-activateurs/inscription', {
        prenom: 'Robot',
        nom: `Numéro ${n}`,
        email: `robot.${n}@exemple.fr`,
        categorie: 'conseiller',
        mot_de_passe: 'ruche bleue sous le tilleul',
      });
    for (let n = 1; n <= 10; n++) expect((await attempt(n)).statusCode).toBe(303);
    const refused = await attempt(11);
    expect(refused.statusCode).toBe(429);
    expect(textOf(refused.body)).toContain('Trop de tentatives');
  });

  it('du HTML saisi dans la présentation est montré comme du texte, jamais exécuté', async () => {
    const who = await aRegisteredActivator(t);
    await who.agent.submit(`${DOSSIER}/activite`, `${DOSSIER}/activite`, { intention: 'brouillon', presentation: '<script>alert(1)</script> Bonjour' });
    const page = await who.agent.get(`${DOSSIER}/activite`);
    expect(page.body).not.toContain('<script>alert(1)</script>');
    expect(page.body).toContain('&lt;script>alert(1)&lt;/script> Bonjour');
  });
});
