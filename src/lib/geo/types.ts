/**
 * The app's words for positions, shared by geodesy, the URL state, the map and the tools: one
 * declaration each, so a `LonLat` means the same everywhere.
 */

/** A WGS84 position as `[longitude, latitude]` in decimal degrees (GeoJSON order). */
export type LonLat = [lon: number, lat: number];

/** A box as `[west, south, east, north]` in degrees (a point's box is the point). */
export type Bbox = [west: number, south: number, east: number, north: number];
