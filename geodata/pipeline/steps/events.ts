/**
 * The dated events of the report and its context (events.json), authored in
 * geodata/authored/events.json and written in date order (start, end, then id). An event whose
 * date the report does not give names its source in `dateSource`.
 */
import type { ReportEvent } from '../../../src/lib/data/types';
import type { EventRow } from '../schemas';

export interface EventIndex {
	events: ReportEvent[];
	/** Event ids (date order) that involve a feature. */
	eventsOf: (featureId: string) => string[];
}

/** Orders the events and indexes them by feature (pure). */
export function buildEvents(rows: readonly EventRow[]): EventIndex {
	const sorted = [...rows].sort(
		(a, b) =>
			a.start.localeCompare(b.start) || a.end.localeCompare(b.end) || a.id.localeCompare(b.id)
	);
	const events: ReportEvent[] = sorted.map((e) => ({
		id: e.id,
		title: e.title,
		start: e.start,
		end: e.end,
		dateText: e.dateText,
		dateNote: e.dateNote,
		dateSource: e.dateSource ?? null,
		summary: e.summary,
		passages: [...e.passages].sort((a, b) => Number(a.slice(2)) - Number(b.slice(2))),
		features: [...e.features]
	}));
	const byFeature = new Map<string, string[]>();
	for (const e of events) {
		for (const f of e.features) byFeature.set(f, [...(byFeature.get(f) ?? []), e.id]);
	}
	return { events, eventsOf: (id) => [...(byFeature.get(id) ?? [])] };
}
