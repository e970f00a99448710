/**
 * Imports: what must not be published silently — markup left as text after conversion, badly
 * encoded characters, placeholder text, and empty or near-empty sections. Each becomes a French
 * warning naming the section.
 */
import { spend } from './imports.budget.ts';
import { parseDocument } from 'htmlparser2';
import { foldText } from '../../../shared/text.ts';
import { textOf } from './imports.dom.ts';
import type { ParsedSection } from '../imports.types.ts';

const MARKUP: [RegExp, (m: string) => string][] = [
  [/\{\{|\}\}/, () => '{{ }} (gras SPIP)'],
  [/(?<!\{)\{(?!\{)|(?<!\})\}(?!\})/, () => '{ } (italique SPIP)'],
  [/\[\[|\]\]/, () => '[[ ]] (note SPIP non convertie)'],
  [/->/, () => '-> (lien SPIP non converti)'],
  [/<\/?[a-z][a-z0-9]{0,20}\b[^<>]{0,200}>/i, (m) => m.slice(0, 30)],
  [/&(?:[a-z]{2,10}|#\d{1,7}|#x[0-9a-f]{1,6});/i, (m) => m],
  [/(?:^|\n)_ /, () => '_ (saut de ligne SPIP)'],
];
const MOJIBAKE = /Ã[\u0080-\u00bf]|â€|Â[\u00a0 ]|\ufffd/;
const PLACEHOLDER = /lorem ipsum|\ba completer\b|en cours de redaction|texte a (?:venir|rediger)|\btodo\b|\bx{3,}\b/;

const quote = (text: string) => `« ${text.length > 50 ? `${text.slice(0, 50)}…` : text} »`;

/** Text of section HTML, with block boundaries as line breaks. */
function sectionText(html: string): string {
  return textOf(parseDocument(html.replace(/<(?:br|\/p|\/li|\/h\d)>/g, '$&\n')));
}

/** Warnings for junk left in the rendered sections. */
export function junkWarnings(sections: ParsedSection[]): string[] {
  const warnings: string[] = [];
  for (const section of sections) {
    spend();
    const where = `« ${section.heading} »`;
    const text = sectionText(section.html);
    const found = MARKUP.flatMap(([pattern, label]) => {
      const match = pattern.exec(text);
      return match ? [label(match[0])] : [];
    });
    if (found.length) warnings.push(`Balisage brut laissé tel quel dans ${where} : ${found.join(', ')} ; à nettoyer avant publication.`);
    const bad = MOJIBAKE.exec(text);
    if (bad) warnings.push(`Caractères mal encodés dans ${where} (${quote(bad[0])}) ; vérifier l’encodage du fichier.`);
    const folded = foldText(text);
    const filler = PLACEHOLDER.exec(folded);
    if (filler) warnings.push(`Texte provisoire dans ${where} : ${quote(filler[0])}.`);
    const words = folded.match(/[\p{L}\p{N}]+/gu) ?? [];
    if (!section.html) warnings.push(`Section ${where} vide.`);
    else if (words.length < 4 || (folded.match(/\p{L}/gu) ?? []).length < 15)
      warnings.push(`Section ${where} très courte : ${quote(text.trim())}.`);
  }
  return warnings;
}
