/**
 * The server-rendered /about and /data pages say what the data says: every site, every layer
 * id, every download and every required feature id appear, with the computed numbers.
 * HTTP only (no browser): these pages work without JavaScript.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { REQUIRED_FEATURE_IDS } from '../../src/lib/data/ids';
import { LAYER_IDS } from '../../src/lib/layers/layer-ids';

interface Collection<P> {
	features: { id: string; properties: P }[];
}

/** `<code …>id</code>` (Svelte adds a scoping class). */
const codeOf = (id: string) => new RegExp(`<code[^>]*>${id}</code>`);

const read = <P>(file: string) =>
	JSON.parse(readFileSync(`static/data/${file}`, 'utf8')) as Collection<P>;

test('/about lists every site, the layers, the border lengths and the claims', async ({
	request
}) => {
	const res = await request.get('/about');
	expect(res.status()).toBe(200);
	const html = await res.text();
	for (const f of read<{ precisionMeters: number }>('sites.geojson').features) {
		expect(html, `site ${f.id}`).toContain(`id="site-${f.id}"`);
	}
	for (const id of LAYER_IDS) expect(html, `layer ${id}`).toMatch(codeOf(id));
	for (const b of read<{ lengthMeters: number }>('borders.geojson').features) {
		const km = (b.properties.lengthMeters / 1000).toLocaleString('en-GB', {
			maximumFractionDigits: 1
		});
		expect(html, `computed length of ${b.id}`).toContain(`${km} km`);
	}
	expect(html).toContain('href="/report#p-3"');
	expect(html).toContain('OpenStreetMap contributors');
	expect(html).toContain('geoBoundaries');
	expect(html).toContain('Natural Earth');
	expect(html).toContain('MIT');
});

test('/data lists every download and every required feature id', async ({ request }) => {
	const res = await request.get('/data');
	expect(res.status()).toBe(200);
	const html = await res.text();
	const manifest = JSON.parse(readFileSync('static/data/manifest.json', 'utf8')) as {
		file: string;
	}[];
	for (const m of manifest) expect(html, m.file).toContain(`href="/data/${m.file}"`);
	for (const id of REQUIRED_FEATURE_IDS) expect(html, id).toMatch(codeOf(id));
	expect(html).toContain('ogrinfo');
});
