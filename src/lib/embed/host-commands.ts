/**
 * What a host page's commands do to `/embed` (design.md, "Public interface"): the reducer of the
 * map's state and its application to the page. Loaded with the parser on a host's first message
 * (src/lib/embed/session.svelte.ts), not with the page: most embeds are never sent a command.
 */
import type { LayerId } from '$lib/layers/layer-ids';
import type { MapPage } from '$lib/page/map-page.svelte';
import { canonicalLayers, type MapState } from '$lib/state/map-state';
import { canonicalView } from '$lib/state/url';
import { outbound, type InboundCommand, type OutboundMessage } from './messages';

/** Commands a story embed refuses: what they change, the passage decides. */
const STORY_DECIDES: ReadonlySet<InboundCommand['type']> = new Set([
	'select',
	'setLayers',
	'measure'
]);

/**
 * What a command does to the map's state: the one place commands are dispatched. Returns a new
 * object.
 */
export function applyCommand(state: MapState, command: InboundCommand): MapState {
	switch (command.type) {
		case 'setView':
			return { ...state, view: { ...command.view } };
		case 'select':
			return { ...state, select: command.id };
		case 'setLayers':
			return { ...state, layers: canonicalLayers(command.layers) };
		case 'measure':
			return { ...state, measure: command.points.map(([lon, lat]) => [lon, lat]) };
		case 'setTheme':
			return { ...state, theme: command.theme };
		case 'setUnits':
			return { ...state, units: command.units };
		case 'getState':
			return { ...state };
	}
}

/** The parts of the embed a command reaches. */
export interface CommandTarget {
	page: MapPage;
	/** Posts to the host. */
	post(message: OutboundMessage): void;
	/** The layers the embedder chose (the legend offers these). */
	chooseLayers(layers: LayerId[]): void;
}

/** Applies a host's command, already checked by the parser, to the page. */
export function runCommand(target: CommandTarget, command: InboundCommand): void {
	const { page } = target;
	// A story's passage decides what its map shows (docs.ts PROTOCOL_NOTES).
	if (page.story && STORY_DECIDES.has(command.type)) {
		target.post(
			outbound.error(
				`This embed shows the report's story (passage ${page.story}): its passage decides what the map shows, so “${command.type}” does not apply.`
			)
		);
		return;
	}
	const next = applyCommand(page.state, command);
	switch (command.type) {
		case 'setView':
			if (next.view) page.jumpTo(next.view);
			break;
		case 'select':
			page.select(next.select, { fly: true });
			break;
		case 'setLayers':
			page.layers = next.layers;
			target.chooseLayers(next.layers);
			break;
		case 'measure':
			page.path = next.measure;
			break;
		case 'setTheme':
			page.theme = next.theme;
			break;
		case 'setUnits':
			page.units = next.units;
			break;
		case 'getState': {
			// The camera as it is, even before the reader (or a command) first moved it.
			const view = page.view ?? (page.map ? canonicalView(page.map.view()) : null);
			target.post(outbound.state({ ...page.state, view }));
			break;
		}
	}
}
