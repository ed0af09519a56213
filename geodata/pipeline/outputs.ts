/**
 * The served files of static/data/: their names, titles, descriptions, licences and credit
 * lines (written into each FeatureCollection and into manifest.json, the /data index).
 */

const OSM = '© OpenStreetMap contributors (ODbL)';
const GEOBOUNDARIES = 'Administrative boundaries courtesy of geoBoundaries.org';
const NATURAL_EARTH = 'Made with Natural Earth (public domain)';
const ODBL = 'ODbL 1.0 (Open Database License)';
const PUBLIC_DOMAIN = 'Public domain (Natural Earth)';

export interface ServedFileMeta {
	name: string;
	file: string;
	title: string;
	description: string;
	licence: string;
	attribution: string;
}

/** In manifest order: the report's layers first, then the basemap. */
export const SERVED_FILES = {
	borders: {
		name: 'borders',
		file: 'borders.geojson',
		title: 'Border lines of Tajikistan',
		description:
			'Tajik–Afghan, Tajik–Kyrgyz, Tajik–Uzbek and Tajik–Chinese borders, derived from the OpenStreetMap country polygons at full resolution, with geodesic lengths and published figures.',
		licence: ODBL,
		attribution: OSM
	},
	regions: {
		name: 'regions',
		file: 'regions.geojson',
		title: 'GBAO (Gorno-Badakhshan Autonomous Region)',
		description:
			'The GBAO polygon from geoBoundaries ADM1, simplified for the web; area computed geodesically from the unsimplified polygon.',
		licence: ODBL,
		attribution: `${OSM} · ${GEOBOUNDARIES}`
	},
	sites: {
		name: 'sites',
		file: 'sites.geojson',
		title: 'Sites linked to the report',
		description:
			'Training grounds, bases, border crossings, clash sites and towns linked to passages of the report, whether a passage names them or is only related to them (each feature’s record at /data/features/<id>.json says which, and why); each with its source, precision radius, confidence and geodesic distance to every border.',
		licence: `${ODBL}; site research: Frontier Map (MIT)`,
		attribution: `Site research: Frontier Map (/research/site-research.md) · distances from borders ${OSM}`
	},
	precision: {
		name: 'precision-circles',
		file: 'precision-circles.geojson',
		title: 'Site precision circles',
		description:
			'For each site, the geodesic circle within which the real place is expected to lie (radius = precisionMeters).',
		licence: `${ODBL}; site research: Frontier Map (MIT)`,
		attribution: 'Site research: Frontier Map (/research/site-research.md)'
	},
	countries: {
		name: 'countries',
		file: 'countries.geojson',
		title: 'Countries',
		description:
			'Tajikistan and its neighbours within 60–80° E, 33–44° N, simplified for the web (Tajikistan last, so it draws above the enclave overlaps).',
		licence: ODBL,
		attribution: OSM
	},
	rivers: {
		name: 'rivers',
		file: 'rivers.geojson',
		title: 'Rivers',
		description: 'Natural Earth 1:10m rivers and lake centrelines (the Panj, Pamir, Amu Darya…).',
		licence: PUBLIC_DOMAIN,
		attribution: NATURAL_EARTH
	},
	lakes: {
		name: 'lakes',
		file: 'lakes.geojson',
		title: 'Lakes and reservoirs',
		description: 'Natural Earth 1:10m lakes and reservoirs.',
		licence: PUBLIC_DOMAIN,
		attribution: NATURAL_EARTH
	},
	places: {
		name: 'places',
		file: 'places.geojson',
		title: 'Places',
		description:
			'Natural Earth 1:10m populated places with modern names (the source name kept as name_source); the bogus "Leninobod" point is dropped.',
		licence: PUBLIC_DOMAIN,
		attribution: NATURAL_EARTH
	},
	glaciers: {
		name: 'glaciers',
		file: 'glaciers.geojson',
		title: 'Glaciers',
		description: 'Natural Earth 1:10m glaciated areas, simplified; glaciers under 5 km² dropped.',
		licence: PUBLIC_DOMAIN,
		attribution: NATURAL_EARTH
	},
	mountains: {
		name: 'mountains',
		file: 'mountains.geojson',
		title: 'Mountain ranges and regions',
		description:
			'Label points for Natural Earth geography regions (Pamirs, Hindu Kush, Tian Shan, Fergana Valley…).',
		licence: PUBLIC_DOMAIN,
		attribution: NATURAL_EARTH
	},
	labels: {
		name: 'labels',
		file: 'labels.geojson',
		title: 'Country and region label points',
		description:
			'One point per neighbouring country and per region (GBAO), where the map writes its name: the inside point farthest from the outline, within the default view where there is room.',
		licence: ODBL,
		attribution: `${OSM} · ${GEOBOUNDARIES}`
	},
	peaks: {
		name: 'peaks',
		file: 'peaks.geojson',
		title: 'Peaks',
		description: 'Named Natural Earth elevation points, with elevation in metres.',
		licence: PUBLIC_DOMAIN,
		attribution: NATURAL_EARTH
	}
} as const satisfies Record<string, ServedFileMeta>;

export type ServedKey = keyof typeof SERVED_FILES;
