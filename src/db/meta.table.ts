/** The `meta` table: small key/value facts about the database itself (content version, data vintages). */
export interface MetaTable {
  key: string;
  value: string;
}
