import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChangelogFile, DataVersionFile } from '../../../src/lib/data/changelog';
import type { CatalogEntry } from '../../../src/lib/data/types';
import { buildOutputs } from '../build';
import { GENERATED_REL, HISTORY_DIR, HISTORY_REL, REPO_ROOT, STATIC_DATA_REL } from '../paths';
import { DATA_VERSION_LENGTH as APP_DATA_VERSION_LENGTH } from '../../../src/lib/state/data-version';
import {
	DATA_VERSION_LENGTH,
	dataVersion,
	diffFeatures,
	nextHistory,
	snapshotFeatures,
	type FeatureSnapshot,
	type HistorySnapshot
} from './history';

const files = [
	{ name: 'borders.geojson', text: '{"a":1}\n' },
	{ name: 'catalog.json', text: '{"b":2}\n' }
];

describe('dataVersion', () => {
	it('has as many digits as the app reads in a link', () => {
		expect(DATA_VERSION_LENGTH).toBe(APP_DATA_VERSION_LENGTH);
	});
	it('is 10 hex digits, the same for the same bytes whatever the order', () => {
		const v = dataVersion(files);
		expect(v).toMatch(/^[0-9a-f]{10}$/);
		expect(dataVersion([...files].reverse())).toBe(v);
	});
	it('changes when one byte or one name changes', () => {
		const v = dataVersion(files);
		expect(dataVersion([files[0]!, { name: 'catalog.json', text: '{"b":3}\n' }])).not.toBe(v);
		expect(dataVersion([files[0]!, { name: 'other.json', text: '{"b":2}\n' }])).not.toBe(v);
	});
	it('is the committed version of the committed served data', () => {
		const read = (rel: string) => fs.readFileSync(path.join(REPO_ROOT, rel), 'utf8');
		const served = fs
			.readdirSync(path.join(REPO_ROOT, STATIC_DATA_REL))
			.filter((n) => n.endsWith('.geojson'))
			.map((name) => ({ name, text: read(`${STATIC_DATA_REL}/${name}`) }));
		served.push({ name: 'catalog.json', text: read(`${GENERATED_REL}/catalog.json`) });
		const committed = JSON.parse(read(`${GENERATED_REL}/data-version.json`)) as DataVersionFile;
		expect(dataVersion(served)).toBe(committed.version);
	});
});

const site = (precision: string, name = 'Kharbmaydon training ground'): FeatureSnapshot => ({
	name,
	layer: 'kharbmaydon',
	fields: { name, precisionMeters: precision, geometry: '68.8, 37.4' }
});

describe('diffFeatures', () => {
	it('lists each changed field with its old and new text', () => {
		expect(diffFeatures({ k: site('40000') }, { k: site('20000') })).toEqual([
			{
				feature: 'k',
				name: 'Kharbmaydon training ground',
				layer: 'kharbmaydon',
				field: 'precisionMeters',
				old: '40000',
				new: '20000'
			}
		]);
	});
	it('says when a feature was added or removed, and nothing for equal features', () => {
		expect(diffFeatures({ a: site('1') }, { a: site('1') })).toEqual([]);
		const changes = diffFeatures({ a: site('1') }, { b: site('1', 'B') });
		expect(changes.map((c) => [c.feature, c.field, c.old, c.new])).toEqual([
			['b', 'feature', null, 'B'],
			['a', 'feature', 'Kharbmaydon training ground', null]
		]);
	});
});

describe('nextHistory', () => {
	const current = (version: string, precision: string) => ({
		version,
		files: { 'sites.geojson': version },
		features: { k: site(precision) }
	});

	it('records the first version with no changes: nothing is known of what came before', () => {
		const h = nextHistory(null, current('aaaaaaaaaa', '40000'), '2026-11-29');
		expect(h.changelog.current).toBe('aaaaaaaaaa');
		expect(h.changelog.versions).toEqual([
			{ version: 'aaaaaaaaaa', date: '2026-11-29', previous: null, files: [], changes: [] }
		]);
	});

	it('adds nothing when the version is unchanged, whatever the date', () => {
		const first = nextHistory(null, current('aaaaaaaaaa', '40000'), '2026-11-29');
		const again = nextHistory(first, current('aaaaaaaaaa', '40000'), '2027-01-01');
		expect(again).toEqual(first);
	});

	it('adds one entry per new version, diffed against the last snapshot', () => {
		const first = nextHistory(null, current('aaaaaaaaaa', '40000'), '2026-11-29');
		const second = nextHistory(first, current('bbbbbbbbbb', '20000'), '2026-12-01');
		expect(second.changelog.current).toBe('bbbbbbbbbb');
		expect(second.changelog.versions[1]).toEqual({
			version: 'bbbbbbbbbb',
			date: '2026-12-01',
			previous: 'aaaaaaaaaa',
			files: ['sites.geojson'],
			changes: [expect.objectContaining({ field: 'precisionMeters', old: '40000', new: '20000' })]
		});
		expect(second.snapshot.version).toBe('bbbbbbbbbb');
	});
});

describe('snapshotFeatures', () => {
	it('keeps every served property but the id, the passage links and the geometry', () => {
		const entry = {
			id: 'k',
			name: 'K',
			layer: 'kharbmaydon',
			passages: [{ id: 'p-3', n: 3, relation: 'named', reason: '', quote: '' }]
		} as unknown as CatalogEntry;
		const snap = snapshotFeatures(
			[
				{
					type: 'Feature',
					properties: { id: 'k', name: 'K', passages: ['p-3'], precisionMeters: 40000 },
					geometry: { type: 'Point', coordinates: [68.8, 37.4] }
				},
				{
					type: 'Feature',
					properties: { id: 'not-in-catalog' },
					geometry: { type: 'Point', coordinates: [0, 0] }
				}
			],
			[entry]
		);
		expect(snap).toEqual({
			k: {
				name: 'K',
				layer: 'kharbmaydon',
				fields: { name: 'K', precisionMeters: '40000', links: 'p-3 named', geometry: '68.8, 37.4' }
			}
		});
	});
});

describe('the committed history', () => {
	const read = <T>(file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as T;
	const changelog = read<ChangelogFile>(path.join(HISTORY_DIR, 'changelog.json'));
	const snapshot = read<HistorySnapshot>(path.join(HISTORY_DIR, 'snapshot.json'));

	it('starts with a first version that lists no changes, and ends at the current one', () => {
		expect(changelog.versions[0]).toMatchObject({ previous: null, files: [], changes: [] });
		expect(changelog.versions.at(-1)?.version).toBe(changelog.current);
		expect(snapshot.version).toBe(changelog.current);
		for (const [i, v] of changelog.versions.entries()) {
			expect(v.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			if (i > 0) expect(v.previous).toBe(changelog.versions[i - 1]?.version);
		}
	});

	it('is what /data/changelog.json serves', () => {
		expect(read(path.join(REPO_ROOT, STATIC_DATA_REL, 'changelog.json'))).toEqual(changelog);
	});
});

describe('a build after an older version (fixture history)', () => {
	it('adds one entry listing the known change, dated as asked', () => {
		// A fixture, not the map's history: the committed snapshot with Kharbmaydon's precision
		// as it "was" in an invented older version.
		const snapshot = JSON.parse(
			fs.readFileSync(path.join(HISTORY_DIR, 'snapshot.json'), 'utf8')
		) as HistorySnapshot;
		const older = '0a1b2c3d4e';
		snapshot.version = older;
		snapshot.features.kharbmaydon!.fields.precisionMeters = '50000';
		const changelog: ChangelogFile = {
			generated: 'fixture',
			current: older,
			versions: [{ version: older, date: '2026-01-15', previous: null, files: [], changes: [] }]
		};
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'history-'));
		try {
			fs.writeFileSync(path.join(dir, 'snapshot.json'), JSON.stringify(snapshot));
			fs.writeFileSync(path.join(dir, 'changelog.json'), JSON.stringify(changelog));
			const { files } = buildOutputs(undefined, { dir, date: '2026-12-01' });
			const out = files.find((f) => f.rel === `${HISTORY_REL}/changelog.json`);
			const log = JSON.parse(out!.text) as ChangelogFile;
			expect(log.versions).toHaveLength(2);
			expect(log.versions[1]).toMatchObject({
				previous: older,
				date: '2026-12-01',
				changes: [{ feature: 'kharbmaydon', field: 'precisionMeters', old: '50000', new: '40000' }]
			});
		} finally {
			fs.rmSync(dir, { recursive: true, force: true });
		}
	}, 60_000);
});
