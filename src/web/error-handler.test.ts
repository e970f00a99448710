import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildTestApp } from '../../test/app.ts';
import { createTestDatabase } from '../../test/databases.ts';

test('an unexpected failure is a plain French 500 page, or problem JSON on the API, without details', async () => {
  const database = await createTestDatabase('sqlite');
  const app = await buildTestApp(database);
  await database.close(); // every query now fails
  try {
    const page = await app.inject('/adherents/grand-poitiers');
    assert.equal(page.statusCode, 500);
    assert.match(page.headers['content-type'] as string, /text\/html/);
    assert.match(page.body, /<html lang="fr"/);
    assert.match(page.body, /Erreur interne/);
    assert.match(page.body, /Une erreur inattendue s’est produite/);
    assert.doesNotMatch(page.body, /database|sqlite|stack/i);
    assert.equal(page.headers['cache-control'], 'no-store');

    const api = await app.inject('/api/v1/members');
    assert.equal(api.statusCode, 500);
    assert.match(api.headers['content-type'] as string, /application\/problem\+json/);
    assert.equal(api.json().title, 'Erreur interne');
  } finally {
    await app.close();
  }
});
