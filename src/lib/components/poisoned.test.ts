/**
 * HTML and script in data fields must render as inert text. A poisoned catalog entry goes
 * through the components that show data (server-rendered, as the no-WebGL list is).
 */
import { render } from 'svelte/server';
import { describe, expect, it, vi } from 'vitest';
import type { CatalogEntry } from '$lib/data/types';
import FeatureDetails from './FeatureDetails.svelte';
import poisoned from './fixtures/poisoned-entry.json';

// the card's links keep the page's language, read from the page's URL (none outside SvelteKit)
vi.mock('$app/state', () => ({ page: { url: new URL('http://localhost/') } }));

const entry = poisoned as unknown as CatalogEntry;

describe('a poisoned data entry', () => {
	const { body } = render(FeatureDetails, { props: { entry } });

	it('renders every field as escaped text', () => {
		expect(body).toContain('&lt;img src=x onerror=alert(1)>Evil');
		expect(body).toContain('&lt;b onmouseover=alert(2)>bold&lt;/b>');
		expect(body).toContain('&lt;script>alert(3)&lt;/script>');
		expect(body).toContain('&lt;i onclick=alert(7)>why&lt;/i>');
		expect(body).not.toMatch(/<img|<script|<svg|<b |<i /i);
	});

	it('never turns a javascript: URL into a link', () => {
		expect(body).not.toContain('href="javascript:');
	});
});
