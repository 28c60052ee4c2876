import { randomBytes } from 'node:crypto';
import { createUser, type Role } from '../accounts/index.js';
import type { Db } from '../db/client.js';
import type { Clock } from '../server/clock.js';

export interface DemoAccount {
  id: string;
  role: Role;
  email: string;
  password: string;
  firstName: string;
  lastName: string;
  regionCode?: string;
}

/** One account per role, so a demo can be tried from every side. Passwords are random, never published. */
const DEMO_PEOPLE: Omit<DemoAccount, 'password' | 'id'>[] = [
  { role: 'operateur', email: 'operateur@demo.abeille.fr', firstName: 'Claire', lastName: 'Opératrice' },
  { role: 'partenaire', email: 'partenaire@demo.abeille.fr', firstName: 'Paul', lastName: 'Partenaire', regionCode: '84' },
  { role: 'entreprise', email: 'entreprise@demo.abeille.fr', firstName: 'Émilie', lastName: 'Dirigeante' },
];

export async function createDemoAccounts(deps: { db: Db; clock: Clock }): Promise<DemoAccount[]> {
  const created: DemoAccount[] = [];
  for (const person of DEMO_PEOPLE) {
    const password = randomBytes(12).toString('base64url');
    const result = await createUser(deps, { ...person, password, emailVerified: true });
    if (result.ok) created.push({ ...person, id: result.user.id, password });
  }
  return created;
}
