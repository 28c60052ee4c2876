import { describe, expect, it } from 'vitest';
import { departmentOfPostalCode, locateByDigits } from './postal-code.js';

describe('le département d’un code postal', () => {
  it('les deux premiers chiffres donnent le département en métropole', async () => {
    expect(departmentOfPostalCode('69003')).toBe('69');
    expect(departmentOfPostalCode('01000')).toBe('01');
    expect(await locateByDigits('69003')).toEqual({ departmentCode: '69', regionCode: '84' });
    expect(await locateByDigits('75011')).toEqual({ departmentCode: '75', regionCode: '11' });
  });

  it('la Corse se partage entre Corse-du-Sud (200, 201) et Haute-Corse (202 à 206)', () => {
    expect(departmentOfPostalCode('20000')).toBe('2A');
    expect(departmentOfPostalCode('20137')).toBe('2A');
    expect(departmentOfPostalCode('20200')).toBe('2B');
    expect(departmentOfPostalCode('20600')).toBe('2B');
    expect(departmentOfPostalCode('20700')).toBeNull();
  });

  it('les départements et collectivités d’outre-mer se lisent sur trois chiffres', async () => {
    expect(departmentOfPostalCode('97400')).toBe('974');
    expect(departmentOfPostalCode('97600')).toBe('976');
    expect(departmentOfPostalCode('97133')).toBe('977');
    expect(departmentOfPostalCode('97150')).toBe('978');
    expect(departmentOfPostalCode('98800')).toBe('988');
    expect(await locateByDigits('97200')).toEqual({ departmentCode: '972', regionCode: '02' });
  });

  it('un code qui ne correspond à aucun territoire français n’a pas de département', async () => {
    for (const code of ['00100', '96000', '98000', '99999', '97900', '6900', '690033', 'abcde']) {
      expect(departmentOfPostalCode(code), code).toBeNull();
    }
    expect(await locateByDigits('98000')).toBeNull();
  });
});
