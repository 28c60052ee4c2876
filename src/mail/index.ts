// The mail domain: a durable outbox (every mail is written to the database first), sent through
// SMTP with retries when SMTP_URL is set, otherwise kept and listed for the operators.
export { queueMail, type MailMessage } from './queue-mail.js';
export { renderMail, type MailContent } from './render-mail.js';
export { mailRoutes } from './routes.js';
export { sendPendingMail, mailJobHandler, smtpTransport, MAIL_JOB, type MailTransport } from './send-mail.js';
