import type { Price } from '../questionnaire/index.js';

const dateFormat = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'Europe/Paris' });
const numberFormat = new Intl.NumberFormat('fr-FR');

export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

export function formatNumber(n: number): string {
  return numberFormat.format(n);
}

function euros(n: number): string {
  return `${formatNumber(n)} €`;
}

/** "De 10 à 30 € par mois", "Gratuit", "Le nom de domaine : de 5 à 15 € par an". */
export function formatPrice(price: Price): string {
  const per = price.per === 'mois' ? ' par mois' : price.per === 'an' ? ' par an' : '';
  const amount =
    price.to === 0 ? 'gratuit' : price.from === price.to ? `${euros(price.to)}${per}` : `de ${formatNumber(price.from)} à ${euros(price.to)}${per}`;
  const text = price.label ? `${price.label} : ${amount}` : amount;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
