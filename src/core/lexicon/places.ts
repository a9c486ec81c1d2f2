// Place lexicon (LOC): sovereign states, cities, regions, geographic features and place head words.
// Exact-case surface forms as they appear in English news text; every entry here is a LOC entity.

import data from './data/places.json';

/** Sovereign states (UN members, observers and widely recognised states) with common short forms. */
export const COUNTRIES: ReadonlySet<string> = new Set(data.COUNTRIES);

/**
 * Abbreviations and alternative spellings mapped to the canonical place name.
 * Only unambiguous variants; the engine decides when to merge.
 */
export const PLACE_VARIANTS: ReadonlyMap<string, string> = new Map(Object.entries(data.PLACE_VARIANTS));

/** World cities that appear in news: all capitals plus major and frequently reported cities. */
export const CITIES: ReadonlySet<string> = new Set(data.CITIES);

/**
 * Continents, sub-regions, sub-national units (US states, Canadian provinces, Australian states,
 * UK nations, Indian states, Chinese provinces, German Länder) and well-known regions and territories.
 */
export const REGIONS: ReadonlySet<string> = new Set(data.REGIONS);

/** Major seas, oceans, gulfs, straits, rivers, lakes, mountains, deserts and islands. */
export const GEO_FEATURES: ReadonlySet<string> = new Set(data.GEO_FEATURES);

/**
 * Capitalised last words that make a multi-word capitalised name a place
 * ("Tahrir Square", "Hudson River", "Bagram Air Base"). Single words, exact case.
 */
export const LOC_HEAD_WORDS: ReadonlySet<string> = new Set(data.LOC_HEAD_WORDS);

/** Place names of the form "X of Y": "Gulf of Mexico", "Republic of Korea". */
export const LOC_OF_WORDS: ReadonlySet<string> = new Set(data.LOC_OF_WORDS);
