/**
 * The members a campaign asks, on both databases: those of the kinds it concerns when it is
 * created, and those that join the network while it is prepared or open (on their editors'
 * dashboard, on the campaign's dashboard, by the hourly scheduler); a closed campaign keeps its own.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildTestApp, csrfPair, form, sessionCookie } from '../../../test/app.ts';
import { describeEachDatabase } from '../../../test/databases.ts';
import { createTestMember, createTestUser } from '../../../test/factories.ts';
import { remindOpenCampaigns } from './campaigns.reminders.ts';
import { responseStates } from './campaigns.responses.ts';

describeEachDatabase('campaign members', (getDb) => {
  let app: FastifyInstance;
  let csrf: { cookie: string; token: string };
  let admin: string;

  before(async () => {
    app = await buildTestApp(getDb());
    csrf = await csrfPair(app);
    admin = await sessionCookie(getDb(), (await createTestUser(getDb().db, { role: 'admin' })).id);
  });
  after(() => app.close());

  const post = (url: string, cookie: string, fields: Record<string, string>) =>
    app.inject({
      method: 'POST',
      url,
      headers: { cookie: `${csrf.cookie}; ${cookie}`, 'content-type': 'application/x-www-form-urlencoded' },
      payload: form({ _csrf: csrf.token, ...fields }),
    });
  const get = (url: string, cookie: string) => app.inject({ method: 'GET', url, headers: { cookie } });

  test('a member that joins while a campaign is prepared or open is asked too, if it is of a kind the campaign concerns', async () => {
    const { db } = getDb();
    const created = await post('/admin/campagnes/nouvelle', admin, {
      year: '2027',
      title: 'Enquête communes 2027',
      opensOn: '2027-01-01',
      deadline: '2027-06-30',
      reminderDays: '7',
      minCell: '5',
      memberKinds: 'commune',
    });
    assert.equal(created.statusCode, 303);
    const id = Number(/\/admin\/campagnes\/(\d+)/.exec(String(created.headers.location))![1]);
    assert.deepEqual(await responseStates(db, id), [], 'no commune is a member yet');
    assert.equal((await post(`/admin/campagnes/${id}/ouvrir`, admin, {})).statusCode, 303);
    const commune = await createTestMember(db, {
      slug: 'commune-nouvelle',
      name: 'Commune nouvelle',
      territory: { kind: 'commune', code: '86194' },
    });
    const region = await createTestMember(db, {
      slug: 'region-nouvelle',
      name: 'Région nouvelle',
      territory: { kind: 'region', code: '75' },
    });
    const communeEditor = await sessionCookie(getDb(), (await createTestUser(db, { role: 'editor', memberId: commune.id })).id);
    const regionEditor = await sessionCookie(getDb(), (await createTestUser(db, { role: 'editor', memberId: region.id })).id);
    assert.ok(
      (await get('/admin', communeEditor)).body.includes('Enquête communes 2027'),
      'the new commune finds the form on its dashboard',
    );
    assert.ok(!(await get('/admin', regionEditor)).body.includes('Enquête communes 2027'), 'a région is not concerned');
    assert.deepEqual(
      (await responseStates(db, id)).map((s) => s.memberId),
      [commune.id],
    );
    // Another commune joins: the campaign's dashboard asks it as soon as an admin looks.
    await createTestMember(db, {
      slug: 'commune-tardive',
      name: 'Commune tardive',
      territory: { kind: 'commune', code: '86066' },
    });
    const dashboard = await get(`/admin/campagnes/${id}`, admin);
    assert.ok(dashboard.body.includes('Commune tardive'));
    assert.equal((await responseStates(db, id)).length, 2);
    assert.equal((await post(`/admin/campagnes/${id}/clore`, admin, {})).statusCode, 303);
    await createTestMember(db, { slug: 'commune-apres', name: 'Commune après', territory: { kind: 'commune', code: '86062' } });
    assert.equal(
      await remindOpenCampaigns(db, 'http://essor.test', new Date('2027-06-29T09:00:00Z'))
        .then(() => responseStates(db, id))
        .then((s) => s.length),
      2,
      'a closed campaign keeps its members',
    );
  });
});
