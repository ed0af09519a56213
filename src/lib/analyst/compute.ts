/**
 * The analyst tools' computing half — geodesics (GeographicLib), the border indexes (Flatbush)
 * and what they measure — loaded by AnalystState only once a tool has something to compute or
 * the Analyse tab is shown: a reader who never measures does not download it (~15 kB gzip of
 * `/`'s JavaScript).
 */
export { loadBorderIndexes } from '$lib/data/border-indexes';
export { measurePath } from '$lib/geo/measure-path';
export { borderDistance, rangeRings } from './tools';
