/**
 * Statement and list ids are unique within their article, so their node keys carry the article id
 * too. Article ids never contain ':', so the first ':' separates the two.
 */
export function childKey(articleId: string, id: string): string {
  return `${articleId}:${id}`;
}

export function parseChildKey(key: string): { articleId: string; id: string } | null {
  const at = key.indexOf(':');
  if (at <= 0 || at === key.length - 1) return null;
  return { articleId: key.slice(0, at), id: key.slice(at + 1) };
}
