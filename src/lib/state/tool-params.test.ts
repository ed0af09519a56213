import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_TOOL_STATE, parseToolState, serialiseToolState } from './tool-params';

const ctx = { knownEventIds: new Set(['tj-kg-clashes-2021', 'frontier-2022']) };
const parse = (qs: string) => parseToolState(new URLSearchParams(qs), ctx);

describe('tool parameters of the full map', () => {
	it('are the defaults when the link gives none, and write nothing then', () => {
		expect(parse('')).toEqual({ state: { ...DEFAULT_TOOL_STATE, rings: [] }, notices: [] });
		expect(serialiseToolState(parse('').state)).toEqual([]);
	});

	it('read an event, rings, a point and a border', () => {
		const { state, notices } = parse(
			'event=TJ-KG-clashes-2021&rings=100,50,50&from=69.5,37.25&border=tj-kg-border'
		);
		expect(notices).toEqual([]);
		expect(state).toEqual({
			event: 'tj-kg-clashes-2021',
			rings: [50, 100],
			from: [69.5, 37.25],
			border: 'tj-kg-border'
		});
		expect(serialiseToolState(state)).toEqual([
			['event', 'tj-kg-clashes-2021'],
			['rings', '50,100'],
			['from', '69.5,37.25'],
			['border', 'tj-kg-border']
		]);
	});

	it('ignore what they cannot use with a notice naming the parameter and value, and keep the rest', () => {
		const { state, notices } = parse('event=nope&rings=50,abc,-3&from=500,1&border=mars');
		expect(state).toEqual({ event: null, rings: [50], from: null, border: 'tj-af-border' });
		expect(notices).toHaveLength(4);
		expect(notices[0]).toMatch(/event value “nope”.*no timeline event/);
		expect(notices[1]).toMatch(/rings value .*2 radii are not a number.*only the valid radii/);
		expect(notices[2]).toMatch(/from value “500,1”.*longitude must be between/);
		expect(notices[3]).toMatch(/border value “mars”.*expected one of tj-af-border/);
	});

	it('round-trip any state they write', () => {
		const state = fc.record({
			event: fc.constantFrom(null, 'frontier-2022'),
			rings: fc.uniqueArray(fc.integer({ min: 1, max: 20_000 }), { maxLength: 10 }),
			from: fc.option(
				fc.tuple(
					fc.integer({ min: -180_000_000, max: 180_000_000 }).map((x) => x / 1e6),
					fc.integer({ min: -90_000_000, max: 90_000_000 }).map((x) => x / 1e6)
				)
			),
			border: fc.constantFrom('tj-af-border' as const, 'tj-uz-border' as const)
		});
		fc.assert(
			fc.property(state, (s) => {
				const qs = new URLSearchParams(serialiseToolState(s)).toString();
				const back = parseToolState(new URLSearchParams(qs), ctx);
				expect(back.notices).toEqual([]);
				expect(back.state).toEqual({ ...s, rings: [...s.rings].sort((a, b) => a - b) });
			})
		);
	});

	it('never throw on any query string', () => {
		fc.assert(
			fc.property(fc.string(), fc.string(), (k, v) => {
				const params = new URLSearchParams();
				params.set(['event', 'rings', 'from', 'border'][k.length % 4] as string, v);
				parseToolState(params, ctx);
			}),
			{ numRuns: 2000 }
		);
	});
});
