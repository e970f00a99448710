import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { describeEachDatabase } from '../../../test/databases.ts';
import { createTestMember } from '../../../test/factories.ts';
import { findMemberBySlug, listFigures, listSections } from '../members/members.public.ts';
import { listRevisions } from '../members/members.public.ts';
import { parseLegacyPage } from './parse/imports.parse.ts';
import { codeFromFileName, importPages, type ImportSource } from './imports.service.ts';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const NOW = new Date('2026-11-26T12:00:00Z');
const poitiersText = fs.readFileSync(path.join(FIXTURES, 'grand-poitiers.txt'), 'utf8');

function source(file: string, text: string): ImportSource {
  return { file, read: () => parseLegacyPage(Buffer.from(text), file, { now: NOW }) };
}

test('a SIREN or an INSEE code in the file name is the official code', () => {
  assert.deepEqual(codeFromFileName('pages/200069854-grand-poitiers.txt'), { kind: 'epci', code: '200069854' });
  assert.deepEqual(codeFromFileName('86194_poitiers.html'), { kind: 'commune', code: '86194' });
  assert.deepEqual(codeFromFileName('2A004-ajaccio.txt'), { kind: 'commune', code: '2A004' });
  assert.equal(codeFromFileName('grand-poitiers-2019.txt'), null);
});

describeEachDatabase('import of legacy pages', (getDb) => {
  test('a new page creates its member on the territory its name designates, with figures to confirm', async () => {
    const summary = await importPages(getDb(), [source('grand-poitiers.txt', poitiersText)], { now: NOW });
    assert.deepEqual(summary.counts, { imported: 1, updated: 0, unchanged: 0, failed: 0 });
    const { db } = getDb();
    const member = await findMemberBySlug(db, 'grand-poitiers');
    assert.equal(member?.territory_code, '200069854');
    assert.equal(member?.joined_year, 2007);
    assert.equal(member?.content_updated_at, '2019-01-16T00:00:00.000Z');
    assert.deepEqual(
      (await listSections(db, member!.id)).map((s) => s.kind),
      ['panorama', 'budget', 'programme', 'actions'],
    );
    const budget = (await listFigures(db, member!.id)).find((f) => f.kind === 'budget_eur');
    assert.equal(budget?.value, 35_200_000);
    assert.equal(budget?.status, 'extracted');
    assert.match(budget?.source_text ?? '', /35,2 M€/);
    const run = await db.selectFrom('imports').selectAll().orderBy('id', 'desc').executeTakeFirstOrThrow();
    assert.equal(run.state, 'done');
    assert.equal(run.imported, 1);
  });

  test('importing the same page again changes nothing', async () => {
    const summary = await importPages(getDb(), [source('grand-poitiers.txt', poitiersText)], { now: NOW });
    assert.deepEqual(summary.counts, { imported: 0, updated: 0, unchanged: 1, failed: 0 });
    const member = await findMemberBySlug(getDb().db, 'grand-poitiers');
    assert.equal((await listRevisions(getDb().db, member!.id)).length, 1);
  });

  test('a newer version replaces the content and keeps the previous one as a revision', async () => {
    const newer = poitiersText
      .replace('16/01/2019', '03/02/2020')
      .replace('La réactualisation du diagnostic', 'La nouvelle version du diagnostic');
    const summary = await importPages(getDb(), [source('grand-poitiers.txt', newer)], { now: NOW });
    assert.deepEqual(summary.counts, { imported: 0, updated: 1, unchanged: 0, failed: 0 });
    const { db } = getDb();
    const member = await findMemberBySlug(db, 'grand-poitiers');
    assert.equal(member?.content_updated_at, '2020-02-03T00:00:00.000Z');
    const programme = (await listSections(db, member!.id)).find((s) => s.kind === 'programme');
    assert.match(programme!.body_html, /La nouvelle version du diagnostic/);
    const revisions = await listRevisions(db, member!.id);
    assert.equal(revisions.length, 2);
    assert.match(revisions[0]!.snapshot.sections.find((s) => s.kind === 'programme')!.html, /La réactualisation du diagnostic/);
  });

  test('an older version of a page than the published profile is not imported', async () => {
    const older = poitiersText.replace('16/01/2019', '01/06/2017').replace('La réactualisation', 'Une version ancienne');
    const summary = await importPages(getDb(), [source('grand-poitiers.txt', older)], { now: NOW });
    assert.deepEqual(summary.counts, { imported: 0, updated: 0, unchanged: 1, failed: 0 });
    assert.match(summary.outcomes[0]!.warnings.at(-1)!, /plus ancienne que le profil publié \(2020-02-03\) : non importée/);
  });

  test('figures confirmed by a person are never overwritten; the hand-made content is kept as a revision first', async () => {
    const { db } = getDb();
    await createTestMember(db, {
      slug: 'ville-de-poitiers',
      name: 'Ville de Poitiers',
      territory: { kind: 'commune', code: '86194' },
      updatedAt: '2015-01-01',
      figures: [{ kind: 'budget_eur', value: 1_000_000, year: 2024, source: 'Budget primitif 2024' }],
      sections: [{ kind: 'panorama', html: '<p>Texte saisi à la main.</p>' }],
    });
    const page = poitiersText.replace('Grand Poitiers\n', 'Ville de Poitiers\n');
    const summary = await importPages(getDb(), [source('86194-poitiers.txt', page)], { now: NOW });
    assert.equal(summary.counts.updated, 1);
    const member = await findMemberBySlug(db, 'ville-de-poitiers');
    const figures = await listFigures(db, member!.id);
    const budget = figures.filter((f) => f.kind === 'budget_eur');
    assert.deepEqual(
      budget.map((f) => [f.value, f.status]),
      [[1_000_000, 'declared']],
    );
    assert.ok(figures.some((f) => f.kind === 'ess_establishments' && f.status === 'extracted'));
    const revisions = await listRevisions(db, member!.id);
    assert.deepEqual(
      revisions.map((r) => r.origin),
      ['snapshot', 'import'],
    );
    assert.match(revisions[0]!.snapshot.sections[0]!.html, /Texte saisi à la main/);
  });

  test('a bad file never stops the others, and its error names the file', async () => {
    const summary = await importPages(
      getDb(),
      [source('vide.txt', ''), source('inconnu.txt', poitiersText.replace('Grand Poitiers\n', 'Communauté de communes de Nulle-Part\n'))],
      { now: NOW },
    );
    assert.deepEqual(summary.counts, { imported: 0, updated: 0, unchanged: 0, failed: 2 });
    assert.match(summary.outcomes[0]!.error!, /^vide\.txt, ligne 1 : /);
    assert.match(
      summary.outcomes[1]!.error!,
      /^inconnu\.txt : aucun territoire officiel ne porte le nom « Communauté de communes de Nulle-Part »/,
    );
    const files = await getDb()
      .db.selectFrom('import_files')
      .select(['file', 'state'])
      .where('import_id', '=', summary.importId!)
      .orderBy('position')
      .execute();
    assert.deepEqual(files, [
      { file: 'vide.txt', state: 'failed' },
      { file: 'inconnu.txt', state: 'failed' },
    ]);
  });

  test('files are read one at a time, each written before the next is read, and a page over its budget fails alone', async () => {
    const count = async () =>
      Number(
        (
          await getDb()
            .db.selectFrom('members')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    let done = 0;
    const reads: string[] = [];
    const watched = (file: string, text: string, budgetMs?: number): ImportSource => ({
      file,
      read: () => {
        reads.push(`${file} après ${done} fichier(s) écrit(s)`);
        return parseLegacyPage(Buffer.from(text), file, { now: NOW, budgetMs });
      },
    });
    const summary = await importPages(
      getDb(),
      [
        watched('brest.txt', poitiersText.replace('Grand Poitiers\n', 'Brest Métropole\n')),
        watched('lourde.txt', `Ville de Brume\n\nPanorama de l’ESS\n\n${'Une ligne.\n'.repeat(50_000)}`, 1),
        watched('vide.txt', ''),
      ],
      { now: NOW, onProgress: (n) => (done = n) },
    );
    assert.deepEqual(reads, [
      'brest.txt après 0 fichier(s) écrit(s)',
      'lourde.txt après 1 fichier(s) écrit(s)',
      'vide.txt après 2 fichier(s) écrit(s)',
    ]);
    assert.deepEqual(
      summary.outcomes.map((o) => o.state),
      ['imported', 'failed', 'failed'],
    );
    assert.match(summary.outcomes[1]!.error!, /^lourde\.txt, ligne 1 : analyse abandonnée après 1 ms/);
    assert.equal(await count(), before + 1);
  });

  test('a dry run writes nothing', async () => {
    const { db } = getDb();
    const before = await db
      .selectFrom('imports')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const page = poitiersText.replace('Grand Poitiers\n', 'Région Bretagne\n');
    const summary = await importPages(getDb(), [source('bretagne.txt', page)], { dryRun: true, now: NOW });
    assert.equal(summary.outcomes[0]!.state, 'dry-run');
    assert.equal(await findMemberBySlug(db, 'region-bretagne'), undefined);
    const after = await db
      .selectFrom('imports')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    assert.equal(Number(after.n), Number(before.n));
  });

  test('a run killed before it finished is marked interrupted by the next one', async () => {
    const { db } = getDb();
    const killed = await db
      .insertInto('imports')
      .values({ kind: 'legacy-pages', state: 'running', started_at: '2026-01-01T00:00:00.000Z', finished_at: null, files_total: 40 })
      .returning('id')
      .executeTakeFirstOrThrow();
    const summary = await importPages(getDb(), [source('grand-poitiers.txt', poitiersText)], { now: NOW });
    const rows = await db
      .selectFrom('imports')
      .select(['id', 'state', 'finished_at'])
      .where('id', 'in', [killed.id, summary.importId!])
      .execute();
    assert.deepEqual(
      rows.map((r) => [r.id, r.state]).sort(),
      [
        [killed.id, 'interrupted'],
        [summary.importId, 'done'],
      ].sort(),
    );
    assert.equal(rows.find((r) => r.id === killed.id)?.finished_at, NOW.toISOString());
  });
});
