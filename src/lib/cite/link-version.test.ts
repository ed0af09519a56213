/**
 * A link's data version (`v=`) on every page that reads one: nothing for none or the current
 * version, the URL notice for a malformed one, the changelog's notice for another version.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DATA_VERSION } from '$lib/data/version';
import { linkVersionNotice } from './link-version';

const view = () => ({ selected: null, layers: [] });
const notice = (query: string) => linkVersionNotice(new URLSearchParams(query), view);

describe('linkVersionNotice', () => {
	afterEach(() => vi.unstubAllGlobals());

	it('says nothing for a link without a version, or with the current one', async () => {
		expect(await notice('select=gbao')).toBeNull();
		expect(await notice('v=')).toBeNull();
		expect(await notice(`v=${DATA_VERSION}`)).toBeNull();
		expect(await notice(`v=${DATA_VERSION.toUpperCase()}`)).toBeNull();
	});

	it('names a malformed version and says the current data is shown', async () => {
		const n = await notice('v=not-a-version');
		expect(n).toMatchObject({ tone: 'info' });
		expect(n?.message).toMatch(/The link’s v value “not-a-version” could not be used/);
		expect(n?.message).toMatch(/the current data is shown/);
	});

	it('reads the changelog for another version (and says so when it cannot)', async () => {
		const fetch = vi.fn(async () => new Response('', { status: 503 }));
		vi.stubGlobal('fetch', fetch);
		const n = await notice('v=0123456789');
		expect(fetch).toHaveBeenCalledWith('/data/changelog.json');
		expect(n?.tone).toBe('info');
		expect(n?.message).toContain('0123456789');
		expect(n?.message).toContain(DATA_VERSION);
	});
});
