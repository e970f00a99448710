/** JSON presenter of search results. */
import type { SearchResponseBody } from './search.schemas.ts';
import type { SearchResponse } from './search.service.ts';

export function presentSearchJson(
  response: SearchResponse,
  publicUrl: string,
): Pick<SearchResponseBody, 'data' | 'facets' | 'approximate' | 'suggestion'> {
  return {
    data: response.results.map((r) => ({
      type: r.docType,
      slug: r.slug,
      title: r.title,
      title_html: r.titleHtml,
      snippet_html: r.snippetHtml,
      date: r.date,
      member_kind: r.memberKind,
      region: r.regionCode,
      members: r.members,
      url: `${publicUrl}${r.docType === 'member' ? '/adherents/' : r.docType === 'resource' ? '/ressources/' : '/actualites/'}${r.slug}`,
    })),
    facets: response.facets,
    approximate: { ...response.approximate, sample_size: response.sampleSize, examined: response.examined },
    suggestion: response.suggestion,
  };
}
