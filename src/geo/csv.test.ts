import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv.js';

describe('la lecture des fichiers CSV des opérateurs', () => {
  it('reconnaît le point-virgule, la virgule et la tabulation', () => {
    expect(parseCsv('code;lat;lon\n01001;46,15;4,92').separator).toBe(';');
    expect(parseCsv('code,lat,lon\n01001,46.15,4.92').separator).toBe(',');
    expect(parseCsv('code\tlat\tlon\n01001\t46.15\t4.92').separator).toBe('\t');
  });

  it('garde les numéros de ligne du fichier, lignes vides comprises, et ignore le BOM et les CRLF', () => {
    const { rows } = parseCsv('\uFEFFcode;lat;lon\r\n\r\n69123;45.75;4.85\r\n');
    expect(rows).toEqual([
      { line: 1, cells: ['code', 'lat', 'lon'] },
      { line: 3, cells: ['69123', '45.75', '4.85'] },
    ]);
  });

  it('lit une cellule entre guillemets contenant le séparateur ou un guillemet', () => {
    const { rows } = parseCsv('code;nom;lat;lon\n"01001";"L\'Abergement; dit ""Clémenciat""";46,15;4,92');
    expect(rows[1]!.cells).toEqual(['01001', 'L\'Abergement; dit "Clémenciat"', '46,15', '4,92']);
  });
});
