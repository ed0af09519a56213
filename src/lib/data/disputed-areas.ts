/**
 * The disputed areas in view, as the map's source draws them (OpenStreetMap's country polygons of
 * 2017, which mark no dispute; see ./boundaries.ts): what /about lists under the boundary
 * statement. geodata/pipeline/boundaries.test.ts checks every probe below against the source and
 * the served countries, so the list cannot drift from the data.
 */

/** A point the source assigns to one country ([lon, lat], inside the study box). */
export interface BoundaryProbe {
	place: string;
	lonLat: readonly [number, number];
	/** iso_a3 of the only country polygon of the source that contains the point. */
	drawnIn: string;
}

/** A disputed area on the map, as the source draws it. */
export interface DisputedAreaAsDrawn {
	name: string;
	/** How the source draws it (a sentence ending without a full stop). */
	asDrawn: string;
	/** Who administers and who claims it (a sentence ending without a full stop). */
	dispute: string;
	probes: readonly BoundaryProbe[];
}

export const DISPUTED_AREAS_AS_DRAWN: readonly DisputedAreaAsDrawn[] = [
	{
		name: 'Aksai Chin',
		asDrawn: 'drawn as part of China',
		dispute: 'administered by China, claimed by India',
		probes: [{ place: 'Aksai Chin', lonLat: [79.3, 35.2], drawnIn: 'CHN' }]
	},
	{
		name: 'Shaksgam Valley',
		asDrawn: 'drawn as part of China',
		dispute: 'administered by China, claimed by India',
		probes: [{ place: 'Shaksgam Valley', lonLat: [76.5, 36.0], drawnIn: 'CHN' }]
	},
	{
		name: 'Kashmir',
		asDrawn:
			'divided between Pakistan (Gilgit-Baltistan, Azad Kashmir) and India (the Kashmir Valley, ' +
			'Ladakh, the Siachen Glacier) roughly where each side’s control ends, and the line between ' +
			'them is drawn like any other border',
		dispute: 'India and Pakistan each claim parts the other administers',
		probes: [
			{ place: 'Gilgit', lonLat: [74.31, 35.92], drawnIn: 'PAK' },
			{ place: 'Skardu', lonLat: [75.63, 35.3], drawnIn: 'PAK' },
			{ place: 'Muzaffarabad', lonLat: [73.47, 34.37], drawnIn: 'PAK' },
			{ place: 'Srinagar', lonLat: [74.8, 34.08], drawnIn: 'IND' },
			{ place: 'Leh', lonLat: [77.58, 34.16], drawnIn: 'IND' },
			{ place: 'Siachen Glacier', lonLat: [77.1, 35.4], drawnIn: 'IND' }
		]
	}
];
