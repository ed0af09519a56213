import { afterEach, describe, expect, it } from 'vitest';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import type { ChangelogFile } from '$lib/data/changelog';
import { changesInView, describeChange, versionStatus } from '$lib/data/changelog';
import { loadVersionNotice, MAX_LISTED, versionNotice } from './version-notice';

/** A fixture history (not the map's): version a → b changed Kharbmaydon and Batken; b → c Batken. */
const log: ChangelogFile = {
	generated: 'fixture',
	current: 'cccccccccc',
	versions: [
		{ version: 'aaaaaaaaaa', date: '2026-01-01', previous: null, files: [], changes: [] },
		{
			version: 'bbbbbbbbbb',
			date: '2026-02-01',
			previous: 'aaaaaaaaaa',
			files: ['sites.geojson'],
			changes: [
				{
					feature: 'kharbmaydon',
					name: 'Kharbmaydon training ground',
					layer: 'kharbmaydon',
					field: 'precisionMeters',
					old: '50000',
					new: '40000'
				},
				{
					feature: 'batken',
					name: 'Batken',
					layer: 'clash-sites',
					field: 'summary',
					old: 'x'.repeat(100),
					new: 'y'
				}
			]
		},
		{
			version: 'cccccccccc',
			date: '2026-03-01',
			previous: 'bbbbbbbbbb',
			files: ['sites.geojson'],
			changes: [
				{
					feature: 'batken',
					name: 'Batken',
					layer: 'clash-sites',
					field: 'feature',
					old: 'Batken',
					new: null
				}
			]
		}
	]
};

/** The log with its second version holding `count` changes to Kharbmaydon (its first change, copied). */
function withChanges(count: number): ChangelogFile {
	return {
		...log,
		versions: [
			log.versions[0]!,
			{
				...log.versions[1]!,
				version: 'cccccccccc',
				changes: Array.from({ length: count }, (_, i) => ({
					...log.versions[1]!.changes[0]!,
					field: `f${i}`
				}))
			}
		]
	};
}

describe('versionStatus', () => {
	it('knows the current, older and unknown versions', () => {
		expect(versionStatus(log, 'cccccccccc')).toEqual({ kind: 'current' });
		expect(versionStatus(log, '0000000000')).toEqual({ kind: 'unknown' });
		const older = versionStatus(log, 'aaaaaaaaaa');
		expect(older.kind).toBe('older');
		if (older.kind !== 'older') return;
		expect(older.changes.map((c) => [c.feature, c.version])).toEqual([
			['kharbmaydon', 'bbbbbbbbbb'],
			['batken', 'bbbbbbbbbb'],
			['batken', 'cccccccccc']
		]);
		const b = versionStatus(log, 'bbbbbbbbbb');
		expect(b.kind === 'older' && b.changes.length).toBe(1);
	});
});

describe('changesInView', () => {
	it('keeps the selected feature’s changes and those on visible layers', () => {
		const older = versionStatus(log, 'aaaaaaaaaa');
		if (older.kind !== 'older') throw new Error('older');
		expect(changesInView(older.changes, { selected: null, layers: ['kharbmaydon'] })).toHaveLength(
			1
		);
		expect(changesInView(older.changes, { selected: 'batken', layers: [] })).toHaveLength(2);
		expect(changesInView(older.changes, { selected: null, layers: [] })).toHaveLength(0);
	});
});

describe('describeChange', () => {
	it('says old → new, added, removed, and shortens long values', () => {
		const c = log.versions[1]!.changes;
		expect(describeChange(c[0]!)).toBe('precisionMeters: 50000 → 40000');
		expect(describeChange(c[1]!, 10)).toBe('summary: xxxxxxxxx… → y');
		expect(describeChange(log.versions[2]!.changes[0]!)).toBe('removed');
		expect(describeChange({ ...c[0]!, field: 'feature', old: null, new: 'K' })).toBe('added');
	});
});

describe('versionNotice', () => {
	it('lists what changed for the features in view and counts the others', () => {
		const n = versionNotice(log, 'aaaaaaaaaa', {
			selected: 'kharbmaydon',
			layers: ['kharbmaydon']
		});
		expect(n?.message).toBe(
			'This link was made with data version aaaaaaaaaa (2026-01-01); the data has changed since ' +
				'(now cccccccccc). What changed for the features in this view:'
		);
		expect(n?.details).toEqual([
			'Kharbmaydon training ground — precisionMeters: 50000 → 40000 (2026-02-01, version bbbbbbbbbb)'
		]);
		expect(n?.link).toEqual({
			href: '/data#changelog',
			text: 'The data’s versions and changelog (2 other changes)'
		});
	});

	it('says when nothing changed in view, and when the version is unknown or current', () => {
		expect(versionNotice(log, 'aaaaaaaaaa', { selected: null, layers: [] })?.message).toMatch(
			/has changed since \(now cccccccccc\), but not for the features in this view\.$/
		);
		expect(versionNotice(log, '0123456789', { selected: null, layers: [] })?.message).toMatch(
			/^This link was made with data version 0123456789, which this map does not know/
		);
		expect(versionNotice(log, 'cccccccccc', { selected: null, layers: [] })).toBeNull();
	});

	it(`lists at most ${MAX_LISTED} changes and counts the rest`, () => {
		const many = withChanges(9);
		const n = versionNotice(many, 'aaaaaaaaaa', { selected: 'kharbmaydon', layers: [] });
		expect(n?.details).toHaveLength(MAX_LISTED + 1);
		expect(n?.details?.at(-1)).toBe('and 3 more changes to these features');
	});
});

describe('loadVersionNotice', () => {
	it('says when the changelog cannot be read', async () => {
		const failing = (() => Promise.resolve(new Response('nope', { status: 404 }))) as typeof fetch;
		const n = await loadVersionNotice(
			'aaaaaaaaaa',
			'cccccccccc',
			{ selected: null, layers: [] },
			failing
		);
		expect(n?.message).toMatch(/the changelog could not be loaded/);
	});
	it('reads the served changelog', async () => {
		const ok = (() => Promise.resolve(Response.json(log))) as typeof fetch;
		const n = await loadVersionNotice(
			'bbbbbbbbbb',
			'cccccccccc',
			{ selected: 'batken', layers: [] },
			ok
		);
		expect(n?.details).toEqual(['Batken — removed (2026-03-01, version cccccccccc)']);
	});
});

describe('the notice in Russian', () => {
	afterEach(() => overwriteGetLocale(() => 'en'));

	it('words the notice, its plurals and its link in the page’s language', () => {
		overwriteGetLocale(() => 'ru');
		const n = versionNotice(log, 'aaaaaaaaaa', { selected: 'kharbmaydon', layers: [] });
		expect(n?.message).toBe(
			'Эта ссылка сделана с версией данных aaaaaaaaaa (2026-01-01); с тех пор данные изменились ' +
				'(сейчас cccccccccc). Что изменилось для объектов в этом виде карты:'
		);
		expect(n?.details?.[0]).toMatch(/\(2026-02-01, версия bbbbbbbbbb\)$/);
		expect(n?.link?.text).toBe('Версии данных и журнал изменений (2 других изменения)');
		const many = withChanges(MAX_LISTED + 5);
		const more = versionNotice(many, 'aaaaaaaaaa', { selected: 'kharbmaydon', layers: [] });
		expect(more?.details?.at(-1)).toBe('и ещё 5 изменений этих объектов');
	});
});
