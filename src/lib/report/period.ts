/**
 * Timeline periods: which report features belong to the events of a chosen period.
 * Pure, so the filter the map applies is unit-tested.
 */
import type { ReportEvent } from '$lib/data/types';

export interface Period {
	/** ISO dates, inclusive. */
	start: string;
	end: string;
}

/** Events whose [start, end] overlaps the period, in chronological order. */
export function eventsInPeriod(events: readonly ReportEvent[], period: Period): ReportEvent[] {
	return events
		.filter((e) => e.start <= period.end && e.end >= period.start)
		.sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id));
}

/** Feature ids linked to the events of a period (no duplicates, sorted). */
export function featuresInPeriod(events: readonly ReportEvent[], period: Period): string[] {
	return [...new Set(eventsInPeriod(events, period).flatMap((e) => e.features))].sort();
}

/** Events sorted by start date (the timeline's order). */
export function chronological(events: readonly ReportEvent[]): ReportEvent[] {
	return [...events].sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id));
}
