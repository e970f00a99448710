/**
 * The directory of a territory's ESS employers (issue 18): the diffusible active ESS establishments
 * that employ staff, of the latest SIRENE extract only (/territoires/:code/acteurs). Frozen in time.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  // Diffusible active ESS establishments that employ staff, of the latest extract only: the
  // directory of ESS employers of a territory (/territoires/:code/acteurs).
  await db.schema
    .createTable('observatory_establishments')
    .addColumn('vintage_id', 'integer', (c) => c.notNull().references('observatory_vintages.id').onDelete('cascade'))
    .addColumn('siret', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('naf', 'text', (c) => c.notNull())
    .addColumn('family', 'text', (c) => c.notNull())
    .addColumn('staff_band', 'text', (c) => c.notNull())
    .addColumn('commune_code', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('observatory_establishments_pk', ['vintage_id', 'siret'])
    .execute();
  await db.schema
    .createIndex('observatory_establishments_commune_idx')
    .on('observatory_establishments')
    .columns(['commune_code', 'vintage_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('observatory_establishments').execute();
}
