import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { catalog } from '$lib/data/catalog';
import { buildSiteRows } from '../sites-table';
import { siteRowsToCSV, siteRowsToGeoJSON } from './sites';

const rows = buildSiteRows(catalog);

describe('the sites table exports', () => {
	it('exports CSV and GeoJSON with the same numbers', () => {
		const csv = Papa.parse<Record<string, string>>(siteRowsToCSV(rows), { header: true }).data;
		const geo = siteRowsToGeoJSON(rows);
		expect(csv).toHaveLength(rows.length);
		expect(geo.features).toHaveLength(rows.length);
		const k = csv.find((r) => r.id === 'kharbmaydon')!;
		const g = geo.features.find((f) => f.id === 'kharbmaydon')!;
		expect(Number(k.to_dushanbe_km) * 1000).toBeCloseTo(g.properties!.to_dushanbe_m, -2);
		expect(k.method).toBe('geodesic on WGS84 (GeographicLib)');
		// a qualified confidence travels whole into both exports
		const hq = csv.find((r) => r.id === 'base-201-dushanbe')!;
		expect(hq.confidence).toBe('medium');
		expect(hq.confidence_note).toBe('medium (city) / low (compound)');
		expect(g.properties!.confidence_note).toBeNull();
	});

	it('carries the Kyrgyz line’s own uncertainty into both exports', () => {
		const kg = catalog.find((e) => e.id === 'tj-kg-border')!.lineUncertaintyMeters!;
		const csv = Papa.parse<Record<string, string>>(siteRowsToCSV(rows), { header: true }).data;
		expect(Number(csv[0]!.tj_kg_border_line_uncertainty_km)).toBeCloseTo(kg / 1000, 1);
		expect(csv[0]!.notes).toContain(`tj-kg-border line uncertain`);
		const g = siteRowsToGeoJSON(rows).features[0]!.properties!;
		expect(g.tj_kg_border_line_uncertainty_m).toBe(Math.round(kg));
		expect(g.notes).toContain(`${Math.round(kg)} m apart`);
	});
});
