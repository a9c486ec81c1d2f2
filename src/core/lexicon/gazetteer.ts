// The distilled place gazetteer: countries and territories that places.ts lacks, first-level
// regions and provinces of every country, and cities and
// towns by population tier, from GeoNames-based npm packages (see data/README.md and
// scripts/data/gazetteer.mjs). Unlike the hand lists in places.ts this is evidence, not a verdict:
// a town's name is often a surname or a first name too, so the engine lets context outweigh it.

import data from './data/gazetteer.json';

export interface GazetteerPlace {
  /** 'country' for a country or territory, 'region' for a first-level region or province, 'town' for a city or town. */
  readonly kind: 'country' | 'region' | 'town';
  /** For a town, the population tier it reaches (500000, 100000 or 50000); 0 otherwise. */
  readonly population: number;
}

let places: Map<string, GazetteerPlace> | null = null;

/** Built on first use, not at load: the extension's activation does not pay for it. */
function load(): Map<string, GazetteerPlace> {
  const map = new Map<string, GazetteerPlace>();
  const cities = data.cities as Record<string, string>;
  for (const tier of Object.keys(cities)) {
    const entry: GazetteerPlace = { kind: 'town', population: Number(tier) };
    for (const name of cities[tier].split('|')) map.set(name, entry);
  }
  const country: GazetteerPlace = { kind: 'country', population: 0 };
  for (const name of data.countries.split('|')) map.set(name, country);
  const region: GazetteerPlace = { kind: 'region', population: 0 };
  for (const name of data.regions.split('|')) if (!map.has(name)) map.set(name, region);
  return map;
}

/** The gazetteer's entry for a place name written exactly so ("Gweru", "Lamu", "Hokkaido"), or null. */
export function gazetteerPlace(name: string): GazetteerPlace | null {
  if (places === null) places = load();
  return places.get(name) ?? null;
}
