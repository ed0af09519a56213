/**
 * The analyst tools' state, shared by the panel and the map overlays: which tool owns map
 * clicks, the border to measure to, the point measured from, range-ring radii, and what
 * follows from them (the border distance, the rings, the measurement's segment labels).
 * The measurement path, the units and the selection live in the page state (the URL), and
 * reach this class through the `inputs` getter.
 */
import type { BorderIndexes } from '$lib/data/border-indexes';
import type { BorderId } from '$lib/data/ids';
import type { CatalogEntry } from '$lib/data/types';
import type { Polygon } from 'geojson';
import type { PathMeasurement } from '$lib/geo/measure-path';
import { formatLength, type LengthUnit } from '$lib/geo/units';
import * as m from '$lib/paraglide/messages';
import { localName } from '$lib/data/local-name';
import { pageLocale } from '$lib/i18n/locale';
import type { BorderDistance } from './tools';
import type { LonLat } from '$lib/geo/types';
import type { ToolState } from '$lib/state/tool-params';

/** The computing half (compute.ts), loaded when first needed. */
type Compute = Pick<typeof import('./compute'), 'measurePath' | 'borderDistance' | 'rangeRings'>;

const NO_MEASUREMENT: PathMeasurement = { segments: [], totalMeters: 0 };

export type Tool = 'none' | 'measure' | 'distance';

export interface AnalystInputs {
	measure: LonLat[];
	units: LengthUnit;
	/** The selected feature when it is a point site, else null. */
	site: CatalogEntry | null;
	/** Whether the tools are on screen (border distances are computed only then). */
	visible: boolean;
}

export class AnalystState {
	/** The tool that owns map clicks; 'none' lets clicks select features. */
	tool = $state<Tool>('none');
	border = $state<BorderId>('tj-af-border');
	/** A clicked point to measure from; when null the selected site is used. */
	distanceFrom = $state<LonLat | null>(null);
	/** Range-ring radii in the current unit, as typed (e.g. "50, 100"). */
	ringsText = $state('');
	indexes = $state.raw<BorderIndexes | null>(null);
	loadError = $state<string | null>(null);
	/** The computing half, once loaded (load()); until then nothing is measured or drawn. */
	#compute = $state.raw<Compute | null>(null);
	#loading: Promise<void> | null = null;
	readonly #inputs: () => AnalystInputs;

	readonly measured: PathMeasurement;
	readonly segmentLabels: string[];
	/** What distances and rings are measured from: the picked point, else the selected site. */
	readonly origin: { from: LonLat; precision: number; name: string } | null;
	readonly borderResult: BorderDistance | null;
	readonly rings: { polygon: Polygon; label: string }[];

	constructor(inputs: () => AnalystInputs) {
		this.#inputs = inputs;
		this.measured = $derived(this.#compute?.measurePath(inputs().measure) ?? NO_MEASUREMENT);
		this.segmentLabels = $derived(
			this.measured.segments.map((s) => formatLength(s.lengthMeters, inputs().units))
		);
		this.origin = $derived.by(() => {
			if (this.distanceFrom)
				return { from: this.distanceFrom, precision: 0, name: m.analyst_picked_point() };
			const site = inputs().site;
			if (site && site.lon !== null && site.lat !== null)
				return {
					from: [site.lon, site.lat] as LonLat,
					precision: site.precisionMeters ?? 0,
					name: localName(site, pageLocale())
				};
			return null;
		});
		this.borderResult = $derived.by(() => {
			const o = this.origin;
			if (!this.#compute || !this.indexes || !o || !inputs().visible) return null;
			return this.#compute.borderDistance(this.indexes, this.border, o.from, o.precision);
		});
		this.rings = $derived(
			this.#compute && this.origin
				? this.#compute.rangeRings(
						this.origin.from,
						parseRadii(this.ringsText).radii,
						inputs().units
					)
				: []
		);
	}

	/**
	 * Whether the tools have anything to compute: the Analyse tab is shown, a tool is on, or the
	 * state (a link's) holds a path, a picked point or rings. The page loads the computing half
	 * then (load()).
	 */
	get wanted(): boolean {
		const i = this.#inputs();
		return (
			i.visible ||
			this.tool !== 'none' ||
			i.measure.length > 0 ||
			this.distanceFrom !== null ||
			parseRadii(this.ringsText).radii.length > 0
		);
	}

	/** The tools' part of the full map's URL (src/lib/state/tool-params.ts). */
	get urlState(): Omit<ToolState, 'event'> {
		return {
			rings: parseRadii(this.ringsText).radii,
			from: this.distanceFrom,
			border: this.border
		};
	}

	/** Takes the tools' state from the URL, on arrival. */
	restore(s: Omit<ToolState, 'event'>): void {
		this.ringsText = s.rings.join(', ');
		this.distanceFrom = s.from;
		this.border = s.border;
	}

	/**
	 * Loads the computing half, then fetches and indexes the border lines (once per page). Resolves
	 * once the computing half is in (the measurement and rings are then computed); the border
	 * distance follows with the indexes.
	 */
	load(): Promise<void> {
		const reason = (e: unknown) => (e instanceof Error ? e.message : String(e));
		const loading = (this.#loading ??= import('./compute').then(
			({ measurePath, borderDistance, rangeRings, loadBorderIndexes }) => {
				this.#compute = { measurePath, borderDistance, rangeRings };
				loadBorderIndexes().then(
					(indexes) => (this.indexes = indexes),
					(e: unknown) => (this.loadError = m.analyst_border_load_error({ error: reason(e) }))
				);
			},
			(e: unknown) => {
				this.loadError = m.analyst_tools_load_error({ error: reason(e) });
			}
		));
		return loading;
	}
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
