/** How much demo data each scale generates (the figures). */
export const SCALES = {
  demo: { activators: 300, assessments: 2_000 },
  national: { activators: 20_000, assessments: 300_000 },
} as const;

export type ScaleName = keyof typeof SCALES;

export function isScaleName(value: string): value is ScaleName {
  return value in SCALES;
}
