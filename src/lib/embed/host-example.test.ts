import { describe, expect, it } from 'vitest';
import { INBOUND_MESSAGES } from './docs';
import { HOST_EXAMPLE_FRAME_ID, hostPageExample } from './host-example';

describe('hostPageExample', () => {
	const html = hostPageExample('https://map.example/');

	it('embeds the map with auto-height and checks where messages come from', () => {
		expect(html).toContain(`id="${HOST_EXAMPLE_FRAME_ID}"`);
		expect(html).toContain('src="https://map.example/embed"');
		expect(html).toContain('event.origin !== MAP_ORIGIN');
		expect(html).toContain('event.source !== frame.contentWindow');
		expect(html).toContain('var MAP_ORIGIN = "https://map.example"');
	});

	it('has a button for every inbound command, with the documented example', () => {
		for (const m of INBOUND_MESSAGES) {
			expect(html).toContain(`>${m.type}</button>`);
			expect(html).toContain(JSON.stringify(m.example));
		}
	});

	it('shows the visible layers from layers messages and state answers', () => {
		expect(html).toContain('<output id="map-layers">');
		expect(html).toContain("data.type === 'layers' ? data.layers");
		expect(html).toContain("data.type === 'state' ? data.state.layers");
	});

	it('rejects an origin that is not one', () => {
		expect(() => hostPageExample('javascript:alert(1)')).toThrow(/origin/);
	});
});
