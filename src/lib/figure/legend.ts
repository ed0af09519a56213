/**
 * The figure's legend: the legend entries of the layers that are on, read from the layer
 * registry (the same entries the layer list shows), in the registry's legend order.
 */
import { siteConventionsLegend, TOGGLE_GROUPS, type Theme } from '$lib/layers';
import type { LayerId } from '$lib/layers/layer-ids';
import type { LegendEntry } from '$lib/layers/types';

/**
 * Entries of the visible toggle groups, then, when any of them draws sites or places as dots,
 * the conventions those dots follow (sourced, estimated, precision circle). The basemap has
 * no entry.
 */
export function figureLegend(theme: Theme, visible: readonly LayerId[]): LegendEntry[] {
	const on = new Set(visible);
	const entries = TOGGLE_GROUPS.filter((g) => on.has(g.id)).flatMap((g) => g.legend(theme));
	const drawsSites = entries.some((e) => e.symbol === 'dot');
	return drawsSites ? [...entries, ...siteConventionsLegend(theme)] : entries;
}
