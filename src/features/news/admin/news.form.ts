/**
 * Reading the news form (multipart, so that it can carry an image): the fields, the uploaded image
 * (stored at once when it is acceptable, so that a form refused for another reason keeps it), the
 * members and themes chosen. The multipart reader keeps a file in memory up to the size limit.
 */
import type { MultipartFile } from '@fastify/multipart';
import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../errors.ts';
import { field, fields } from '../../../web/forms.tsx';
import { can, type Actor } from '../../accounts/accounts.public.ts';
import { findMediaInfo } from '../../media/media.public.ts';
import { listMemberLinks } from '../../members/members.public.ts';
import { listThemeLinks } from '../../themes/themes.public.ts';
import { imageProblem, mediaUrl, storeImage, type Upload } from '../../media/media.public.ts';
import { utcToParis, type NewsInput, type NewsSnapshot } from '../news.content.ts';
import type { NewsFormValues } from './news.admin-pages.tsx';

/** The multipart `onFile` handler: the file's bytes (cut at the limit) and what the browser said about it. */
export async function readUpload(part: MultipartFile): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of part.file) chunks.push(chunk as Buffer);
  const upload: Upload = { filename: part.filename, mimetype: part.mimetype, data: Buffer.concat(chunks), truncated: part.file.truncated };
  part.value = upload;
}

const isUpload = (value: unknown): value is Upload =>
  typeof value === 'object' && value !== null && 'data' in value && Buffer.isBuffer((value as Upload).data);

const ids = (values: string[]) => [...new Set(values.filter((v) => /^\d{1,9}$/.test(v)).map(Number))];

/**
 * Reads the form. `owner` is the member an editor writes for: a new item of theirs is linked to it,
 * an existing one keeps the links the network gave it (`current`); a request naming another member
 * is refused. Admins link to the members they choose.
 */
export async function readNewsForm(
  db: Db,
  body: unknown,
  actor: Actor,
  owner: { id: number; name: string } | null,
  current: { id: number; name: string }[] | null,
): Promise<{ input: NewsInput; values: NewsFormValues; uploadProblems: string[] }> {
  const uploadProblems: string[] = [];
  let image: NewsInput['image'] = null;
  const raw = (body as Record<string, unknown> | undefined)?.image;
  const upload = isUpload(raw) && (raw.filename !== '' || raw.data.length > 0) ? raw : null;
  if (upload) {
    const problem = imageProblem(upload);
    if (problem) uploadProblems.push(problem);
    else {
      const media = await storeImage(db, upload, actor.id);
      image = {
        mediaId: media.id,
        sha256: media.sha256,
        contentType: media.content_type,
        width: media.width,
        height: media.height,
        filename: upload.filename,
      };
    }
  } else if (field(body, 'image_key') && field(body, 'image_remove') !== '1') {
    const media = /^[0-9a-f]{64}$/.test(field(body, 'image_key'))
      ? await findMediaInfo(db, { sha256: field(body, 'image_key') })
      : undefined;
    if (media && media.content_type.startsWith('image/')) {
      image = {
        mediaId: media.id,
        sha256: media.sha256,
        contentType: media.content_type,
        width: media.width,
        height: media.height,
        filename: media.filename,
      };
    }
  }

  const admin = can(actor, 'network.admin');
  const askedMembers = ids(fields(body, 'members'));
  let members: { id: number; name: string }[];
  if (admin) {
    members = (await listMemberLinks(db, askedMembers)).map(({ id, name }) => ({ id, name }));
  } else {
    // Editors do not change the links: their member for a new item, the item's links otherwise.
    const kept = current ?? (owner ? [owner] : []);
    if (!owner || askedMembers.some((id) => !kept.some((m) => m.id === id)))
      throw new AppError('forbidden', 'Votre compte ne permet de lier une actualité qu’à votre propre collectivité.');
    members = kept;
  }
  const askedThemes = ids(fields(body, 'themes'));
  const themes = (await listThemeLinks(db, askedThemes)).map(({ id, name }) => ({ id, name }));

  const input: NewsInput = {
    title: field(body, 'title'),
    summary: field(body, 'summary'),
    body: field(body, 'body'),
    date: field(body, 'date'),
    time: field(body, 'time'),
    image,
    imageAlt: field(body, 'image_alt'),
    members,
    themes,
  };
  const values: NewsFormValues = {
    title: input.title,
    summary: input.summary,
    body: input.body,
    date: input.date,
    time: input.time,
    imageAlt: input.imageAlt,
    image: image
      ? {
          key: image.sha256,
          url: mediaUrl({ sha256: image.sha256, content_type: image.contentType }),
          width: image.width,
          height: image.height,
        }
      : null,
    memberIds: members.map((m) => m.id),
    themeIds: themes.map((t) => t.id),
  };
  return { input, values, uploadProblems };
}

/** The form's values for a stored version. */
export function formValuesOfNews(content: NewsSnapshot): NewsFormValues {
  const when = content.publishedAt ? utcToParis(content.publishedAt) : { date: '', time: '' };
  return {
    title: content.title,
    summary: content.summary,
    body: content.bodyHtml,
    ...when,
    image: content.image
      ? {
          key: content.image.sha256,
          url: mediaUrl({ sha256: content.image.sha256, content_type: content.image.contentType }),
          width: content.image.width,
          height: content.image.height,
        }
      : null,
    imageAlt: content.image?.alt ?? '',
    memberIds: content.members.map((m) => m.id),
    themeIds: content.themes.map((t) => t.id),
  };
}
