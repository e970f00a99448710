/**
 * Mail: written to the outbox first, then delivered by a real SMTP conversation (a minimal SMTP
 * server in this test receives it), or kept when no server is configured, or marked failed —
 * never lost.
 */
import assert from 'node:assert/strict';
import net from 'node:net';
import { after, before, test } from 'node:test';
import { createTestDatabase } from '../../../test/databases.ts';
import type { Database } from '../../db/database.ts';
import { deliverMail, queueMail } from './mail.service.ts';

/** Accepts every message and keeps what it received (RFC 5321, the commands nodemailer sends). */
function smtpSink(): Promise<{ port: number; received: { from: string; to: string[]; data: string }[]; close(): Promise<void> }> {
  const received: { from: string; to: string[]; data: string }[] = [];
  const server = net.createServer((socket) => {
    let buffer = '';
    let inData = false;
    let current = { from: '', to: [] as string[], data: '' };
    socket.write('220 sink ESMTP\r\n');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      for (let end = buffer.indexOf('\r\n'); end !== -1; end = buffer.indexOf('\r\n')) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (inData) {
          if (line === '.') {
            inData = false;
            received.push(current);
            current = { from: '', to: [], data: '' };
            socket.write('250 queued\r\n');
          } else current.data += `${line.startsWith('..') ? line.slice(1) : line}\n`;
          continue;
        }
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO' || verb === 'HELO') socket.write('250 sink\r\n');
        else if (verb === 'MAIL') {
          current.from = line;
          socket.write('250 ok\r\n');
        } else if (verb === 'RCPT') {
          current.to.push(line);
          socket.write('250 ok\r\n');
        } else if (verb === 'DATA') {
          inData = true;
          socket.write('354 go\r\n');
        } else if (verb === 'QUIT') {
          socket.end('221 bye\r\n');
        } else socket.write('250 ok\r\n');
      }
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        port: (server.address() as net.AddressInfo).port,
        received,
        close: () => new Promise((r) => server.close(() => r())),
      }),
    ),
  );
}

const silent = { info: () => undefined, warn: () => undefined };
let database: Database;
before(async () => {
  database = await createTestDatabase('sqlite');
});
after(() => database.close());

test('with an SMTP server configured, the message is sent and marked so', async () => {
  const sink = await smtpSink();
  try {
    const id = await queueMail(database.db, {
      to: 'camille@ville.fr',
      subject: 'Invitation à l’espace adhérents',
      text: 'Bonjour,\nvoici votre lien.',
    });
    await deliverMail(
      database.db,
      { smtpUrl: `smtp://127.0.0.1:${sink.port}`, mailFrom: 'Réseau <ne-pas-repondre@essor.test>' },
      [id],
      silent,
    );
    assert.equal(sink.received.length, 1);
    assert.match(sink.received[0]!.to[0]!, /camille@ville\.fr/);
    assert.match(sink.received[0]!.data, /voici votre lien/);
    const row = await database.db.selectFrom('outbox').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(row.state, 'sent');
    assert.ok(row.sent_at);
  } finally {
    await sink.close();
  }
});

test('without a server the message is kept and logged; when the server fails it is marked failed with the reason', async () => {
  const logged: string[] = [];
  const kept = await queueMail(database.db, { to: 'a@b.fr', subject: 'Gardé', text: 'Texte' });
  await deliverMail(database.db, { smtpUrl: null, mailFrom: 'x@y.fr' }, [kept], {
    info: (o) => logged.push(JSON.stringify(o)),
    warn: () => undefined,
  });
  assert.equal((await database.db.selectFrom('outbox').select('state').where('id', '=', kept).executeTakeFirstOrThrow()).state, 'kept');
  assert.match(logged.join(), /"subject":"Gardé"/);

  const closed = net.createServer();
  const port = await new Promise<number>((r) => closed.listen(0, '127.0.0.1', () => r((closed.address() as net.AddressInfo).port)));
  await new Promise((r) => closed.close(r));
  const failed = await queueMail(database.db, { to: 'a@b.fr', subject: 'Échoué', text: 'Texte' });
  await deliverMail(database.db, { smtpUrl: `smtp://127.0.0.1:${port}`, mailFrom: 'x@y.fr' }, [failed], silent);
  const row = await database.db.selectFrom('outbox').selectAll().where('id', '=', failed).executeTakeFirstOrThrow();
  assert.equal(row.state, 'failed');
  assert.match(row.error ?? '', /ECONNREFUSED/);
  assert.equal(row.body_text, 'Texte', 'the message is still there to read or resend');
});
