export { siteRoutes } from './routes.js';
/** Retention periods promised on /donnees-personnelles: the clean-up jobs read them from here. */
export { RETENTION } from './legal-content.js';
