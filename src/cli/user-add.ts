/**
 * `essor user:add --email … --role admin|editor|reader [--name …] [--member SLUG]`: creates an account
 * (the first admin, typically) and prints the single-use link where its owner chooses a password.
 * The link is also mailed (or kept in the outbox when no SMTP server is configured).
 */
import { parseArgs } from 'node:util';
import type { Config } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { prepareDatabase } from '../server/prepare.ts';
import { InvalidInput } from '../errors.ts';
import { ROLES, type Role } from '../features/accounts/accounts.policy.ts';
import { INVITATION_DAYS, inviteUser } from '../features/accounts/accounts.service.ts';
import { findMemberBySlug } from '../features/members/members.public.ts';
import { deliverMail } from '../features/mail/mail.service.ts';

export const USER_ADD_HELP = `Usage: essor user:add --email ADDRESS --role admin|editor|reader [--name NAME] [--member SLUG]

Creates an account and prints a single-use link (valid ${INVITATION_DAYS} days) to choose its password.
Editors and readers belong to a member: give its slug (as in /adherents/SLUG).`;

export async function userAddCommand(config: Readonly<Config>, args: string[]): Promise<number> {
  let values: { email?: string; role?: string; name?: string; member?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args,
      options: {
        email: { type: 'string' },
        role: { type: 'string' },
        name: { type: 'string' },
        member: { type: 'string' },
        help: { type: 'boolean' },
      },
    }));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USER_ADD_HELP}`);
    return 2;
  }
  if (values.help) {
    console.log(USER_ADD_HELP);
    return 0;
  }
  if (!values.email || !values.role) {
    console.error(`--email et --role sont obligatoires.\n\n${USER_ADD_HELP}`);
    return 2;
  }
  if (!(ROLES as readonly string[]).includes(values.role)) {
    console.error(`--role : « ${values.role} » n’est pas un rôle (admin, editor ou reader).`);
    return 2;
  }
  const database = openDatabase(config.database);
  try {
    await prepareDatabase(database, { demo: config.demo });
    let memberId: number | null = null;
    if (values.member) {
      const member = await findMemberBySlug(database.db, values.member);
      if (!member) {
        console.error(`--member : aucun adhérent n’a l’identifiant « ${values.member} ».`);
        return 1;
      }
      memberId = member.id;
    }
    const { link, outboxId } = await database.db
      .transaction()
      .execute((trx) =>
        inviteUser(trx, 'cli', { email: values.email!, name: values.name ?? '', role: values.role as Role, memberId }, config.publicUrl),
      );
    await deliverMail(database.db, config, [outboxId], { info: () => undefined, warn: (o, m) => console.warn(m, o) });
    console.log(`Compte créé pour ${values.email!.trim().toLowerCase()} (${values.role}).`);
    console.log(`Lien pour choisir le mot de passe (valable ${INVITATION_DAYS} jours, une seule fois) :\n${link}`);
    return 0;
  } catch (error) {
    if (error instanceof InvalidInput) {
      console.error(`Compte non créé :\n${error.problems.map((p) => `  - ${p}`).join('\n')}`);
      return 1;
    }
    throw error;
  } finally {
    await database.close();
  }
}
