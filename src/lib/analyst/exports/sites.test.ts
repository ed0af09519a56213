import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { catalog } from '$lib/data/catalog';
import { hasOgr } from '$lib/geo/testing/ogr';
import { buildSiteRows } from '../sites-table';
import { siteRowsToCSV, siteRowsToGeoJSON } from './sites';

const rows = buildSiteRows(catalog);

describe('the sites table exports', () => {
	it('exports CSV and GeoJSON with the same numbers, in metres', () => {
		const csv = Papa.parse<Record<string, string>>(siteRowsToCSV(rows), { header: true }).data;
		const geo = siteRowsToGeoJSON(rows);
		expect(csv).toHaveLength(rows.length);
		expect(geo.features).toHaveLength(rows.length);
		const k = csv.find((r) => r.id === 'kharbmaydon')!;
		const g = geo.features.find((f) => f.id === 'kharbmaydon')!;
		expect(Number(k.to_dushanbe_m)).toBe(g.properties!.to_dushanbe_m);
		expect(k.method).toBe('geodesic on WGS84 (GeographicLib)');
		// a qualified confidence travels whole into both exports
		const hq = csv.find((r) => r.id === 'base-201-dushanbe')!;
		expect(hq.confidence).toBe('medium');
		expect(hq.confidence_note).toBe('medium (city) / low (compound)');
		expect(g.properties!.confidence_note).toBeNull();
	});

	it('names the same columns as the GeoJSON, every length column in metres (issue 13: km vs m)', () => {
		const fields = Papa.parse(siteRowsToCSV(rows), { header: true }).meta.fields!;
		const props = Object.keys(siteRowsToGeoJSON(rows).features[0]!.properties!);
		expect(fields.filter((f) => !['lon', 'lat', 'WKT'].includes(f))).toEqual(props);
		expect(fields.filter((f) => /km/.test(f))).toEqual([]);
		const lengths = fields.filter((f) => /^(to_|precision|tj_kg)/.test(f));
		expect(lengths.length).toBeGreaterThan(5);
		for (const f of lengths) expect(f).toMatch(/_m$/);
	});

	it('carries each point as WKT, the same as lon/lat', () => {
		const csv = Papa.parse<Record<string, string>>(siteRowsToCSV(rows), { header: true }).data;
		for (const r of csv) expect(r.WKT).toBe(`POINT (${r.lon} ${r.lat})`);
	});

	it('carries the Kyrgyz line’s own uncertainty into both exports', () => {
		const kg = catalog.find((e) => e.id === 'tj-kg-border')!.lineUncertaintyMeters!;
		const csv = Papa.parse<Record<string, string>>(siteRowsToCSV(rows), { header: true }).data;
		expect(Number(csv[0]!.tj_kg_border_line_uncertainty_m)).toBe(Math.round(kg));
		expect(csv[0]!.notes).toContain(`tj-kg-border line uncertain`);
		const g = siteRowsToGeoJSON(rows).features[0]!.properties!;
		expect(g.tj_kg_border_line_uncertainty_m).toBe(Math.round(kg));
		expect(g.notes).toContain(`${Math.round(kg)} m apart`);
	});

	it.skipIf(!hasOgr)('opens in GDAL as points with no options (the WKT column)', () => {
		const dir = mkdtempSync(join(tmpdir(), 'sites-'));
		try {
			const csvPath = join(dir, 'sites.csv');
			writeFileSync(csvPath, siteRowsToCSV(rows));
			const info = execFileSync('ogrinfo', ['-ro', '-al', csvPath], { encoding: 'utf8' });
			expect(info).toMatch(new RegExp(`Feature Count: ${rows.length}\\b`));
			// every feature got its point from the WKT column
			expect(info.match(/^\s+POINT \(/gm)).toHaveLength(rows.length);
			expect(info).toMatch(/to_dushanbe_m: /);
			const lons = rows.map((r) => r.lon);
			const lats = rows.map((r) => r.lat);
			const extent = /Extent: \(([\d.]+), ([\d.]+)\) - \(([\d.]+), ([\d.]+)\)/.exec(info)!;
			expect(extent.slice(1).map(Number)).toEqual([
				Math.min(...lons),
				Math.min(...lats),
				Math.max(...lons),
				Math.max(...lats)
			]);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
