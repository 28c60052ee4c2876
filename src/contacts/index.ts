// Contact requests from businesses to activators: the form, the activators' requests in their space,
// reminders, the operators' list of unanswered requests, and retention. Reached only from here.
export { contactsRoutes, PENDING_PATH } from './routes.js';
export { CONTACT_PATH } from './pages/ContactFormPage.js';
export { REQUESTS_PATH } from './mails.js';
export { contactsJobHandlers, CONTACTS_DAILY_JOB } from './jobs.js';
export { contactStatistics, contactsOfBusinessEmail, contactedAssessmentIds, contactsPersonalData } from './use-cases/read-models.js';
export { CONTACT_STATUSES, type ContactStatus } from './schema.js';
