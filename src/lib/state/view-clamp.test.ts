import { describe, expect, it } from 'vitest';
import { CAMERA_LIMITS, clampView } from './map-state';
import { viewCodec } from './url';

const ctx = { knownFeatureIds: new Set<string>(), embed: false };

describe('views beyond the map', () => {
	it('keeps a view inside the camera limits as it is', () => {
		const v = { zoom: 7, lat: 38.5, lon: 71, bearing: 10, pitch: 30 };
		expect(clampView(v)).toEqual({ value: v, clamped: [] });
		expect(viewCodec.parse('7/38.5/71/10/30', ctx)).toEqual({ value: v });
	});

	it('brings the centre, zoom and pitch back inside, naming what moved', () => {
		expect(clampView({ zoom: 16, lat: 0, lon: 91, bearing: 0, pitch: 85 })).toEqual({
			value: { zoom: 11, lat: 33, lon: 80, bearing: 0, pitch: 60 },
			clamped: ['zoom', 'latitude', 'longitude', 'pitch']
		});
		expect(CAMERA_LIMITS.extent).toEqual([60, 33, 80, 44]);
	});

	it('says so in the notice, with only the limits that applied', () => {
		const zoomed = viewCodec.parse('16/38.56/68.78', ctx);
		expect(zoomed).toEqual({
			value: { zoom: 11, lat: 38.56, lon: 68.78, bearing: 0, pitch: 0 },
			notice:
				'The link’s view value “16/38.56/68.78” goes beyond what the map shows (zoom goes up to 11), so the nearest view inside it is shown.'
		});
		const away = viewCodec.parse('5/10/-91', ctx);
		expect('notice' in away && away.notice).toContain(
			'the map covers latitude 33° N to 44° N, longitude 60° E to 80° E'
		);
		expect('value' in away && away.value).toMatchObject({ lat: 33, lon: 60 });
	});
});
