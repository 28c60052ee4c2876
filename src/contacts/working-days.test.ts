import { describe, expect, it } from 'vitest';
import { easterSunday, frenchPublicHolidays, isWorkingDay, workingDaysBetween } from './working-days.js';

describe('les jours ouvrés', () => {
  it('Pâques tombe aux dates connues', () => {
    expect(easterSunday(2024).toISOString().slice(0, 10)).toBe('2024-03-31');
    expect(easterSunday(2025).toISOString().slice(0, 10)).toBe('2025-04-20');
    expect(easterSunday(2026).toISOString().slice(0, 10)).toBe('2026-04-05');
    expect(easterSunday(2027).toISOString().slice(0, 10)).toBe('2027-03-28');
  });

  it('les onze jours fériés de 2026, dont le lundi de Pâques, l’Ascension et le lundi de Pentecôte', () => {
    const days = frenchPublicHolidays(2026);
    expect(days.size).toBe(11);
    for (const d of ['2026-04-06', '2026-05-14', '2026-05-25', '2026-07-14', '2026-12-25']) expect(days.has(d)).toBe(true);
  });

  it('un samedi, un dimanche et un jour férié ne sont pas ouvrés', () => {
    expect(isWorkingDay(new Date('2026-01-17T10:00:00Z'))).toBe(false);
    expect(isWorkingDay(new Date('2026-01-18T10:00:00Z'))).toBe(false);
    expect(isWorkingDay(new Date('2026-04-06T10:00:00Z'))).toBe(false);
    expect(isWorkingDay(new Date('2026-01-19T10:00:00Z'))).toBe(true);
  });

  it('une demande du vendredi compte 1 jour ouvré le lundi, 5 le vendredi suivant', () => {
    const friday = new Date('2026-01-16T15:00:00Z');
    expect(workingDaysBetween(friday, new Date('2026-01-19T08:00:00Z'))).toBe(1);
    expect(workingDaysBetween(friday, new Date('2026-01-22T08:00:00Z'))).toBe(4);
    expect(workingDaysBetween(friday, new Date('2026-01-23T08:00:00Z'))).toBe(5);
  });

  it('le lundi de Pâques ne compte pas', () => {
    const thursday = new Date('2026-04-02T10:00:00Z');
    // Fri 3, (Mon 6 holiday), Tue 7, Wed 8, Thu 9, Fri 10.
    expect(workingDaysBetween(thursday, new Date('2026-04-09T10:00:00Z'))).toBe(4);
    expect(workingDaysBetween(thursday, new Date('2026-04-10T10:00:00Z'))).toBe(5);
  });
});
