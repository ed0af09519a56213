/**
 * The postMessage API across origins: the example host page from /embed/docs is served from a
 * second local origin, iframes /embed from the app's origin, and exchanges every message of the
 * contract with it. Also the server-side allow-list (FRONTIER_EMBED_ORIGINS) on a second app server.
 */
import geodesic from 'geographiclib-geodesic';
import { expect, test } from './fixtures';
import {
	mapFrame,
	openHostPage,
	received,
	sendToFrame,
	startHostSite,
	waitForFrameMapIdle,
	waitForMessage,
	useHostSite
} from './embed-host';
import { freePort, startNodeServer } from './node-server';

const TARGET = 'frontier-map';
// Cross-origin journeys with several map loads in SwiftShader: leave room on a busy machine.
test.describe.configure({ timeout: 180_000 });
const host = useHostSite();

/** Reference length from GeographicLib directly (not through the app's code). */
function referenceLength(points: [number, number][]): number {
	let total = 0;
	for (let i = 1; i < points.length; i++) {
		const [lon1, lat1] = points[i - 1]!;
		const [lon2, lat2] = points[i]!;
		total += geodesic.Geodesic.WGS84.Inverse(lat1, lon1, lat2, lon2).s12 ?? NaN;
	}
	return total;
}

test('the docs’ example host page on another origin exchanges every message with /embed', async ({
	page,
	baseURL
}) => {
	const app = new URL(baseURL!).origin;
	// The very snippet the docs page offers for copying.
	await page.goto('/embed/docs');
	const example = await page.locator('#docs-host').inputValue();
	expect(example).toContain(`${app}/embed?select=kharbmaydon`);
	await openHostPage(page, host, '/article', example);
	const ready = await waitForMessage(page, 'ready');
	expect(ready).toMatchObject({ origin: app, fromFrame: true, data: { source: TARGET } });
	// The URL's selection is announced after `ready`.
	expect((await waitForMessage(page, 'select')).data.id).toBe('kharbmaydon');
	const resize = await waitForMessage(page, 'resize');
	expect(resize.data.height).toBe(500);

	const frame = await mapFrame(page);
	await waitForFrameMapIdle(frame);
	await expect(frame.locator('.feature-popup')).toContainText('Kharbmaydon');

	// setView → the camera moves and a viewchange reports it.
	let mark = (await received(page)).length;
	await sendToFrame(
		page,
		{ target: TARGET, type: 'setView', view: { zoom: 9, lat: 37.3, lon: 68.4 } },
		app
	);
	const moved = await waitForMessage(page, 'viewchange', mark);
	expect(moved.data.view).toMatchObject({ zoom: 9, bearing: 0, pitch: 0 });
	const view = moved.data.view as { lat: number; lon: number };
	expect(view.lat).toBeCloseTo(37.3, 3);
	expect(view.lon).toBeCloseTo(68.4, 3);

	// select → popup and a select message; closing the popup reports id null.
	mark = (await received(page)).length;
	await page.getByRole('button', { name: 'select', exact: true }).click(); // the example's button: fakhrabad
	expect((await waitForMessage(page, 'select', mark)).data.id).toBe('fakhrabad');
	await expect(frame.locator('.feature-popup')).toContainText('Fakhrabad');
	mark = (await received(page)).length;
	await frame.getByRole('button', { name: 'Close popup' }).click();
	expect((await waitForMessage(page, 'select', mark)).data.id).toBeNull();

	// setLayers → only those layers are visible.
	await sendToFrame(
		page,
		{ target: TARGET, type: 'setLayers', layers: ['tj-af-border', 'gbao'] },
		app
	);
	await expect
		.poll(() =>
			frame.evaluate(() => {
				const map = (window as unknown as { __frontierMap: import('maplibre-gl').Map })
					.__frontierMap;
				const vis = (id: string) => map.getLayoutProperty(id, 'visibility') ?? 'visible';
				return [vis('tj-af-border-line'), vis('gbao-fill'), vis('kharbmaydon-site-dot')];
			})
		)
		.toEqual(['visible', 'visible', 'none']);

	// measure → a geodesic length in metres, drawn on the map and shown in the readout.
	const points: [number, number][] = [
		[68.7739, 38.5598],
		[69.2, 37.9],
		[68.55, 37.35]
	];
	mark = (await received(page)).length;
	await sendToFrame(page, { target: TARGET, type: 'measure', points }, app);
	const measured = await waitForMessage(page, 'measure', mark);
	expect(measured.data.points).toEqual(points);
	expect(measured.data.lengthMeters as number).toBeCloseTo(referenceLength(points), 3);
	expect(measured.data.lengthMeters as number).toBeGreaterThan(165_000);
	await expect(frame.getByRole('region', { name: 'Measurement' })).toContainText('166 km');
	await waitForFrameMapIdle(frame);
	const drawn = await frame.evaluate(() => {
		const map = (window as unknown as { __frontierMap: import('maplibre-gl').Map }).__frontierMap;
		return map.queryRenderedFeatures({ layers: ['tool-measure-line', 'tool-measure-vertices'] })
			.length;
	});
	expect(drawn).toBeGreaterThanOrEqual(2);
	mark = (await received(page)).length;
	await sendToFrame(page, { target: TARGET, type: 'measure', points: [] }, app);
	expect((await waitForMessage(page, 'measure', mark)).data).toMatchObject({
		lengthMeters: 0,
		points: []
	});

	// Malformed and foreign messages are ignored silently; bad commands with the target get `error`.
	mark = (await received(page)).length;
	for (const junk of [
		null,
		'hello',
		42,
		[TARGET, 'select'],
		{ type: 'select', id: 'gbao' },
		{ target: 'another-map', type: 'select', id: 'gbao' },
		{ source: TARGET, type: 'ready' }
	]) {
		await sendToFrame(page, junk, '*');
	}
	const rejected: [unknown, RegExp][] = [
		[{ target: TARGET, type: 'zoomIn' }, /Unknown message type/],
		[{ target: TARGET }, /no type/],
		[{ target: TARGET, type: 'setView', view: { zoom: 'near', lat: 1, lon: 2 } }, /setView/],
		[{ target: TARGET, type: 'setView', view: { zoom: 9, lat: 95, lon: 2 } }, /latitude/],
		[{ target: TARGET, type: 'select', id: 'atlantis' }, /no feature/],
		[{ target: TARGET, type: 'setLayers', layers: ['gbao', 'moon'] }, /unknown layer/],
		[{ target: TARGET, type: 'measure', points: [[68, 38]] }, /at least 2 points/]
	];
	for (const [message] of rejected) await sendToFrame(page, message, app);
	await expect
		.poll(
			async () => (await received(page)).slice(mark).filter((m) => m.data?.type === 'error').length
		)
		.toBe(rejected.length);
	const answers = (await received(page))
		.slice(mark)
		.filter((m) => ['error', 'select', 'measure', 'ready'].includes(String(m.data?.type)));
	expect(answers).toHaveLength(rejected.length);
	answers.forEach((answer, i) => {
		expect(answer.origin).toBe(app);
		expect(answer.fromFrame).toBe(true);
		expect(String(answer.data.message)).toMatch(rejected[i]![1]);
	});
	// …and change nothing: the layers are still the ones set above.
	expect(
		await frame.evaluate(() => {
			const map = (window as unknown as { __frontierMap: import('maplibre-gl').Map }).__frontierMap;
			return map.getLayoutProperty('kharbmaydon-site-dot', 'visibility');
		})
	).toBe('none');

	// Auto-height: the example's script applies the map's resize messages.
	mark = (await received(page)).length;
	await page.locator('iframe').evaluate((el: HTMLIFrameElement) => (el.style.height = '150px'));
	expect((await waitForMessage(page, 'resize', mark)).data.height).toBe(200);
	await expect
		.poll(() => page.locator('iframe').evaluate((el) => el.getBoundingClientRect().height))
		.toBe(200);

	// The example's own log shows the messages it trusted.
	await expect(page.locator('#map-log')).toContainText('"type":"ready"');
});

test('a user’s click and pan are reported to the host page', async ({ page, baseURL }) => {
	const app = new URL(baseURL!).origin;
	await openHostPage(
		page,
		host,
		'/plain',
		`<!doctype html><title>host</title><iframe src="${app}/embed?view=7/38.6/69.5&controls=" title="map" width="640" height="420" style="border:0"></iframe>`
	);
	await waitForMessage(page, 'ready');
	const frame = await mapFrame(page);
	await waitForFrameMapIdle(frame);

	// Drag the map: a viewchange follows the moveend.
	let mark = (await received(page)).length;
	const box = (await page.locator('iframe').boundingBox())!;
	await page.mouse.move(box.x + 320, box.y + 200);
	await page.mouse.down();
	await page.mouse.move(box.x + 220, box.y + 150, { steps: 8 });
	await page.mouse.up();
	const moved = await waitForMessage(page, 'viewchange', mark);
	expect((moved.data.view as { lon: number }).lon).toBeGreaterThan(69.5);

	// Click a site: a select message with its id.
	await waitForFrameMapIdle(frame);
	mark = (await received(page)).length;
	const target = await frame.evaluate(() => {
		const map = (window as unknown as { __frontierMap: import('maplibre-gl').Map }).__frontierMap;
		const hit = map.queryRenderedFeatures({ layers: ['base-201-site-dot'] })[0];
		const g = hit?.geometry as { coordinates: [number, number] } | undefined;
		if (!g) return null;
		const p = map.project(g.coordinates);
		return { x: p.x, y: p.y, id: String(hit!.properties?.id) };
	});
	expect(target, 'a 201st base dot in view').not.toBeNull();
	await page.mouse.click(box.x + target!.x, box.y + target!.y);
	expect((await waitForMessage(page, 'select', mark)).data.id).toBe(target!.id);
});

// -------------------------------------------------------------------------------------------
// The allow-list, on a second app server started with FRONTIER_EMBED_ORIGINS

async function startAppServer(
	env: Record<string, string>
): Promise<{ origin: string; stop: () => void }> {
	const port = await freePort();
	const origin = `http://127.0.0.1:${port}`;
	const server = await startNodeServer({
		script: `${process.env.E2E_BUILD_DIR ?? 'build'}/index.js`,
		port,
		env: process.env,
		extraEnv: { ORIGIN: origin, ...env },
		isUp: async () => (await fetch(`${origin}/embed`)).ok,
		name: 'second app server',
		timeoutMs: 20_000
	});
	return { origin, stop: server.stop };
}

test('FRONTIER_EMBED_ORIGINS limits who may frame and command the map', async ({ page, watch }) => {
	const other = await startHostSite();
	const app = await startAppServer({ FRONTIER_EMBED_ORIGINS: host.origin });
	try {
		watch.allowHosts(other.host, new URL(app.origin).host);
		// Chromium logs the refused frame on the page that is not allowed.
		watch.allowConsoleErrors('Refused to frame', 'frame-ancestors');

		const res = await fetch(`${app.origin}/embed`);
		expect(res.headers.get('content-security-policy')).toContain(
			`frame-ancestors 'self' ${host.origin}`
		);
		expect(res.headers.get('x-frame-options')).toBeNull();

		const article = `<!doctype html><title>host</title><iframe src="${app.origin}/embed?controls=" title="map" width="600" height="400"></iframe>`;
		other.setPage('/refused', article);

		// The allowed origin: framed, and the single allowed origin is the messages' targetOrigin.
		await openHostPage(page, host, '/allowed', article);
		expect((await waitForMessage(page, 'ready')).origin).toBe(app.origin);
		const mark = (await received(page)).length;
		await sendToFrame(page, { target: TARGET, type: 'select', id: 'nowhere' }, app.origin);
		expect(String((await waitForMessage(page, 'error', mark)).data.message)).toMatch(/no feature/);

		// Another origin: the browser refuses to render the frame, so no map and no messages.
		await page.goto(`${other.origin}/refused`);
		await expect
			.poll(
				() =>
					page
						.frames()
						.find((f) => f !== page.mainFrame())
						?.url() ?? ''
			)
			.toMatch(/^chrome-error:/);
		expect((await received(page)).filter((m) => m.data?.source === TARGET)).toEqual([]);
	} finally {
		app.stop();
		await other.close();
	}
});
