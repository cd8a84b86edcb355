import { describe, expect, it } from 'vitest';
import { extractEntities } from './extract.js';

function entities(text: string, agencies: string[] = []) {
  return extractEntities([text], agencies, []);
}

describe('extractEntities', () => {
  it('finds organisations by their head noun, without a leading "The"', () => {
    expect(
      entities('The Investigative Committee and the Federal Security Service said so.')
        .organizations,
    ).toEqual(['Investigative Committee', 'Federal Security Service']);
  });

  it('names a possessed organisation after its country', () => {
    expect(entities("The head of Ukraine's Security Council spoke.").organizations).toEqual([
      'Security Council of Ukraine',
    ]);
  });

  it('reports groups by their id and credited agencies as organisations', () => {
    expect(entities('Ministers of the Group of Seven met.', ['Reuters']).organizations).toEqual([
      'G7',
      'Reuters',
    ]);
  });

  it('finds places named with a place noun, but not countries or adjectives', () => {
    expect(
      entities(
        'Troops fired at soldiers in the Russian border region of Kursk and in the Belgorod region of Russia.',
      ).places,
    ).toEqual(['Kursk', 'Belgorod']);
  });

  it('lists country codes in order of first mention', () => {
    expect(
      entities('Ukrainian, South Korean and US sources say North Korea sent troops to Russia.')
        .countries,
    ).toEqual(['UA', 'KR', 'US', 'KP', 'RU']);
  });
});
