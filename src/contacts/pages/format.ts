import { isThemeSlug, themeLabel } from '../../themes/index.js';

const dateTime = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' });
const date = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'medium', timeZone: 'Europe/Paris' });

export const formatDateTime = (d: Date) => dateTime.format(d);
export const formatDate = (d: Date) => date.format(d);
export const themeName = (slug: string) => (isThemeSlug(slug) ? themeLabel(slug) : slug);
