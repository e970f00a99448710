/** Words and addresses of the resource centre shared by pages, feed and API. */
import type { ResourceVisibility } from './resources.table.ts';

export const VISIBILITY_LABELS: Record<ResourceVisibility, string> = {
  public: 'Publique',
  members: 'Réservée aux adhérents',
  staff: 'Réservée à l’équipe du réseau',
};

/** "Fiches initiatives n°126", or null without a series. */
export function seriesLabel(item: { series: string | null; number: number | null }): string | null {
  if (!item.series) return null;
  return item.number !== null ? `${item.series} n°${item.number}` : item.series;
}

/** "PDF, 1,2 Mo" */
export function fileLabel(contentType: string, byteSize: number): string {
  const kind =
    contentType === 'application/pdf'
      ? 'PDF'
      : contentType.includes('wordprocessing') || contentType.endsWith('opendocument.text')
        ? 'Document texte'
        : contentType.includes('spreadsheet')
          ? 'Tableur'
          : contentType.includes('presentation')
            ? 'Présentation'
            : contentType.startsWith('image/')
              ? 'Image'
              : 'Fichier';
  const size =
    byteSize >= 1024 * 1024
      ? `${(byteSize / 1024 / 1024).toFixed(1).replace('.', ',')} Mo`
      : `${Math.max(1, Math.round(byteSize / 1024))} ko`;
  return `${kind}, ${size}`;
}
