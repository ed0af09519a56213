/**
 * The overlays as style-spec data: the measurement path, the line to the nearest border and
 * the range rings (analyst tools), and the story's labels (/report). Each is a function of the `Theme`, like the layer
 * groups, and draws one GeoJSON source (`ids.ts`) that its component fills; the components add
 * these layers on top of the style while they have something to draw
 * (`src/lib/map/overlay.svelte.ts`). They are not in the style itself: they belong to the
 * tools, not to a toggle; `../style.test.ts` validates them with it.
 *
 * One file per overlay, so that a page loads the specs of the overlays it draws (/embed draws
 * only the measurement): components import their overlay's file; this list is for the tests.
 */
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Theme } from '../theme';
import { borderDistanceLayers } from './border-distance';
import { OVERLAY_SOURCES, type OverlaySourceId } from './ids';
import { measureLayers } from './measure';
import { rangeRingsLayers } from './range-rings';
import { storyLabelLayers } from './story-labels';

/** Every overlay: its source and its layers. */
export const OVERLAYS: readonly {
	source: OverlaySourceId;
	layers: (t: Theme) => LayerSpecification[];
}[] = [
	{ source: OVERLAY_SOURCES.measure, layers: measureLayers },
	{ source: OVERLAY_SOURCES.borderDistance, layers: borderDistanceLayers },
	{ source: OVERLAY_SOURCES.rangeRings, layers: rangeRingsLayers },
	{ source: OVERLAY_SOURCES.storyLabels, layers: storyLabelLayers }
];
