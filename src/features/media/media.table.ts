/**
 * Stored files (news images now, resource attachments later): the bytes live in the database
 * (BLOB on SQLite, bytea on PostgreSQL), addressed by their SHA-256, never changed once written.
 */
import type { Generated, Selectable } from 'kysely';

export interface MediaTable {
  id: Generated<number>;
  /** Hex SHA-256 of the bytes: the stable, unguessable address and the ETag. */
  sha256: string;
  /** Read from the file's first bytes, never from what the browser declared. */
  content_type: string;
  byte_size: number;
  width: number | null;
  height: number | null;
  /** The name the file was uploaded with (for downloads). */
  filename: string;
  data: Buffer;
  created_at: string;
  created_by: number | null;
}

export type MediaRow = Selectable<MediaTable>;
export type MediaInfo = Omit<MediaRow, 'data'>;
