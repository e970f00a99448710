/**
 * What other features may use of media/: the one door into it (scripts/layers.test.ts checks
 * that no feature imports another's files directly).
 */
export { attachmentDisposition } from './media.documents.ts';
export { findMediaInfo, listMediaInfo } from './media.repository.ts';
export {
  MAX_ATTACHMENT_BYTES,
  MAX_IMAGE_BYTES,
  attachmentProblem,
  imageProblem,
  mediaUrl,
  storeAttachment,
  storeImage,
  type Upload,
} from './media.service.ts';
