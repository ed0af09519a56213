/**
 * The served data files' properties, read at BUILD time (Vite `?raw` imports of static/data/),
 * for the server-rendered /about and /data pages. Geometry is dropped here: pages get numbers,
 * names and sources, never coordinates arrays. Server-only (src/lib/server/).
 */
import bordersRaw from '../../../static/data/borders.geojson?raw';
import regionsRaw from '../../../static/data/regions.geojson?raw';
import sitesRaw from '../../../static/data/sites.geojson?raw';
import manifestJson from '../../../static/data/manifest.json';
import type {
	BorderProperties,
	ManifestEntry,
	RegionProperties,
	ServedCollectionMembers,
	SiteProperties
} from '$lib/data/types';

interface RawCollection<P> extends ServedCollectionMembers {
	features: { id?: string | number; properties: P; geometry: unknown }[];
}

/**
 * A served site: its properties plus the point itself (lon, lat in degrees). Not the sites
 * table's `SiteRow` (src/lib/analyst/sites-table.ts), which adds computed distances.
 */
export interface ServedSite extends SiteProperties {
	lon: number;
	lat: number;
}

function propertiesOf<P>(raw: string): { members: ServedCollectionMembers; rows: P[] } {
	const fc = JSON.parse(raw) as RawCollection<P>;
	return {
		members: { generated: fc.generated, attribution: fc.attribution, licence: fc.licence },
		rows: fc.features.map((f) => f.properties)
	};
}

const borders = propertiesOf<BorderProperties>(bordersRaw);
const regions = propertiesOf<RegionProperties>(regionsRaw);

/** Every border line's properties (lengths, published figures, notes), in file order. */
export const borderProperties: readonly BorderProperties[] = borders.rows;
/** Every region's properties (areas, published figures). */
export const regionProperties: readonly RegionProperties[] = regions.rows;

/** Every site with its sources, precision, confidence and point, in file order. */
export const servedSites: readonly ServedSite[] = (
	JSON.parse(sitesRaw) as RawCollection<SiteProperties>
).features.map((f) => {
	const [lon, lat] = (f.geometry as { coordinates: [number, number] }).coordinates;
	return { ...f.properties, lon, lat };
});

/** The downloads listed on /data (static/data/manifest.json, written by `npm run geodata`). */
export const manifest: readonly ManifestEntry[] = manifestJson as ManifestEntry[];
