// The SIRET rules of the registration form: 14 digits whose Luhn checksum holds, except La Poste's
// establishments (SIREN 356 000 000), numbered beyond what Luhn allows: theirs are valid when the sum
// of their digits is a multiple of 5 (INSEE's published exception).

export type SiretCheck = { ok: true; siret: string } | { ok: false; message: string };

/** La Poste's SIREN: its thousands of establishments do not all pass Luhn. */
const LA_POSTE_SIREN = '356000000';

/** Spaces of any width people paste from a Kbis or a PDF ("123 456 789 00012"). */
export function normalizeSiret(raw: string): string {
  return raw.replace(/[\s\u00a0\u202f\u2009]/g, '');
}

export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

function digitSum(digits: string): number {
  let sum = 0;
  for (const c of digits) sum += c.charCodeAt(0) - 48;
  return sum;
}

export function checkSiret(raw: string): SiretCheck {
  const siret = normalizeSiret(raw);
  if (siret === '') return { ok: false, message: 'Saisissez le numéro SIRET de la structure (14 chiffres).' };
  if (!/^\d+$/.test(siret)) {
    return { ok: false, message: 'Le SIRET ne contient que des chiffres (les espaces sont acceptés), par exemple 356 000 000 00048.' };
  }
  if (siret.length !== 14) {
    return { ok: false, message: `Le SIRET compte 14 chiffres ; vous en avez saisi ${siret.length}.` };
  }
  const valid = luhnValid(siret) || (siret.startsWith(LA_POSTE_SIREN) && digitSum(siret) % 5 === 0);
  if (!valid) {
    return {
      ok: false,
      message:
        'Ce numéro SIRET n’est pas valide : un chiffre est probablement erroné ou inversé. Recopiez-le depuis un document officiel (extrait Kbis, avis de situation au répertoire Sirene).',
    };
  }
  return { ok: true, siret };
}

/** "35600000000048" → "356 000 000 00048", as printed on official documents. */
export function formatSiret(siret: string): string {
  return siret.length === 14 ? `${siret.slice(0, 3)} ${siret.slice(3, 6)} ${siret.slice(6, 9)} ${siret.slice(9)}` : siret;
}
