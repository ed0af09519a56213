/**
 * The commands a host page can give `/embed` once the parser (./protocol.ts) has accepted its
 * message, and the reducer that applies one to a MapState. Free of the parser so the page can
 * hold it from the start.
 */
import type { LayerId } from '$lib/layers/layer-ids';
import { canonicalLayers, type LonLat, type MapState, type MapView } from '$lib/state/map-state';

export type InboundCommand =
	| { type: 'setView'; view: MapView }
	| { type: 'select'; id: string | null }
	| { type: 'setLayers'; layers: LayerId[] }
	| { type: 'measure'; points: LonLat[] };

/** The state after a command: the reducer `/embed` applies. Returns a new object. */
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
	}
}
