import { desc, eq, inArray } from 'drizzle-orm';
import type { PersonalDataContributor } from '../accounts/index.js';
import type { Db } from '../db/client.js';
import { fileStoreFor } from './registration/file-store.js';
import { addEvent } from './registration/queries.js';
import { activatorEvents, activators } from './schema.js';

/**
 * The activators' share of a person's data: their files (as typed, with their history) in the
 * download; on deletion of the account the profile leaves the site at once and the person's
 * details, photo and signed letter are erased (the file's history keeps decisions, not the person).
 */
export function activatorsPersonalData(dataDir: string): PersonalDataContributor {
  const files = fileStoreFor(dataDir);
  return {
    key: 'activateur',
    async collect(db, user) {
      const rows = await filesOf(db, user.id);
      if (rows.length === 0) return [];
      const events = await db
        .select({ activatorId: activatorEvents.activatorId, kind: activatorEvents.kind, message: activatorEvents.message, at: activatorEvents.createdAt })
        .from(activatorEvents)
        .where(inArray(activatorEvents.activatorId, rows.map((row) => row.id)))
        .orderBy(desc(activatorEvents.createdAt));
      return rows.map((row) => ({
        statut: row.status,
        categorie: row.kind,
        adresseProfil: row.slug ? `/trouver-un-accompagnement/${row.slug}` : null,
        prenom: row.firstName,
        nom: row.lastName,
        courriel: row.email,
        telephone: row.phone,
        adresse: { ligne: row.addressLine, codePostal: row.postalCode, commune: row.communeName },
        themes: row.themes,
        secteurs: row.sectors,
        departementsCouverts: row.territoryDepartments,
        presentation: row.presentation,
        references: row.clientReferences,
        videos: row.videoUrls,
        offre: row.offerUrl,
        siteWeb: row.website,
        reseauSocial: row.socialUrl,
        signataire: { nom: row.signatoryName, fonction: row.signatoryRole },
        charte: { version: row.charterVersion, accepteeLe: row.charterAcceptedAt },
        brouillon: row.draft,
        creeLe: row.createdAt,
        soumisLe: row.submittedAt,
        valideLe: row.validatedAt,
        activeLe: row.activatedAt,
        retireLe: row.withdrawnAt,
        historique: events.filter((event) => event.activatorId === row.id).map(({ kind, message, at }) => ({ evenement: kind, message, date: at })),
      }));
    },
    async erase(db, user) {
      const now = new Date();
      for (const row of await filesOf(db, user.id)) {
        if (row.photoFile) await files.remove('activateurs/photos', row.photoFile);
        if (row.engagementLetterFile) await files.remove('activateurs/lettres', row.engagementLetterFile);
        await db
          .update(activators)
          .set({
            status: row.status === 'refusee' ? 'refusee' : 'retiree',
            slug: null,
            firstName: '',
            lastName: '',
            email: '',
            phone: '',
            photoFile: null,
            photoOriginalName: null,
            addressLine: '',
            presentation: '',
            clientReferences: '',
            videoUrls: [],
            offerUrl: null,
            website: null,
            socialUrl: null,
            signatoryName: null,
            signatoryRole: null,
            engagementLetterFile: null,
            draft: null,
            withdrawnAt: row.withdrawnAt ?? now,
            updatedAt: now,
          })
          .where(eq(activators.id, row.id));
        await addEvent(db, { activatorId: row.id, kind: 'retrait', message: 'Compte supprimé : fiche retirée et données personnelles effacées.', at: now });
      }
    },
  };
}

function filesOf(db: Db, userId: string) {
  return db.select().from(activators).where(eq(activators.userId, userId)).orderBy(desc(activators.createdAt));
}
