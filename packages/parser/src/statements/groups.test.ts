import { describe, expect, it } from 'vitest';
import { mayMentionGroups } from './groups.js';
import { groupHeadNouns } from './vocabulary.js';

describe('mayMentionGroups', () => {
  // The prefilter looks up only the ASCII word before " of " / " from " ("co-chairs of" as
  // "chairs"): a head with a hyphen, a space or a non-ASCII letter in it would be missed.
  it('lets through every head noun before "of" and "from"', () => {
    const refused = [...groupHeadNouns].filter(
      (head) =>
        !mayMentionGroups(`Foreign ${head} of the Group of Seven met.`) ||
        !mayMentionGroups(`The ${head} from the region met.`),
    );
    expect(refused).toEqual([]);
  });
});
