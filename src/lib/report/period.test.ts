import { describe, expect, it } from 'vitest';
import { events } from '$lib/data/catalog';
import { chronological, eventsInPeriod, featuresInPeriod } from './period';

describe('timeline periods', () => {
	it('lists the events in chronological order', () => {
		const starts = chronological(events).map((e) => e.start);
		expect(starts).toEqual([...starts].sort());
	});

	it('keeps Frontier-2022 at Kharbmaydon in October 2022 and drops the 2021 clashes', () => {
		const ids = featuresInPeriod(events, { start: '2022-10-01', end: '2022-10-31' });
		expect(ids).toContain('kharbmaydon');
		expect(ids).not.toContain('chorkuh');
	});

	it('treats period bounds as inclusive and finds nothing in an empty stretch', () => {
		const first = chronological(events)[0]!;
		expect(eventsInPeriod(events, { start: first.end, end: first.end }).map((e) => e.id)).toContain(
			first.id
		);
		expect(eventsInPeriod(events, { start: '1990-01-01', end: '1990-12-31' })).toEqual([]);
	});
});
