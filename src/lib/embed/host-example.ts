/**
 * A complete host page that embeds the map and talks to it: the iframe and auto-height script
 * from buildEmbedCode, buttons that send each inbound command (the examples of
 * INBOUND_MESSAGES), a line showing the visible layers (from `layers` messages and `state`
 * answers) and a log of the map's messages. The docs page shows it and the browser
 * tests serve it from a second origin, so the example that people copy is the one that is tested.
 */
import { DEFAULT_EMBED_TITLE, buildEmbedCode } from './embed-code';
import { INBOUND_MESSAGES, MESSAGE_SOURCE } from './docs';
import { normaliseOrigin } from './origin';
import type { MapState } from '$lib/state/map-state';
import { defaultMapState } from '$lib/state/map-state';

/** The iframe's element id in the example. */
export const HOST_EXAMPLE_FRAME_ID = 'frontier-map';

/** A JSON value as a JavaScript literal that cannot close a <script> element. */
function scriptLiteral(value: unknown): string {
	return JSON.stringify(value)
		.replace(/</g, '\\u003c')
		.replace(/>/g, '\\u003e')
		.replace(/\u2028/g, '\\u2028')
		.replace(/\u2029/g, '\\u2029');
}

/**
 * The example host page for a map served from `origin`.
 *
 * @param origin our origin, e.g. `https://frontier-map.example`
 * @param state the embedded view (default: the default state)
 * @throws {RangeError} when `origin` is not an http(s) origin
 */
export function hostPageExample(origin: string, state: MapState = defaultMapState()): string {
	const o = normaliseOrigin(origin);
	if (o === null)
		throw new RangeError(`origin must be an http(s) origin (got ${JSON.stringify(origin)})`);
	const { html } = buildEmbedCode({
		origin: o,
		state,
		width: 800,
		height: 500,
		responsive: true,
		autoHeight: true,
		title: DEFAULT_EMBED_TITLE,
		id: HOST_EXAMPLE_FRAME_ID
	});
	const commands = INBOUND_MESSAGES.map((m) => m.example);
	const buttons = INBOUND_MESSAGES.map(
		(m, i) => `  <button type="button" data-command="${i}">${m.type}</button>`
	).join('\n');
	return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>An article with the Frontier Map</title>
</head>
<body>
<h1>An article with the Frontier Map</h1>
${html}
<p>
${buttons}
</p>
<p>Layers shown: <output id="map-layers">(ask with getState)</output></p>
<pre id="map-log" aria-live="polite"></pre>
<script>
(function () {
  var MAP_ORIGIN = ${scriptLiteral(o)};
  var COMMANDS = ${scriptLiteral(commands)};
  var frame = document.getElementById(${scriptLiteral(HOST_EXAMPLE_FRAME_ID)});
  var log = document.getElementById('map-log');
  var layersOut = document.getElementById('map-layers');

  // Commands go to the iframe's window, addressed to the map's origin only.
  function send(command) {
    frame.contentWindow.postMessage(command, MAP_ORIGIN);
  }

  document.querySelectorAll('button[data-command]').forEach(function (button) {
    button.addEventListener('click', function () {
      send(COMMANDS[Number(button.getAttribute('data-command'))]);
    });
  });

  // Trust a message only if it comes from this iframe and from the map's origin.
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (event.source !== frame.contentWindow || event.origin !== MAP_ORIGIN) return;
    if (!data || data.source !== ${scriptLiteral(MESSAGE_SOURCE)}) return;
    log.textContent += JSON.stringify(data) + '\\n';
    // No need to track every message: getState answers with the whole state.
    var layers = data.type === 'layers' ? data.layers : data.type === 'state' ? data.state.layers : null;
    if (layers) layersOut.textContent = layers.join(', ') || 'none';
  });
})();
</script>
</body>
</html>
`;
}
