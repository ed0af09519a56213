/**
 * The report as a story: one map step per passage, derived from the passage ↔ feature links
 * (never hand-authored camera positions). A step frames the features the passage names, with
 * their context; draws them emphasised, the features it is only related to lighter, and dims the
 * rest; a passage with no features shows the whole country.
 *
 * Pure (the announcement reads its words from the `report` messages): unit-tested in
 * story.test.ts against the generated report.
 */
import * as m from '$lib/paraglide/messages';
import type { CatalogEntry, Passage } from '$lib/data/types';
import type { Bbox } from '$lib/geo/types';
import { isLayerId, type LayerId } from '$lib/layers/layer-ids';
import { contextBoxOfAll } from '$lib/page/context-box';

export interface StoryStep {
	/** The passage's id, `p-N`. */
	passageId: string;
	n: number;
	section: string;
	/** The features the passage names (drawn emphasised and framed). */
	named: string[];
	/** The features it is related to (drawn lighter; framed only when it names none). */
	related: string[];
}

/** One step per passage, in reading order. */
export function storySteps(passages: readonly Passage[]): StoryStep[] {
	return passages.map((p) => ({
		passageId: p.id,
		n: p.n,
		section: p.section,
		named: p.features.filter((f) => f.relation === 'named').map((f) => f.id),
		related: p.features.filter((f) => f.relation === 'related').map((f) => f.id)
	}));
}

/** Every feature a step shows (named, then related). */
export function shownIds(step: StoryStep): string[] {
	return [...step.named, ...step.related];
}

/** The features the camera frames: the named ones; the related ones when none is named. */
export function framedIds(step: StoryStep): string[] {
	return step.named.length > 0 ? step.named : step.related;
}

type Framed = Pick<CatalogEntry, 'lon' | 'lat' | 'bbox' | 'precisionMeters'>;

/** The box around the framed features with their context; null: the whole country. */
export function stepBox(step: StoryStep, entryOf: (id: string) => Framed | undefined): Bbox | null {
	return contextBoxOfAll(
		framedIds(step)
			.map(entryOf)
			.filter((e): e is Framed => e !== undefined)
	);
}

/** `base` plus the toggled layers the step's features are on, in `base`'s order then theirs. */
export function stepLayers(
	step: StoryStep,
	base: readonly LayerId[],
	layerOf: (id: string) => string | null | undefined
): LayerId[] {
	const out = [...base];
	for (const id of shownIds(step)) {
		const layer = layerOf(id);
		if (layer && isLayerId(layer) && !out.includes(layer)) out.push(layer);
	}
	return out;
}

/** What a screen reader hears when the map changes: short, names first, in the page's language. */
export function stepAnnouncement(
	step: StoryStep,
	nameOf: (id: string) => string | undefined
): string {
	const names = (ids: string[]) => ids.map((id) => nameOf(id) ?? id).join(', ');
	if (step.named.length === 0 && step.related.length === 0)
		return m.report_announce_no_places({ n: step.n });
	const parts = [];
	if (step.named.length) parts.push(m.report_announce_named({ names: names(step.named) }));
	if (step.related.length) parts.push(m.report_announce_related({ names: names(step.related) }));
	return m.report_announce_step({ n: step.n, parts: parts.join('; ') });
}

/**
 * The passage being read: the last one whose top has passed the reading line (`tops` are the
 * passages' tops relative to that line, in reading order); the first before any has.
 */
export function activeIndex(tops: readonly number[]): number {
	let active = 0;
	for (let i = 0; i < tops.length; i++) if ((tops[i] ?? Infinity) <= 0) active = i;
	return active;
}
