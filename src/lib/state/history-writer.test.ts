import { describe, expect, it } from 'vitest';
import { createHistoryWriter, type Clock } from './history-writer';

/** A manual clock: timers fire only when advance() passes them. */
function fakeClock() {
	let now = 1000;
	let next = 1;
	const timers = new Map<number, { at: number; fn: () => void }>();
	const clock: Clock = {
		now: () => now,
		setTimeout: (fn, ms) => {
			timers.set(next, { at: now + ms, fn });
			return next++;
		},
		clearTimeout: (h) => void timers.delete(h as number)
	};
	const advance = (ms: number) => {
		const end = now + ms;
		for (;;) {
			const due = [...timers.entries()]
				.filter(([, t]) => t.at <= end)
				.sort((a, b) => a[1].at - b[1].at)[0];
			if (!due) break;
			timers.delete(due[0]);
			now = due[1].at;
			due[1].fn();
		}
		now = end;
	};
	return { clock, advance, pending: () => timers.size };
}

describe('createHistoryWriter', () => {
	it('writes the first update at once, then at most once per interval, ending on the latest', () => {
		const { clock, advance } = fakeClock();
		const writes: string[] = [];
		const w = createHistoryWriter((u) => writes.push(u), 300, clock);
		w.update('/?a');
		expect(writes).toEqual(['/?a']);
		for (let i = 0; i < 50; i++) {
			advance(10);
			w.update(`/?b${i}`);
		}
		// 500 ms of updates every 10 ms: writes at 0 (a), at 300 (the latest then, b28), trailing b49.
		advance(1000);
		expect(writes).toEqual(['/?a', '/?b28', '/?b49']);
	});
	it('skips writes that change nothing', () => {
		const { clock, advance } = fakeClock();
		const writes: string[] = [];
		const w = createHistoryWriter((u) => writes.push(u), 300, clock);
		w.update('/?x');
		advance(400);
		w.update('/?x');
		w.update('/?y');
		advance(10);
		w.update('/?x');
		advance(400);
		expect(writes).toEqual(['/?x', '/?y', '/?x']);
		w.markCurrent('/?z');
		w.update('/?z');
		advance(400);
		expect(writes).toHaveLength(3);
	});
	it('flush writes the pending URL now; cancel drops it', () => {
		const { clock, advance, pending } = fakeClock();
		const writes: string[] = [];
		const w = createHistoryWriter((u) => writes.push(u), 300, clock);
		w.update('/?1');
		w.update('/?2');
		expect(pending()).toBe(1);
		w.flush();
		expect(writes).toEqual(['/?1', '/?2']);
		expect(pending()).toBe(0);
		advance(50);
		w.update('/?3');
		w.cancel();
		advance(1000);
		expect(writes).toEqual(['/?1', '/?2']);
	});
	it('an interval of 0 writes every change', () => {
		const { clock } = fakeClock();
		const writes: string[] = [];
		const w = createHistoryWriter((u) => writes.push(u), 0, clock);
		w.update('/?1');
		w.update('/?2');
		expect(writes).toEqual(['/?1', '/?2']);
	});
	it('rejects a bad interval, naming it', () => {
		expect(() => createHistoryWriter(() => {}, NaN)).toThrow(/intervalMs/);
	});
	it('works with the real clock', async () => {
		const writes: string[] = [];
		const w = createHistoryWriter((u) => writes.push(u), 20);
		w.update('/?1');
		w.update('/?2');
		await new Promise((r) => setTimeout(r, 60));
		expect(writes).toEqual(['/?1', '/?2']);
	});
});
