/** SQL of the settings feature: the site settings are rows of the `meta` key/value table. */
import type { Db } from '../../db/database.ts';
import type { SiteSettings } from '../../web/site.ts';

/** The `meta` key of each setting. */
const KEYS: Record<keyof SiteSettings, string> = {
  name: 'site.name',
  shortName: 'site.short_name',
  description: 'site.introduction',
  contactEmail: 'site.contact_email',
};

const FIELDS = Object.keys(KEYS) as (keyof SiteSettings)[];

/** The stored settings (a setting never saved is absent). */
export async function readSettingValues(db: Db): Promise<Partial<Record<keyof SiteSettings, string>>> {
  const rows = await db.selectFrom('meta').select(['key', 'value']).where('key', 'in', Object.values(KEYS)).execute();
  const byKey = new Map(rows.map((r) => [r.key, r.value]));
  const values: Partial<Record<keyof SiteSettings, string>> = {};
  for (const field of FIELDS) {
    const value = byKey.get(KEYS[field]);
    if (value !== undefined) values[field] = value;
  }
  return values;
}

/** Stores every setting ('' for an empty contact address); run inside a transaction. */
export async function writeSettingValues(db: Db, values: Record<keyof SiteSettings, string>): Promise<void> {
  for (const field of FIELDS) {
    const value = values[field];
    await db
      .insertInto('meta')
      .values({ key: KEYS[field], value })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
      .execute();
  }
}
