import { describe, expect, it } from 'vitest';
import { catalogById, popupAnchorOf } from './catalog';

describe('popupAnchorOf', () => {
	it('points a site at itself, even where the reader clicked nearby', () => {
		const k = catalogById.get('kharbmaydon')!;
		expect(popupAnchorOf(k, [70, 38])).toEqual([k.lon, k.lat]);
	});
	it('points a border at the click, else at its anchor on the line', () => {
		const af = catalogById.get('tj-af-border')!;
		expect(popupAnchorOf(af, [70, 37.5])).toEqual([70, 37.5]);
		expect(popupAnchorOf(af, null)).toEqual(af.anchor);
	});
});
