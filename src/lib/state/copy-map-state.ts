/**
 * A deep copy of a map state as plain data: what the embed builder keeps of the state it sends
 * its preview. Reading every field also makes a Svelte effect that calls it depend on each one.
 * (Svelte's `$state.snapshot` does the same for any value, but its runtime would then join the
 * chunk every map page loads, for the builder's sake: scripts/map-core-chunk.js.)
 */
import type { MapState } from './map-state';

export function copyMapState(s: MapState): MapState {
	return {
		view: s.view === null ? null : { ...s.view },
		layers: [...s.layers],
		select: s.select,
		measure: s.measure.map(([lon, lat]) => [lon, lat]),
		units: s.units,
		theme: s.theme,
		controls: [...s.controls],
		story: s.story
	};
}
