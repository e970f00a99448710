import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ConfigError, loadConfig, parseDatabaseUrl } from './config.ts';

test('defaults: port 3000, SQLite file under data/, demo on', () => {
  const config = loadConfig({});
  assert.equal(config.port, 3000);
  assert.equal(config.database.dialect, 'sqlite');
  assert.match((config.database as { file: string }).file, /data\/essor\.db$/);
  assert.equal(config.demo, true);
  assert.equal(config.publicUrl, 'http://localhost:3000');
  assert.ok(Object.isFrozen(config));
});

test('DATABASE_URL accepts sqlite:PATH, a plain path, :memory: and postgres://', () => {
  assert.deepEqual(parseDatabaseUrl('sqlite::memory:'), { dialect: 'sqlite', file: ':memory:' });
  assert.equal((parseDatabaseUrl('sqlite:/tmp/a.db') as { file: string }).file, '/tmp/a.db');
  assert.equal((parseDatabaseUrl('/tmp/b.db') as { file: string }).file, '/tmp/b.db');
  assert.deepEqual(parseDatabaseUrl('postgres://u@h:5432/db'), { dialect: 'postgres', url: 'postgres://u@h:5432/db' });
  assert.deepEqual(parseDatabaseUrl('postgresql://u@h/db'), { dialect: 'postgres', url: 'postgresql://u@h/db' });
});

test('bad configuration is refused with every problem listed', () => {
  assert.throws(
    () => loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', ESSOR_DEMO: 'maybe', PUBLIC_URL: 'ftp://x', LOG_LEVEL: 'loud' }),
    (error: unknown) => {
      assert.ok(error instanceof ConfigError);
      assert.equal(error.problems.length, 5);
      assert.match(error.problems.join('\n'), /PORT: "abc" is not a port number/);
      assert.match(error.problems.join('\n'), /DATABASE_URL: unsupported scheme/);
      assert.match(error.problems.join('\n'), /ESSOR_DEMO/);
      assert.match(error.problems.join('\n'), /PUBLIC_URL/);
      assert.match(error.problems.join('\n'), /LOG_LEVEL/);
      return true;
    },
  );
});

test('ESSOR_DEMO=0 turns the demo off; PUBLIC_URL loses its trailing slash', () => {
  const config = loadConfig({ ESSOR_DEMO: '0', PUBLIC_URL: 'https://ess.example.org/' });
  assert.equal(config.demo, false);
  assert.equal(config.publicUrl, 'https://ess.example.org');
});
