/**
 * The embed API's state messages (issue 13, "Expected by users"): a `layers` message when the
 * reader toggles a layer (and when a `setLayers` changes them), a `getState` request answered by
 * a `state` message with the whole state, and `setTheme` / `setUnits`. Run from the docs' example
 * host page, served from a second origin, clicking its buttons as a host's script would.
 */
import { expect, test } from './fixtures';
import {
	mapFrame,
	openHostPage,
	received,
	sendToFrame,
	waitForFrameMapIdle,
	waitForMessage,
	useHostSite
} from './embed-host';

test.describe.configure({ timeout: 180_000 });
const host = useHostSite();

test('a host hears the reader’s layer toggles and gets the whole state on request', async ({
	page,
	baseURL
}) => {
	const app = new URL(baseURL!).origin;
	await page.goto('/embed/docs');
	await openHostPage(page, host, '/article', await page.locator('#docs-host').inputValue());
	await waitForMessage(page, 'ready');
	const frame = await mapFrame(page);
	await waitForFrameMapIdle(frame);
	const command = (type: string) => page.getByRole('button', { name: type, exact: true }).click();

	// getState: the whole state, the camera included although nobody moved it yet.
	let mark = (await received(page)).length;
	await command('getState');
	const first = await waitForMessage(page, 'state', mark);
	expect(first.origin).toBe(app);
	expect(first.data.state).toMatchObject({
		select: 'kharbmaydon',
		measure: [],
		units: 'km',
		theme: 'light',
		controls: ['zoom', 'legend', 'fullscreen']
	});
	const initial = first.data.state as { view: { zoom: number }; layers: string[] };
	expect(initial.view.zoom).toBeGreaterThan(4);
	expect(initial.layers).toContain('rivers');
	await expect(page.locator('#map-layers')).toContainText('rivers');

	// The reader hides a layer in the legend: one `layers` message, and the example shows it.
	mark = (await received(page)).length;
	await frame.getByRole('button', { name: /Legend/ }).click();
	await frame.locator('input[data-layer="rivers"]').uncheck();
	const toggled = await waitForMessage(page, 'layers', mark);
	expect(toggled.origin).toBe(app);
	expect(toggled.data.layers).toEqual(initial.layers.filter((id) => id !== 'rivers'));
	await expect(page.locator('#map-layers')).not.toContainText('rivers');

	// setTheme, setUnits and measure change the map; getState reports all of it.
	await command('setTheme');
	await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');
	await command('setUnits');
	mark = (await received(page)).length;
	await command('measure');
	await waitForMessage(page, 'measure', mark);
	await expect(frame.getByRole('region', { name: 'Measurement' })).toContainText('nmi');
	mark = (await received(page)).length;
	await command('getState');
	const after = (await waitForMessage(page, 'state', mark)).data.state;
	expect(after).toMatchObject({
		layers: initial.layers.filter((id) => id !== 'rivers'),
		theme: 'dark',
		units: 'nmi',
		measure: [
			[68.7739, 38.5598],
			[69.2, 37.9]
		]
	});
	// the frame's own URL agrees
	expect(frame.url()).toContain('theme=dark');
	expect(frame.url()).toContain('units=nmi');

	// A setLayers that changes the layers is answered with `layers` (like select and measure);
	// one that changes nothing is not.
	mark = (await received(page)).length;
	await command('setLayers');
	expect((await waitForMessage(page, 'layers', mark)).data.layers).toEqual([
		'tj-af-border',
		'gbao'
	]);
	mark = (await received(page)).length;
	await command('setLayers');
	await command('getState');
	await waitForMessage(page, 'state', mark);
	const since = (await received(page)).slice(mark).map((m) => m.data.type);
	expect(since).toEqual(['state']);
	await expect(page.locator('#map-layers')).toHaveText('tj-af-border, gbao');
});

test('bad setTheme and setUnits are answered with an error and change nothing', async ({
	page,
	baseURL
}) => {
	const app = new URL(baseURL!).origin;
	await openHostPage(
		page,
		host,
		'/plain',
		`<!doctype html><title>host</title><iframe src="${app}/embed?controls=" title="map" width="600" height="400"></iframe>`
	);
	await waitForMessage(page, 'ready');
	const send = (message: unknown) => sendToFrame(page, message, app);
	const mark = (await received(page)).length;
	await send({ target: 'frontier-map', type: 'setTheme', theme: 'sepia' });
	await send({ target: 'frontier-map', type: 'setUnits', units: 'furlongs' });
	await send({ target: 'frontier-map', type: 'getState' });
	const state = await waitForMessage(page, 'state', mark);
	const errors = (await received(page))
		.slice(mark)
		.filter((m) => m.data.type === 'error')
		.map((m) => String(m.data.message));
	expect(errors).toHaveLength(2);
	expect(errors[0]).toMatch(/setTheme: theme: must be one of light, dark/);
	expect(errors[1]).toMatch(/setUnits: units: must be one of km, mi, nmi/);
	expect(state.data.state).toMatchObject({ theme: 'light', units: 'km', controls: [] });
});
