/**
 * What the analyst tools share between the panel and the map overlays: which tool owns map
 * clicks, the border to measure to, the point measured from, range-ring radii and the cursor.
 * The measurement path and units live in the page state (they are in the URL).
 */
import type { BorderId } from '$lib/data/ids';

type LonLat = [number, number];

export type Tool = 'none' | 'measure' | 'distance';

export class AnalystState {
	/** The tool that owns map clicks; 'none' lets clicks select features. */
	tool = $state<Tool>('none');
	border = $state<BorderId>('tj-af-border');
	/** A clicked point to measure from; when null the selected site is used. */
	distanceFrom = $state<LonLat | null>(null);
	/** Range-ring radii in the current unit, as typed (e.g. "50, 100"). */
	ringsText = $state('');
	/** The pointer's position over the map, or null. */
	cursor = $state<LonLat | null>(null);
}

/** Parses "50, 100 150" into positive numbers (at most 10, sorted, no duplicates); bad parts are reported. */
export function parseRadii(text: string): { radii: number[]; invalid: string[] } {
	const parts = text.split(/[\s,;]+/).filter(Boolean);
	const radii: number[] = [];
	const invalid: string[] = [];
	for (const p of parts) {
		const n = Number(p);
		if (Number.isFinite(n) && n > 0 && n <= 20_000) radii.push(n);
		else invalid.push(p);
	}
	return { radii: [...new Set(radii)].sort((a, b) => a - b).slice(0, 10), invalid };
}
