/**
 * Moderation e-mails, written to the outbox in the caller's transaction: the network's admins
 * learn of each submission that waits for them, an editor of the decision on theirs. The caller
 * delivers the returned messages once the transaction has committed.
 */
import type { Db } from '../../db/database.ts';
import { SITE } from '../../web/site.ts';
import { findActiveRecipient, listActiveAdmins } from '../accounts/accounts.public.ts';
import { queueMail, queueMailToEach } from '../mail/mail.public.ts';

/** Tells every active admin that a change waits for review. Returns the outbox ids. */
export async function notifySubmission(
  db: Db,
  change: { label: string; author: string; url: string },
  now = new Date(),
): Promise<number[]> {
  return queueMailToEach(
    db,
    await listActiveAdmins(db),
    (admin) => ({
      subject: `[${SITE.shortName}] Modification ${change.label} à relire`,
      text: [
        `Bonjour ${admin.name},`,
        '',
        `${change.author} a soumis une modification ${change.label}. Elle attend votre relecture avant sa mise en ligne.`,
        '',
        `File de modération : ${change.url}`,
        '',
        `— ${SITE.name}`,
      ].join('\n'),
    }),
    now,
  );
}

/** Tells the author of a submission that it was published or refused (with the comment). */
export async function notifyDecision(
  db: Db,
  authorId: number,
  decision: { label: string; decision: 'approved' | 'rejected'; reviewer: string; comment?: string; url: string },
  now = new Date(),
): Promise<number[]> {
  const author = await findActiveRecipient(db, authorId);
  if (!author) return [];
  const approved = decision.decision === 'approved';
  const text = approved
    ? [`Bonjour ${author.name},`, '', `${decision.reviewer} a validé votre modification ${decision.label} : elle est en ligne.`]
    : [
        `Bonjour ${author.name},`,
        '',
        `${decision.reviewer} n’a pas validé votre modification ${decision.label}. Son commentaire :`,
        '',
        decision.comment ?? '',
        '',
        'Votre texte est conservé : reprenez-le, puis soumettez-le à nouveau.',
      ];
  const id = await queueMail(
    db,
    {
      to: author.email,
      subject: `[${SITE.shortName}] Modification ${decision.label} ${approved ? 'publiée' : 'à reprendre'}`,
      text: [...text, '', `Ouvrir : ${decision.url}`, '', `— ${SITE.name}`].join('\n'),
    },
    now,
  );
  return [id];
}
