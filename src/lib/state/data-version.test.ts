import { describe, expect, it } from 'vitest';
import { DATA_VERSION } from '$lib/data/version';
import { LINK_PARAMETERS, embedDocsMarkdown } from '$lib/embed/docs';
import { dataVersionCodec, parseDataVersion } from './data-version';

describe('the v parameter', () => {
	it('reads a version leniently (case, spaces) and refuses anything else with a notice', () => {
		expect(dataVersionCodec.parse(' 0A1B2C3D4E ')).toEqual({ value: '0a1b2c3d4e' });
		for (const bad of ['xyz', '0a1b2c3d4', '0a1b2c3d4e5', '<script>', '0a1b2c3d4g']) {
			const r = dataVersionCodec.parse(bad);
			expect(r).not.toHaveProperty('value');
			expect('notice' in r && r.notice).toMatch(/^The link’s v value “.*” could not be used/);
		}
	});

	it('is absent when the query has none or an empty one', () => {
		expect(parseDataVersion(new URLSearchParams('select=gbao'))).toBeNull();
		expect(parseDataVersion(new URLSearchParams('v='))).toBeNull();
		expect(parseDataVersion(new URLSearchParams(`v=${DATA_VERSION}`))).toEqual({
			value: DATA_VERSION
		});
	});

	it('is documented with an example that parses and round-trips', () => {
		// `lang` is a link parameter too (src/lib/state/params.ts), with a codec of its own
		expect(LINK_PARAMETERS.map((p) => p.name)).toContain('v');
		for (const doc of LINK_PARAMETERS.filter((p) => p.name === 'v')) {
			expect(doc.syntax.startsWith(`${doc.name}=`)).toBe(true);
			const r = dataVersionCodec.parse(doc.example);
			expect(r).toEqual({ value: doc.example });
			expect(dataVersionCodec.serialise(doc.example)).toBe(doc.example);
			expect(embedDocsMarkdown()).toContain(`\`${doc.name}=${doc.example}\``);
		}
	});
});
