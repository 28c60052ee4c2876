// Working days in France: Monday to Friday, except the eleven public holidays of mainland France
// (the moving ones computed from Easter). The 5 and 10 working days of the contact rules count these.

/** Easter Sunday of a year (anonymous Gregorian algorithm, Meeus/Jones/Butcher), as a UTC date. */
export function easterSunday(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return new Date(Date.UTC(year, month - 1, day));
}

const DAY_MS = 86_400_000;
const iso = (d: Date) => d.toISOString().slice(0, 10);
const holidaysByYear = new Map<number, Set<string>>();

/** The public holidays of a year as 'YYYY-MM-DD'. */
export function frenchPublicHolidays(year: number): Set<string> {
  let days = holidaysByYear.get(year);
  if (days) return days;
  const easter = easterSunday(year).getTime();
  const fixed = ['01-01', '05-01', '05-08', '07-14', '08-15', '11-01', '11-11', '12-25'].map((md) => `${year}-${md}`);
  // Easter Monday, Ascension Thursday, Whit Monday.
  const moving = [1, 39, 50].map((offset) => iso(new Date(easter + offset * DAY_MS)));
  days = new Set([...fixed, ...moving]);
  holidaysByYear.set(year, days);
  return days;
}

/** Whether a day (read in Paris time) is worked: not a Saturday, a Sunday nor a public holiday. */
export function isWorkingDay(day: Date): boolean {
  const local = parisDay(day);
  const weekday = local.getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !frenchPublicHolidays(local.getUTCFullYear()).has(iso(local));
}

/** The calendar day in Paris of an instant, as midnight UTC of that day. */
function parisDay(at: Date): Date {
  const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(at)
    .split('-')
    .map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!));
}

/**
 * Whole working days elapsed between two instants: the working days after the day of `from`, up to and
 * including the day of `to`. A request sent on a Friday has 1 working day elapsed on Monday.
 */
export function workingDaysBetween(from: Date, to: Date): number {
  let day = parisDay(from);
  const last = parisDay(to).getTime();
  let count = 0;
  while (day.getTime() < last) {
    day = new Date(day.getTime() + DAY_MS);
    if (isWorkingDay(new Date(day.getTime() + 12 * 3_600_000))) count += 1;
  }
  return count;
}
