// Builders for the activators' tests: a test states only what matters to it
// (`anActivator().ofKind('championne').in('69003').withThemes('visibilite').insert(db)`).
import type { Db } from '../../src/db/client.js';
import { findCommunesByPostalCode, type Commune } from '../../src/geo/index.js';
import { activators, structures, type ActivatorKind, type RegistrationStatus } from '../../src/activators/schema.js';
import { allocateSlug } from '../../src/activators/slug.js';
import { makeSiren, makeSiret } from '../../src/activators/seed/siret.js';

let counter = 0;
const NOW = new Date('2026-01-10T10:00:00Z');

export interface BuiltActivator {
  id: string;
  slug: string;
  firstName: string;
  lastName: string;
  structureName: string;
  commune: Commune;
}

class ActivatorBuilder {
  private kind: ActivatorKind = 'conseiller';
  private status: RegistrationStatus = 'active';
  private firstName = 'Camille';
  private lastName = `Testeur${++counter}`;
  private postalCode = '69001';
  private communeName: string | undefined;
  private themes: string[] = ['visibilite'];
  private sectors: string[] = [];
  private presentation = 'Accompagnement des commerçants et artisans dans leurs premiers pas numériques.';
  private references = '';
  private structureName = `Structure ${counter}`;
  private offerUrl: string | null = null;
  private territory: string[] = [];
  private userId: string | null = null;

  ofKind(kind: ActivatorKind) {
    this.kind = kind;
    return this;
  }
  withStatus(status: RegistrationStatus) {
    this.status = status;
    return this;
  }
  named(firstName: string, lastName: string) {
    this.firstName = firstName;
    this.lastName = lastName;
    return this;
  }
  /** A postal code, and the commune's name when the postal code serves several. */
  in(postalCode: string, communeName?: string) {
    this.postalCode = postalCode;
    this.communeName = communeName;
    return this;
  }
  withThemes(...themes: string[]) {
    this.themes = themes;
    return this;
  }
  withSectors(...sectors: string[]) {
    this.sectors = sectors;
    return this;
  }
  presenting(text: string) {
    this.presentation = text;
    return this;
  }
  withReferences(text: string) {
    this.references = text;
    return this;
  }
  ofStructure(name: string) {
    this.structureName = name;
    return this;
  }
  offeringAt(url: string) {
    this.offerUrl = url;
    return this;
  }
  /** The account the file belongs to (an activator's own space is reached through it). */
  ownedBy(userId: string) {
    this.userId = userId;
    return this;
  }
  serving(...departments: string[]) {
    this.territory = departments;
    return this;
  }

  async insert(db: Db): Promise<BuiltActivator> {
    const communes = await findCommunesByPostalCode(db, this.postalCode);
    const commune = this.communeName ? communes.find((c) => c.name === this.communeName) : communes[0];
    if (!commune) throw new Error(`commune introuvable pour ${this.postalCode} ${this.communeName ?? ''} (géographie chargée ?)`);
    const seed = counter * 7919 + this.lastName.length;
    let state = seed;
    const random = () => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state / 2147483648;
    };
    const [structure] = await db
      .insert(structures)
      .values({
        siret: makeSiret(makeSiren(random), counter),
        name: this.structureName,
        postalCode: this.postalCode,
        communeCode: commune.code,
        createdAt: NOW,
      })
      .returning({ id: structures.id });
    const visible = this.status === 'active' || this.status === 'retiree';
    const slug = visible
      ? await allocateSlug(db, { kind: this.kind, firstName: this.firstName, lastName: this.lastName, structureName: this.structureName })
      : null;
    const [row] = await db
      .insert(activators)
      .values({
        slug,
        userId: this.userId,
        structureId: structure!.id,
        kind: this.kind,
        status: this.status,
        firstName: this.firstName,
        lastName: this.lastName,
        email: `${this.lastName.toLowerCase()}@exemple.fr`,
        postalCode: this.postalCode,
        communeCode: commune.code,
        communeName: commune.name,
        latitude: commune.latitude,
        longitude: commune.longitude,
        positionExact: commune.positionExact,
        departmentCode: commune.department.code,
        regionCode: commune.region.code,
        themes: this.themes,
        sectors: this.sectors,
        territoryDepartments: this.territory.length ? this.territory : [commune.department.code],
        presentation: this.presentation,
        clientReferences: this.references,
        offerUrl: this.offerUrl,
        createdAt: NOW,
        updatedAt: NOW,
        activatedAt: this.status === 'active' ? NOW : null,
      })
      .returning({ id: activators.id });
    return {
      id: row!.id,
      slug: slug ?? '',
      firstName: this.firstName,
      lastName: this.lastName,
      structureName: this.structureName,
      commune,
    };
  }
}

export function anActivator(): ActivatorBuilder {
  return new ActivatorBuilder();
}
