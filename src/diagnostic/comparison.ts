// The business's position among the completed results: overall, and among businesses like it.
// A group under MIN_GROUP_SIZE results says too little; the comparison then widens and says so.

export const MIN_GROUP_SIZE = 30;

/** From the narrowest group to the widest: the order in which the comparison falls back. */
export const GROUP_KINDS = ['secteur-taille', 'secteur', 'taille', 'tous'] as const;
export type GroupKind = (typeof GROUP_KINDS)[number];

export function groupKey(kind: GroupKind, sector: string, sizeBand: string): string {
  switch (kind) {
    case 'tous':
      return 'tous';
    case 'secteur':
      return `secteur:${sector}`;
    case 'taille':
      return `taille:${sizeBand}`;
    case 'secteur-taille':
      return `secteur-taille:${sector}:${sizeBand}`;
  }
}

/** A group's completed results: how many, and how many have a lower overall score. */
export interface GroupCount {
  total: number;
  below: number;
}

export interface Position {
  group: GroupKind;
  /** Results in the group, this one included. */
  total: number;
  /** The share of the group's results with a lower overall score, in whole percent. */
  percentBelow: number;
}

export interface Comparison {
  /** Among all completed results; null while there are fewer than MIN_GROUP_SIZE. */
  overall: Position | null;
  overallTotal: number;
  /** Among businesses like this one: the narrowest group with enough results, null if none (not even all). */
  peers: Position | null;
  /** The narrowest group's size, to say why the comparison widened. */
  narrowestTotal: number;
}

function position(group: GroupKind, count: GroupCount): Position {
  return { group, total: count.total, percentBelow: Math.floor((100 * count.below) / count.total) };
}

export function compare(counts: ReadonlyMap<GroupKind, GroupCount>): Comparison {
  const zero = { total: 0, below: 0 };
  const all = counts.get('tous') ?? zero;
  const peerGroup = GROUP_KINDS.find((kind) => (counts.get(kind) ?? zero).total >= MIN_GROUP_SIZE);
  return {
    overall: all.total >= MIN_GROUP_SIZE ? position('tous', all) : null,
    overallTotal: all.total,
    peers: peerGroup ? position(peerGroup, counts.get(peerGroup)!) : null,
    narrowestTotal: (counts.get('secteur-taille') ?? zero).total,
  };
}
