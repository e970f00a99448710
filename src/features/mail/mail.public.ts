/**
 * What other features may use of mail/: the one door into it (scripts/layers.test.ts checks
 * that no feature imports another's files directly).
 */
export { countOutboxByState, deliverMail, findOutboxMessage, listOutbox, queueMail, queueMailToEach } from './mail.service.ts';
export { type OutboxRow } from './mail.table.ts';
