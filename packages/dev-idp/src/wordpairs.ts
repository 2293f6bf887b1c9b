// Norwegian BankID "Sikker samtale" shows three word pairs in the app; the agent reads the right one aloud
// (Idura returns it as `bindingMessage`, e.g. "Frekk Julekos"). These are made-up pairs in the same style.

const adjectives = [
  'Frekk',
  'Glad',
  'Rask',
  'Stille',
  'Modig',
  'Lun',
  'Blank',
  'Kvikk',
  'Rolig',
  'Snill',
  'Sterk',
  'Varm',
  'Klok',
  'Lys',
  'Myk',
  'Frisk',
  'Søt',
  'Vennlig',
  'Blid',
  'Trygg',
];

const nouns = [
  'Julekos',
  'Fjellvann',
  'Elgkalv',
  'Multebær',
  'Nordlys',
  'Vaffel',
  'Brunost',
  'Fjordbåt',
  'Skihopp',
  'Havørn',
  'Blåbær',
  'Isbjørn',
  'Sommerfugl',
  'Trollskog',
  'Kanelbolle',
  'Sjøstjerne',
  'Hytteliv',
  'Snøfnugg',
  'Ørret',
  'Reinsdyr',
];

function pick<T>(list: readonly T[], random: () => number): T {
  return list[Math.floor(random() * list.length)] as T;
}

export function randomWordPair(random: () => number = Math.random): string {
  return `${pick(adjectives, random)} ${pick(nouns, random)}`;
}

/** Three distinct pairs in random order; `correct` is one of them. */
export function wordPairChoices(random: () => number = Math.random): { correct: string; choices: string[] } {
  const set = new Set<string>();
  while (set.size < 3) set.add(randomWordPair(random));
  const choices = [...set];
  const correct = pick(choices, random);
  return { correct, choices };
}
