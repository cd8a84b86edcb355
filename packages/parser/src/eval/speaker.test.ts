import { describe, expect, it } from 'vitest';
import { speakersMatch } from './speaker.js';

describe('speakersMatch', () => {
  it('accepts a surname against the full name', () => {
    expect(speakersMatch('Zelenskyy', 'Volodymyr Zelenskyy')).toBe(true);
  });

  it('rejects a different spelling of the surname', () => {
    expect(speakersMatch('Zelensky', 'Volodymyr Zelenskyy')).toBe(false);
  });

  it('ignores generational suffixes', () => {
    expect(speakersMatch('Martin Luther King Jr.', 'King')).toBe(true);
  });

  it('compares only the part before a comma', () => {
    expect(speakersMatch('Smith', 'John Smith, the mayor of Town')).toBe(true);
    expect(speakersMatch('Town', 'John Smith, the mayor of Town')).toBe(false);
  });

  it('treats two nulls as agreeing and one null as wrong', () => {
    expect(speakersMatch(null, null)).toBe(true);
    expect(speakersMatch('Smith', null)).toBe(false);
  });
});
