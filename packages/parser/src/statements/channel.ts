/** Finds the channel of a statement: "in a statement", "in an interview with South Korean television". */

const CHANNEL =
  /\b(?:in|during|via|through|on) (?:a|an|his|her|their|its|the|this|that|one|our) (?:(?:joint|written|separate|brief|short|nightly|weekly|televised|video|recorded|recent|official|emailed|e-mailed|radio|television|TV|phone|telephone|public|press|new|later|subsequent|first|final|live)\s){0,3}(?:statement|interview|press conference|news conference|press release|speech|address|tweet|post|letter|op-ed|briefing|blog post|podcast|email|e-mail|message|report|broadcast|video|documentary|editorial|column|memo|communiqu[eé])(?: (?:with|to|on|for) [\p{L}\p{N}'’-]+(?:\s[\p{L}\p{N}'’-]+){0,5}?(?=[,.;:\uE000]|$| (?:that|on|about|he|she|they|it)\b))?/iu;
// A cheap pre-check: most sentences name no channel, and the full pattern is costly.
const HINT =
  /statement|interview|conference|release|speech|address|tweet|post|letter|op-ed|briefing|podcast|mail|message|report|broadcast|video|documentary|editorial|column|memo|communiqu|Twitter|Facebook|Instagram|Telegram|YouTube|TikTok|social media/;
const SOCIAL =
  /\b(?:on|via) (?:Twitter|Facebook|Instagram|Telegram|X|YouTube|TikTok|social media)\b/;

/** The channel phrase in a (masked) sentence, lower-cased at its start, or null. */
export function findChannel(sentence: string): string | null {
  if (!HINT.test(sentence)) return null;
  const m = CHANNEL.exec(sentence) ?? SOCIAL.exec(sentence);
  if (m === null) return null;
  const text = m[0].trim();
  return text.charAt(0).toLowerCase() + text.slice(1);
}
