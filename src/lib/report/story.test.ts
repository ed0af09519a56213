import { afterEach, describe, expect, it } from 'vitest';
import { catalogById, report } from '$lib/data/catalog';
import { DEFAULT_MAP_STATE } from '$lib/state/map-state';
import { CAPITAL } from '$lib/page/context-box';
import { localName } from '$lib/data/local-name';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import {
	activeIndex,
	framedIds,
	shownIds,
	stepAnnouncement,
	stepBox,
	stepLayers,
	storySteps
} from './story';

const steps = storySteps(report.passages);
const step = (id: string) => steps.find((s) => s.passageId === id)!;
const entryOf = (id: string) => catalogById.get(id);

describe('storySteps', () => {
	it('has one step per passage, in reading order', () => {
		expect(steps.map((s) => s.passageId)).toEqual(report.passages.map((p) => p.id));
	});

	it("shows exactly each passage's linked features, named apart from related", () => {
		for (const p of report.passages) {
			const s = step(p.id);
			const links = p.features;
			expect(new Set(shownIds(s))).toEqual(new Set(links.map((f) => f.id)));
			expect(s.named).toEqual(links.filter((f) => f.relation === 'named').map((f) => f.id));
			expect(s.related).toEqual(links.filter((f) => f.relation === 'related').map((f) => f.id));
		}
	});

	it('p-3 names Kharbmaydon; p-4 names the Tajik–Kyrgyz border and no clash village', () => {
		expect(step('p-3').named).toContain('kharbmaydon');
		expect(step('p-4').named).toEqual(['tj-kg-border']);
		for (const village of ['vorukh', 'kok-tash', 'chorkuh', 'ak-sai'])
			expect(step('p-4').related).toContain(village);
	});
});

describe('framing', () => {
	it('frames the named features only when there are any', () => {
		expect(framedIds(step('p-4'))).toEqual(['tj-kg-border']);
		expect(framedIds(step('p-2'))).toEqual(['kharbmaydon']);
		expect(framedIds({ ...step('p-2'), related: [] })).toEqual([]);
	});

	it('frames Fakhrabad with its context for p-8 and the whole country when a passage has no places', () => {
		const box = stepBox(step('p-8'), entryOf)!;
		const fakhrabad = entryOf('fakhrabad')!;
		expect(box[0]).toBeLessThan(fakhrabad.lon!);
		expect(box[2]).toBeGreaterThan(fakhrabad.lon!);
		// Dushanbe is within 250 km: it joins the frame
		expect(box[1]).toBeLessThanOrEqual(CAPITAL.lonLat[1]);
		expect(box[3]).toBeGreaterThanOrEqual(CAPITAL.lonLat[1]);
		expect(stepBox(step('p-12'), entryOf)).toBeNull();
	});

	it('covers every framed feature of a step with several', () => {
		const box = stepBox(step('p-10'), entryOf)!;
		for (const id of framedIds(step('p-10'))) {
			const b = entryOf(id)!.bbox;
			expect(box[0]).toBeLessThanOrEqual(b[0]);
			expect(box[3]).toBeGreaterThanOrEqual(b[3]);
		}
	});
});

describe('stepLayers', () => {
	it("adds the layers of the step's features to the defaults, once each", () => {
		const base = DEFAULT_MAP_STATE.layers;
		const layers = stepLayers(step('p-11'), base, (id) => entryOf(id)?.layer);
		expect(layers.slice(0, base.length)).toEqual(base);
		expect(new Set(layers).size).toBe(layers.length);
		for (const id of shownIds(step('p-11'))) expect(layers).toContain(entryOf(id)!.layer);
	});
});

describe('stepAnnouncement', () => {
	const nameOf = (id: string) => entryOf(id)?.name;
	it('says what is named and what is related', () => {
		const text = stepAnnouncement(step('p-4'), nameOf);
		expect(text).toMatch(/^Map for passage 4: named: /);
		expect(text).toContain('related: ');
		expect(text.indexOf(entryOf('tj-kg-border')!.name)).toBeLessThan(text.indexOf('related'));
	});
	it('says when a passage has no places', () => {
		expect(stepAnnouncement(step('p-12'), nameOf)).toContain('whole country');
	});
	describe('in Russian', () => {
		afterEach(() => overwriteGetLocale(() => 'en'));
		it('says it in Russian, with the names it is given', () => {
			overwriteGetLocale(() => 'ru');
			const ruName = (id: string) => {
				const entry = entryOf(id);
				return entry && localName(entry, 'ru');
			};
			const text = stepAnnouncement(step('p-4'), ruName);
			expect(text).toMatch(/^Карта фрагмента 4: названы: /);
			expect(text).toContain('; связаны: ');
			expect(text).toContain(ruName('tj-kg-border'));
			expect(stepAnnouncement(step('p-12'), ruName)).toBe(
				'Карта: вся страна (фрагмент 12 не называет мест на карте).'
			);
		});
	});
});

describe('activeIndex', () => {
	it('is the last passage whose top has passed the reading line', () => {
		expect(activeIndex([10, 200, 400])).toBe(0);
		expect(activeIndex([-300, -5, 40])).toBe(1);
		expect(activeIndex([-900, -600, -1])).toBe(2);
		expect(activeIndex([])).toBe(0);
	});
});
