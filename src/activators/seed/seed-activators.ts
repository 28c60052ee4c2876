// Demo and benchmark activators, deterministic from a seed: the same seed gives the same people,
// structures, places and texts. Kinds in plausible proportions, placed on real communes weighted by
// population, grouped in structures (chambers, banks, agencies) that several activators share, with
// valid SIRETs. Most are active; some wait in the operators' queue.
import { Faker, base, fr } from '@faker-js/faker';
import { isNotNull } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { listDepartments, listRegions } from '../../geo/index.js';
import { THEME_SLUGS, type ThemeSlug } from '../../themes/index.js';
import type { ActivatorKind } from '../kinds.js';
import { charterInForce } from '../registration/charter.js';
import { SECTORS } from '../../sectors/index.js';
import { activatorEvents, activators, structures, type Decision, type RegistrationStatus } from '../schema.js';
import { baseSlug, slugifyName } from '../slug.js';
import { populatedCommunes, type SeedCommune } from './communes.js';
import { makeSiren, makeSiret } from './siret.js';
import { FLAWED_PRESENTATIONS, presentationFor, referencesFor } from './templates.js';

export interface SeedActivatorsOptions {
  count: number;
  seed: number;
  onProgress?: (done: number, total: number) => void;
  /** The demo's "today": registration dates and waiting times are placed before it. */
  now?: Date;
  /** Where to place them; by default every populated commune of the loaded geography. */
  communes?: SeedCommune[];
}

export interface SeedActivatorsReport {
  activators: number;
  structures: number;
  byStatus: Partial<Record<RegistrationStatus, number>>;
  byKind: Partial<Record<ActivatorKind, number>>;
}

const BATCH = 500;
const DAY = 86_400_000;

/** Kinds in the proportions of the real programme: mostly advisors, a few institutions. */
const KIND_WEIGHTS: [ActivatorKind, number][] = [
  ['conseiller', 56],
  ['championne', 15],
  ['offreur_solutions', 13],
  ['conseiller_financement', 11],
  ['institutionnel', 5],
];

const STATUS_WEIGHTS: [RegistrationStatus, number][] = [
  ['active', 88],
  ['en_attente', 5],
  ['a_corriger', 2],
  ['brouillon', 1.5],
  ['validee', 1],
  ['retiree', 1.5],
  ['refusee', 1],
];

/** Sectors people most often serve, by NAF section (commerce, food service, building, manufacturing…). */
const SECTOR_WEIGHTS: [string, number][] = SECTORS.map((s) => [
  s.code,
  ({ G: 20, I: 14, F: 12, C: 10, M: 9, S: 8, Q: 5, N: 5, J: 5, H: 4, A: 4, R: 3, L: 2, P: 2 } as Record<string, number>)[s.code] ?? 0.3,
]);

/** Themes each kind tends to work on. */
const THEME_BIAS: Partial<Record<ActivatorKind, Partial<Record<ThemeSlug, number>>>> = {
  conseiller_financement: { 'strategie-competences': 6, gestion: 3, 'numerique-responsable': 2 },
  offreur_solutions: { gestion: 5, 'vente-en-ligne': 4, 'donnees-securite': 3, 'relation-client': 3 },
  championne: { 'vente-en-ligne': 4, visibilite: 4, 'relation-client': 3 },
  conseiller: { visibilite: 5, 'vente-en-ligne': 3, gestion: 3, 'donnees-securite': 2, 'strategie-competences': 3 },
};

/** A small, fast PRNG: the same seed gives the same data on every machine. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

class WeightedPicker<T> {
  private readonly cumulative: number[] = [];
  private readonly total: number;
  constructor(
    private readonly items: T[],
    weight: (item: T) => number,
  ) {
    let sum = 0;
    for (const item of items) {
      sum += Math.max(0, weight(item));
      this.cumulative.push(sum);
    }
    this.total = sum;
  }
  pick(random: () => number): T {
    const target = random() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! <= target) lo = mid + 1;
      else hi = mid;
    }
    return this.items[lo]!;
  }
}

/** "Paris 14e Arrondissement" → "Paris": how people name the town they work in. */
function townName(commune: SeedCommune): string {
  return commune.name.replace(/ \d+(?:er|e) Arrondissement$/, '');
}

interface StructureDraft {
  id: string;
  siret: string;
  name: string;
  commune: SeedCommune;
  website: string;
  members: number;
}

export async function seedActivators(db: Db, options: SeedActivatorsOptions): Promise<SeedActivatorsReport> {
  const random = mulberry32(options.seed);
  const faker = new Faker({ locale: [fr, base], seed: options.seed });
  const now = options.now ?? new Date(Date.UTC(2026, 0, 15, 9));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const weighted = <T>(pairs: [T, number][]) => new WeightedPicker(pairs, (p) => p[1]);
  const uuid = () => {
    const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
    hex[12] = '4';
    hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
    const h = hex.join('');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  };

  const communes = options.communes ?? (await populatedCommunes(db));
  if (communes.length === 0) throw new Error('Aucune commune chargée : chargez la géographie avant les activateurs.');
  const [departments, regions] = await Promise.all([listDepartments(db), listRegions(db)]);
  const departmentName = new Map(departments.map((d) => [d.code, d.name]));
  const regionName = new Map(regions.map((r) => [r.code, r.name]));
  const departmentsOfRegion = new Map<string, string[]>();
  for (const d of departments) departmentsOfRegion.set(d.regionCode, [...(departmentsOfRegion.get(d.regionCode) ?? []), d.code]);

  const anywhere = new WeightedPicker(communes, (c) => c.population);
  const byDepartment = new Map<string, SeedCommune[]>();
  for (const c of communes) {
    const list = byDepartment.get(c.departmentCode);
    if (list) list.push(c);
    else byDepartment.set(c.departmentCode, [c]);
  }
  const inDepartment = new Map([...byDepartment].map(([code, list]) => [code, new WeightedPicker(list, (c) => c.population)]));

  const kinds = weighted(KIND_WEIGHTS);
  const statuses = weighted(STATUS_WEIGHTS);
  const sectorPicker = weighted(SECTOR_WEIGHTS);
  const charter = charterInForce(now);

  const takenSlugs = new Set(
    (await db.select({ slug: activators.slug }).from(activators).where(isNotNull(activators.slug))).map((r) => r.slug!),
  );
  const takenSirets = new Set<string>();
  const uniqueSlug = (base: string) => {
    let slug = base;
    for (let n = 2; takenSlugs.has(slug); n++) slug = `${base}-${n}`;
    takenSlugs.add(slug);
    return slug;
  };

  const newStructure = (name: string, commune: SeedCommune): StructureDraft => {
    let siret: string;
    do siret = makeSiret(makeSiren(random), 1 + Math.floor(random() * 120));
    while (takenSirets.has(siret));
    takenSirets.add(siret);
    return { id: uuid(), siret, name, commune, website: `https://www.${slugifyName(name).slice(0, 40)}.example`, members: 0 };
  };

  // Shared structures: one chamber, one bank branch… per department, joined by the activators nearby.
  const shared = new Map<string, StructureDraft>();
  const sharedStructure = (key: string, name: string, commune: SeedCommune) => {
    let s = shared.get(key);
    if (!s) {
      s = newStructure(name, commune);
      shared.set(key, s);
    }
    return s;
  };

  const structureFor = (kind: ActivatorKind, commune: SeedCommune, person: { first: string; last: string }): StructureDraft => {
    const dep = departmentName.get(commune.departmentCode) ?? commune.departmentCode;
    const reg = regionName.get(commune.regionCode) ?? commune.regionCode;
    const roll = random();
    switch (kind) {
      case 'conseiller':
        if (roll < 0.22) return sharedStructure(`cci-${commune.departmentCode}`, `CCI ${dep}`, commune);
        if (roll < 0.36) return sharedStructure(`cma-${commune.departmentCode}`, `Chambre de métiers et de l’artisanat — ${dep}`, commune);
        if (roll < 0.5) return sharedStructure(`agence-${commune.departmentCode}-${Math.floor(random() * 4)}`, `${faker.company.name()} Conseil`, commune);
        if (roll < 0.64) return newStructure(`${townName(commune)} Informatique ${faker.person.lastName()}`, commune);
        if (roll < 0.72) return sharedStructure(`fablab-${commune.code}`, `Fab lab de ${townName(commune)}`, commune);
        return newStructure(`${person.first} ${person.last} Conseil`, commune);
      case 'conseiller_financement':
        if (roll < 0.35) return sharedStructure(`banque-${commune.departmentCode}`, `Banque coopérative — agence de ${townName(commune)}`, commune);
        if (roll < 0.55) return sharedStructure(`bpi-${commune.regionCode}`, `Banque publique d’investissement — ${reg}`, commune);
        if (roll < 0.8) return sharedStructure(`initiative-${commune.departmentCode}`, `Initiative ${dep}`, commune);
        return sharedStructure(`microcredit-${commune.regionCode}`, `Association pour le microcrédit — ${reg}`, commune);
      case 'championne':
        return newStructure(
          pick([
            `Boulangerie ${person.last}`,
            `Garage ${person.last}`,
            `${person.last} Fleurs`,
            `Hôtel ${faker.location.street().split(' ').slice(-1)[0]}`,
            `Atelier ${person.first}`,
            `${faker.company.name()}`,
            `Épicerie ${person.last}`,
            `Menuiserie ${person.last}`,
          ]),
          commune,
        );
      case 'offreur_solutions':
        return newStructure(`${faker.company.name()} ${pick(['Solutions', 'Logiciels', 'Numérique', 'Cloud', 'Commerce'])}`, commune);
      case 'institutionnel':
        if (roll < 0.4) return sharedStructure(`prefecture-${commune.departmentCode}`, `Préfecture — ${dep}`, commune);
        if (roll < 0.75) return sharedStructure(`region-${commune.regionCode}`, `Conseil régional — ${reg}`, commune);
        return sharedStructure(`dreets-${commune.regionCode}`, `Direction régionale de l’économie — ${reg}`, commune);
    }
  };

  const themeWeights = (kind: ActivatorKind) => THEME_SLUGS.map((t) => [t, THEME_BIAS[kind]?.[t] ?? 1] as [ThemeSlug, number]);
  const themePickers = new Map(
    (['conseiller', 'conseiller_financement', 'championne', 'offreur_solutions', 'institutionnel'] as ActivatorKind[]).map((k) => [
      k,
      weighted(themeWeights(k)),
    ]),
  );
  const distinct = <T>(draw: () => T, count: number): T[] => {
    const out = new Set<T>();
    for (let i = 0; out.size < count && i < count * 10; i++) out.add(draw());
    return [...out];
  };

  const report: SeedActivatorsReport = { activators: 0, structures: 0, byStatus: {}, byKind: {} };
  const structureRows: (typeof structures.$inferInsert)[] = [];
  const activatorRows: (typeof activators.$inferInsert)[] = [];
  const eventRows: (typeof activatorEvents.$inferInsert)[] = [];
  const writtenStructures = new Set<string>();
  const operator = 'Équipe des opérateurs (démonstration)';

  const flush = async () => {
    if (structureRows.length) await db.insert(structures).values(structureRows.splice(0));
    for (let i = 0; i < activatorRows.length; i += BATCH) await db.insert(activators).values(activatorRows.slice(i, i + BATCH));
    activatorRows.length = 0;
    for (let i = 0; i < eventRows.length; i += BATCH * 2) await db.insert(activatorEvents).values(eventRows.slice(i, i + BATCH * 2));
    eventRows.length = 0;
  };

  for (let i = 0; i < options.count; i++) {
    const kind = kinds.pick(random)[0];
    const status = statuses.pick(random)[0];
    const sex = random() < 0.5 ? 'female' : 'male';
    const first = faker.person.firstName(sex);
    const last = faker.person.lastName();
    const home = anywhere.pick(random);
    const structure = structureFor(kind, home, { first, last });
    structure.members += 1;
    if (!writtenStructures.has(structure.id)) {
      writtenStructures.add(structure.id);
      report.structures += 1;
      structureRows.push({
        id: structure.id,
        siret: structure.siret,
        name: structure.name,
        addressLine: faker.location.streetAddress(),
        postalCode: structure.commune.postalCode,
        communeCode: structure.commune.code,
        website: structure.website,
        createdAt: new Date(now.getTime() - (200 + Math.floor(random() * 1500)) * DAY),
      });
    }
    // Most work where their structure is; a chamber's or a bank's advisors spread over its department.
    const ownAddress = structure.commune.code !== home.code || (structure.members > 1 && random() < 0.5);
    const commune = ownAddress ? (inDepartment.get(structure.commune.departmentCode)?.pick(random) ?? home) : structure.commune;

    const themeCount = 1 + Math.floor(random() * 3);
    const themes = distinct(() => themePickers.get(kind)!.pick(random)[0], themeCount);
    const sectors = random() < 0.2 ? [] : distinct(() => sectorPicker.pick(random)[0], 1 + Math.floor(random() * 4)).sort();
    const neighbours = departmentsOfRegion.get(commune.regionCode) ?? [];
    const territory = [commune.departmentCode, ...(random() < 0.3 ? distinct(() => pick(neighbours), 1 + Math.floor(random() * 3)) : [])];
    const flawed = (status === 'en_attente' || status === 'a_corriger') && random() < 0.35;
    const presentation = flawed
      ? pick(FLAWED_PRESENTATIONS)
      : presentationFor(pick, kind, themes, {
          place: townName(commune),
          structure: structure.name,
          feminine: sex === 'female',
          years: 2 + Math.floor(random() * 20),
          employees: 2 + Math.floor(random() * 30),
        });

    const createdAt = new Date(now.getTime() - (status === 'en_attente' ? 3 + random() * 40 : 30 + random() * 900) * DAY);
    const submitted = status !== 'brouillon';
    // Pending files: some fresh, some past the 15-day promise, so the queue shows both.
    const submittedAt = submitted
      ? status === 'en_attente'
        ? new Date(now.getTime() - random() * 25 * DAY)
        : new Date(createdAt.getTime() + random() * 3 * DAY)
      : null;
    const validated = status === 'validee' || status === 'active' || status === 'retiree';
    const validatedAt = validated && submittedAt ? new Date(submittedAt.getTime() + (1 + random() * 13) * DAY) : null;
    const activatedAt = (status === 'active' || status === 'retiree') && validatedAt ? new Date(validatedAt.getTime() + random() * 2 * DAY) : null;
    const withdrawnAt = status === 'retiree' && activatedAt ? new Date(activatedAt.getTime() + (10 + random() * 200) * DAY) : null;
    const slug = activatedAt ? uniqueSlug(baseSlug({ kind, firstName: first, lastName: last, structureName: structure.name })) : null;
    const domain = new URL(structure.website).hostname.replace(/^www\./, '');
    const id = uuid();

    activatorRows.push({
      id,
      slug,
      structureId: structure.id,
      kind,
      status,
      firstName: first,
      lastName: last,
      email: `${slugifyName(first)}.${slugifyName(last)}@${domain}`,
      phone: faker.phone.number(),
      ownAddress,
      addressLine: ownAddress ? faker.location.streetAddress() : '',
      postalCode: commune.postalCode,
      communeCode: commune.code,
      communeName: commune.name,
      latitude: commune.latitude,
      longitude: commune.longitude,
      positionExact: commune.positionExact,
      departmentCode: commune.departmentCode,
      regionCode: commune.regionCode,
      themes,
      sectors,
      territoryDepartments: territory,
      presentation,
      clientReferences: kind === 'conseiller' || kind === 'championne' ? (random() < 0.6 ? referencesFor(pick) : '') : '',
      videoUrls: random() < 0.08 ? [`https://videos.example/${slugifyName(`${first}-${last}`)}`] : [],
      offerUrl: kind === 'offreur_solutions' || (kind === 'conseiller' && random() < 0.5) ? (flawed && random() < 0.5 ? null : `${structure.website}/offres`) : null,
      website: structure.website,
      charterVersion: submitted ? charter.version : null,
      charterAcceptedAt: submittedAt,
      signatoryName: submitted ? `${faker.person.firstName()} ${faker.person.lastName()}` : null,
      signatoryRole: submitted ? pick(['Directeur général', 'Présidente', 'Gérant', 'Directrice', 'Président']) : null,
      draft: status === 'brouillon' ? { etape: 2 } : null,
      createdAt,
      updatedAt: withdrawnAt ?? activatedAt ?? validatedAt ?? submittedAt ?? createdAt,
      submittedAt,
      validatedAt,
      activatedAt,
      withdrawnAt,
    });
    const event = (kind: Decision, at: Date | null, actorName: string | null, message?: string) => {
      if (at) eventRows.push({ id: uuid(), activatorId: id, kind, actorName, message: message ?? null, createdAt: at });
    };
    event('soumission', submittedAt, `${first} ${last}`);
    event('validation', validatedAt, operator);
    event('activation', activatedAt, `${first} ${last}`);
    event('retrait', withdrawnAt, `${first} ${last}`, 'A quitté la structure.');
    if (status === 'a_corriger' && submittedAt) {
      event('demande_corrections', new Date(submittedAt.getTime() + 2 * DAY), operator, 'Merci de préciser votre offre et d’ajouter le lien vers votre site.');
    }
    if (status === 'refusee' && submittedAt) {
      event('refus', new Date(submittedAt.getTime() + 4 * DAY), operator, 'L’activité décrite ne correspond pas à un accompagnement des entreprises.');
    }

    report.activators += 1;
    report.byStatus[status] = (report.byStatus[status] ?? 0) + 1;
    report.byKind[kind] = (report.byKind[kind] ?? 0) + 1;
    if (activatorRows.length >= BATCH) {
      await flush();
      options.onProgress?.(i + 1, options.count);
    }
  }
  await flush();
  options.onProgress?.(options.count, options.count);
  return report;
}
