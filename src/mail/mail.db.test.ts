import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/support/database.js';
import { runDueJobs } from '../jobs/index.js';
import { FixedClock, HOUR } from '../server/clock.js';
import { testConfig } from '../server/config.js';
import type { AppContext } from '../server/context.js';
import { jobHandlers } from '../server/job-handlers.js';
import { queueMail } from './queue-mail.js';
import { renderMail } from './render-mail.js';
import { outboxMails } from './schema.js';
import type { MailTransport } from './send-mail.js';

let database: TestDatabase;
let clock: FixedClock;
beforeEach(async () => {
  database = await createTestDatabase();
  clock = new FixedClock('2026-03-02T08:00:00Z');
});
afterEach(() => database.close());

const context = (smtpUrl?: string): AppContext => ({ config: testConfig({ smtpUrl }), db: database.db, engine: database.engine, clock });

/** An SMTP server that can be switched off. */
function fakeSmtp() {
  const delivered: { to: string; subject: string }[] = [];
  const state = { up: true };
  const transport: MailTransport = {
    async send(mail) {
      if (!state.up) throw new Error('connexion refusée');
      delivered.push({ to: mail.to, subject: mail.subject });
    },
  };
  return { delivered, state, transport };
}

const message = (to: string) => ({
  to,
  subject: 'Bienvenue',
  template: 'essai',
  ...renderMail(testConfig(), { greeting: 'Bonjour,', paragraphs: ['Un essai <b>sans</b> balise.'], action: { label: 'Ouvrir', url: 'http://localhost:3000/x' } }),
});

describe('les courriels', () => {
  it('sans SMTP, le courriel est conservé dans la boîte d’envoi et rien n’est envoyé', async () => {
    await queueMail(context(), message('Camille@Exemple.fr'));
    const rows = await database.db.select().from(outboxMails);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.status).toBe('conserve');
    expect(rows[0]!.recipient).toBe('camille@exemple.fr');
    expect(rows[0]!.htmlBody).toContain('&lt;b&gt;sans&lt;/b&gt;');
    expect(rows[0]!.textBody).toContain('Ouvrir : http://localhost:3000/x');
  });

  it('quand le serveur SMTP est en panne, le courriel n’est pas perdu : il part dès qu’il revient, une seule fois', async () => {
    const ctx = context('smtp://localhost:2525');
    const smtp = fakeSmtp();
    const handlers = jobHandlers(ctx, smtp.transport);
    smtp.state.up = false;
    await queueMail(ctx, message('dominique@exemple.fr'));
    await runDueJobs({ db: ctx.db, clock, handlers });
    let [row] = await database.db.select().from(outboxMails);
    expect(row!.status).toBe('en_attente');
    expect(row!.lastError).toBe('connexion refusée');

    smtp.state.up = true;
    clock.advance(HOUR);
    await runDueJobs({ db: ctx.db, clock, handlers });
    clock.advance(HOUR);
    await runDueJobs({ db: ctx.db, clock, handlers });
    [row] = await database.db.select().from(outboxMails);
    expect(row!.status).toBe('envoye');
    expect(smtp.delivered).toEqual([{ to: 'dominique@exemple.fr', subject: 'Bienvenue' }]);
  });
});
