/**
 * Storing and addressing media. A file is stored once per content (SHA-256) and never changed, so
 * its address `/medias/<sha256>.<ext>` is stable and can be cached for a year.
 */
import crypto from 'node:crypto';
import type { Db } from '../../db/database.ts';
import { findMediaInfo, insertMedia } from './media.repository.ts';
import { IMAGE_TYPES, imageSize, sniffImage, type ImageType } from './media.sniff.ts';
import type { MediaInfo } from './media.table.ts';
import { DOCUMENT_TYPES, extensionMatches, safeDownloadName, sniffDocument } from './media.documents.ts';

/** Largest accepted image [5 MB]. */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

/** An uploaded file as the multipart reader hands it over. */
export interface Upload {
  filename: string;
  mimetype: string;
  data: Buffer;
  /** True when the file was larger than the limit (the bytes were cut). */
  truncated: boolean;
}

/** The public address of a stored file. */
export function mediaUrl(media: Pick<MediaInfo, 'sha256' | 'content_type'>): string {
  return `/medias/${media.sha256}.${IMAGE_TYPES[media.content_type as ImageType] ?? 'bin'}`;
}

/** Why an upload is not an acceptable image, in French, or null when it is. */
export function imageProblem(upload: Upload): string | null {
  if (upload.truncated || upload.data.length > MAX_IMAGE_BYTES)
    return `Image : le fichier « ${upload.filename} » dépasse ${MAX_IMAGE_BYTES / 1024 / 1024} Mo. Réduisez sa taille (1 600 pixels de large suffisent) et recommencez.`;
  if (upload.data.length === 0) return `Image : le fichier « ${upload.filename} » est vide.`;
  const type = sniffImage(upload.data);
  if (!type)
    return `Image : « ${upload.filename} » n’est pas une image JPEG, PNG ou WebP. Enregistrez-la dans l’un de ces formats et recommencez.`;
  return dimensionProblem('Image', upload, type);
}

/** The largest width or height an image may declare [20,000 px]: beyond, its header is not a real image's. */
export const MAX_IMAGE_SIDE = 20_000;

function dimensionProblem(label: string, upload: Upload, type: ImageType): string | null {
  const size = imageSize(upload.data, type);
  if (!size || size.width < 1 || size.height < 1 || size.width > MAX_IMAGE_SIDE || size.height > MAX_IMAGE_SIDE)
    return `${label} : l’image « ${upload.filename} » annonce des dimensions impossibles${size ? ` (${size.width} × ${size.height} pixels)` : ''}. Enregistrez-la de nouveau depuis un logiciel d’images (${MAX_IMAGE_SIDE.toLocaleString('fr-FR')} pixels de côté au plus).`;
  return null;
}

/** Stores an image checked by `imageProblem` (or finds the same bytes already stored). */
export async function storeImage(db: Db, upload: Upload, userId: number | null, now = new Date()): Promise<MediaInfo> {
  const type = sniffImage(upload.data);
  if (!type) throw new Error('storeImage: not an image');
  const sha256 = crypto.createHash('sha256').update(upload.data).digest('hex');
  const known = await findMediaInfo(db, { sha256 });
  if (known) return known;
  const size = imageSize(upload.data, type);
  const filename = safeDownloadName(upload.filename, type);
  await insertMedia(db, {
    sha256,
    content_type: type,
    byte_size: upload.data.length,
    width: size?.width ?? null,
    height: size?.height ?? null,
    filename,
    data: upload.data,
    created_at: now.toISOString(),
    created_by: userId,
  });
  return (await findMediaInfo(db, { sha256 }))!;
}

/** Largest accepted attachment [20 MB]. */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

/** Why an upload is not an acceptable attachment (PDF, office document, image), in French, or null. */
export function attachmentProblem(upload: Upload): string | null {
  if (upload.truncated || upload.data.length > MAX_ATTACHMENT_BYTES)
    return `Fichier : « ${upload.filename} » dépasse ${MAX_ATTACHMENT_BYTES / 1024 / 1024} Mo.`;
  if (upload.data.length === 0) return `Fichier : « ${upload.filename} » est vide.`;
  const type = sniffDocument(upload.data);
  if (!type)
    return `Fichier : « ${upload.filename} » n’est ni un PDF, ni un document bureautique (Word, Excel, PowerPoint, OpenDocument), ni une image JPEG, PNG ou WebP.`;
  if (!extensionMatches(upload.filename, type))
    return `Fichier : le contenu de « ${upload.filename} » ne correspond pas à son extension (c’est un fichier .${DOCUMENT_TYPES[type]}).`;
  return type.startsWith('image/') ? dimensionProblem('Fichier', upload, type as ImageType) : null;
}

/** Stores an attachment checked by `attachmentProblem` (or finds the same bytes already stored). */
export async function storeAttachment(db: Db, upload: Upload, userId: number | null, now = new Date()): Promise<MediaInfo> {
  const type = sniffDocument(upload.data);
  if (!type || !extensionMatches(upload.filename, type)) throw new Error('storeAttachment: not an accepted document');
  const sha256 = crypto.createHash('sha256').update(upload.data).digest('hex');
  const known = await findMediaInfo(db, { sha256 });
  if (known) return known;
  const size = type.startsWith('image/') ? imageSize(upload.data, type as ImageType) : null;
  await insertMedia(db, {
    sha256,
    content_type: type,
    byte_size: upload.data.length,
    width: size?.width ?? null,
    height: size?.height ?? null,
    filename: safeDownloadName(upload.filename, type),
    data: upload.data,
    created_at: now.toISOString(),
    created_by: userId,
  });
  return (await findMediaInfo(db, { sha256 }))!;
}
