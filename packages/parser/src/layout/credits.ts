/**
 * Credits from structured metadata: bylines lose their "By", and a news agency named as an author
 * ("Reuters", "The Associated Press") is credited as an agency, as wire credits lines do.
 */
import type { Credits } from '@wiredesk/domain';

const agencies =
  /^(?:the )?(?:reuters|associated press|ap|afp|agence france-presse|dpa|deutsche presse-agentur|bloomberg(?: news)?|ansa|efe|kyodo(?: news)?|xinhua|tass|pa media|press association|upi|united press international|yonhap|ani|pti|press trust of india|anadolu(?: agency)?|apa|sda|ntb|tt|ritzau|ctk|pap|bernama|antara|aap|canadian press|cp)$/i;

/** True for the name of a news agency. */
export function isAgency(name: string): boolean {
  return agencies.test(name.trim());
}

/** Splits named authors into people and agencies; the publisher counts as an agency. */
export function creditsFrom(
  authors: readonly string[],
  publishers: readonly string[] = [],
): Credits {
  const names = authors.map((a) => a.replace(/^\s*by\s+/i, '').trim()).filter((a) => a !== '');
  const agencyAuthors = names.filter(isAgency);
  return {
    authors: [...new Set(names.filter((a) => !isAgency(a)))],
    agencies: [...new Set([...agencyAuthors, ...publishers])],
  };
}
