import { describe, expect, it } from 'vitest';
import { copyMapState } from './copy-map-state';
import { defaultMapState, type MapState } from './map-state';

describe('copyMapState', () => {
	it('copies every field, deeply: changing the copy leaves the original as it was', () => {
		const original: MapState = {
			...defaultMapState(),
			view: { zoom: 7, lat: 38.5, lon: 71, bearing: 10, pitch: 20 },
			select: 'kharbmaydon',
			measure: [
				[68.77, 38.56],
				[69.2, 37.9]
			],
			units: 'mi',
			theme: 'dark',
			story: 'p-3'
		};
		const before = structuredClone(original);
		const copy = copyMapState(original);
		expect(copy).toEqual(original);
		copy.view!.zoom = 3;
		copy.layers.pop();
		copy.measure[0]![0] = 0;
		copy.controls.push('search');
		expect(original).toEqual(before);
	});
	it('keeps a null view null', () => {
		expect(copyMapState(defaultMapState()).view).toBeNull();
	});
});
