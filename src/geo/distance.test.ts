import { describe, expect, it } from 'vitest';
import { distanceKm, EARTH_RADIUS_KM } from './distance.js';

const paris = { latitude: 48.8566, longitude: 2.3522 };
const lyon = { latitude: 45.764, longitude: 4.8357 };
const marseille = { latitude: 43.2965, longitude: 5.3698 };

describe('la distance entre deux points', () => {
  it('un quart de méridien, du pôle à l’équateur, mesure π/2 × 6 371 km', () => {
    expect(distanceKm({ latitude: 90, longitude: 0 }, { latitude: 0, longitude: 0 })).toBeCloseTo((Math.PI / 2) * EARTH_RADIUS_KM, 6);
  });

  it('un degré d’équateur mesure 111,19 km, y compris de part et d’autre de l’antiméridien', () => {
    expect(distanceKm({ latitude: 0, longitude: 10 }, { latitude: 0, longitude: 11 })).toBeCloseTo(111.19, 2);
    expect(distanceKm({ latitude: 0, longitude: 179.5 }, { latitude: 0, longitude: -179.5 })).toBeCloseTo(111.19, 2);
  });

  it('Paris–Lyon fait environ 392 km et Paris–Marseille environ 661 km à vol d’oiseau', () => {
    expect(distanceKm(paris, lyon)).toBeGreaterThan(391);
    expect(distanceKm(paris, lyon)).toBeLessThan(393);
    expect(distanceKm(paris, marseille)).toBeGreaterThan(660);
    expect(distanceKm(paris, marseille)).toBeLessThan(662);
  });

  it('est nulle d’un point à lui-même et la même dans les deux sens', () => {
    expect(distanceKm(lyon, lyon)).toBe(0);
    expect(distanceKm(lyon, marseille)).toBe(distanceKm(marseille, lyon));
  });

  it('deux points opposés sur le globe sont à un demi-tour de Terre', () => {
    expect(distanceKm({ latitude: 45, longitude: 5 }, { latitude: -45, longitude: -175 })).toBeCloseTo(Math.PI * EARTH_RADIUS_KM, 6);
  });
});
