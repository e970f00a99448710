/**
 * Is an image's alternative text a real description? The old site accepted "dfgh" and file names;
 * this refuses what cannot describe an image, with a French sentence saying why (null when fine).
 */
import { foldText } from '../../../shared/text.ts';

export const ALT_MIN = 10;
export const ALT_MAX = 250;

/** Words that name the image instead of describing it. */
const GENERIC = new Set([
  'image',
  'images',
  'img',
  'photo',
  'photos',
  'photographie',
  'picture',
  'pic',
  'illustration',
  'visuel',
  'logo',
  'icone',
  'alt',
  'texte alternatif',
  'description',
  'sans titre',
  'untitled',
  'test',
  'essai',
  'aucun',
  'aucune',
  'rien',
  'vide',
  'xxx',
  'na',
  'n/a',
  'null',
  'undefined',
  'capture',
  "capture d'ecran",
  'screenshot',
]);

/** Keyboard rows (AZERTY and QWERTY): four keys in a row are typing, not a word. */
const ROWS = ['azertyuiop', 'qsdfghjklm', 'wxcvbn', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm', '1234567890'];
const mashed = (word: string) => word.length >= 4 && ROWS.some((row) => row.includes(word) || [...row].reverse().join('').includes(word));

const FILE_NAME = /\.(jpe?g|png|webp|gif|heic|heif|tiff?|bmp|svg|avif)$/i;
const CAMERA_NAME = /^(img|dsc|dscn|dscf|pxl|p|photo|image|screenshot|whatsapp image|capture d.ecran)[\s_-]*\d/i;

export function altTextProblem(alt: string, context: { title: string; filename?: string | null }): string | null {
  const text = alt.trim().replace(/\s+/g, ' ');
  const label = 'Texte alternatif de l’image';
  if (!text) return `${label} : décrivez ce que montre l’image ; ce texte est lu aux personnes qui ne la voient pas.`;
  const folded = foldText(text).replace(/[.!…:;,]+$/, '');
  if (GENERIC.has(folded.replace(/[\s_-]*\d+$/, '').replace(/['’]/g, "'"))) {
    return `${label} : « ${text} » ne décrit pas l’image. Dites ce qu’on y voit (par exemple « Marché de producteurs locaux sur la place de la mairie »).`;
  }
  if (
    FILE_NAME.test(text) ||
    CAMERA_NAME.test(text) ||
    (context.filename && foldText(context.filename.replace(FILE_NAME, '')) === folded)
  ) {
    return `${label} : « ${text} » est un nom de fichier. Décrivez ce que montre l’image (par exemple « Les bénévoles de la recyclerie trient des vêtements »).`;
  }
  if (folded === foldText(context.title.trim()).replace(/[.!…:;,]+$/, '')) {
    return `${label} : ne répétez pas le titre de l’actualité ; décrivez ce que montre l’image.`;
  }
  if (text.length < ALT_MIN)
    return `${label} : « ${text} » est trop court ; décrivez l’image en une phrase (${ALT_MIN} caractères au moins).`;
  if (text.length > ALT_MAX)
    return `${label} : ${ALT_MAX} caractères au plus. Une description plus longue a sa place dans le texte de l’actualité.`;
  const words = folded.split(/[^a-z0-9]+/).filter(Boolean);
  const letters = (folded.match(/[a-z]/g) ?? []).length;
  const realWords = words.filter((w) => /[aeiouy]/.test(w) && !mashed(w) && !/(.)\1\1/.test(w) && !/[bcdfghjklmnpqrstvwxz]{5}/.test(w));
  if (letters < text.replace(/\s/g, '').length * 0.6 || realWords.length < 2 || realWords.length < words.length / 2) {
    return `${label} : « ${text} » ne ressemble pas à une description. Écrivez une phrase qui dit ce que montre l’image.`;
  }
  return null;
}
