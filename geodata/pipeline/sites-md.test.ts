/**
 * Provenance: every site's coordinates, radius, confidence and basis are copied exactly from the
 * summary table of sites.md (geodata/sources/sites.md), the only source of site coordinates.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJson } from './io';
import { AUTHORED_DIR, SOURCES_DIR } from './paths';
import type { SiteRow } from './schemas';

interface TableRow {
	lat: number;
	lon: number;
	radiusKm: number;
	confidence: string;
	/** The whole confidence cell, e.g. "medium (city) / low (compound)". */
	confidenceCell: string;
	basis: string;
}

/** Rows of the "Summary table" of sites.md, keyed by their # (e.g. "3a"). */
function summaryTable(md: string): Map<string, TableRow> {
	const section = md.split('## Summary table')[1]?.split('\n---')[0] ?? '';
	const rows = new Map<string, TableRow>();
	for (const line of section.split('\n')) {
		const cells = line.split('|').map((c) => c.trim());
		if (cells.length < 9 || !/^\d+[a-z]?$/.test(cells[1] ?? '')) continue;
		rows.set(cells[1] as string, {
			lat: Number(cells[3]),
			lon: Number(cells[4]),
			radiusKm: Number(cells[5]),
			confidence: (cells[6] ?? '').split(/[\s(/]/)[0] as string,
			confidenceCell: cells[6] ?? '',
			basis: (cells[7] ?? '').charAt(0)
		});
	}
	return rows;
}

describe('sites.json against sites.md', () => {
	const table = summaryTable(fs.readFileSync(path.join(SOURCES_DIR, 'sites.md'), 'utf8'));
	const sites = readJson<SiteRow[]>(path.join(AUTHORED_DIR, 'sites.json'));

	it('parses the summary table', () => {
		expect(table.size).toBeGreaterThanOrEqual(25);
	});

	for (const site of sites) {
		it(`${site.id} copies row ${site.sitesMd} exactly`, () => {
			const row = table.get(site.sitesMd);
			expect(row, `sites.md row ${site.sitesMd}`).toBeDefined();
			const { confidenceCell, ...figures } = row as TableRow;
			expect({
				lat: site.lat,
				lon: site.lon,
				radiusKm: site.radiusKm,
				confidence: site.confidence,
				basis: site.basis
			}).toEqual(figures);
			// a qualified confidence ("medium (city) / low (compound)") is kept whole, word for word
			const qualified = confidenceCell !== site.confidence;
			expect(site.confidenceNote, `confidenceNote of ${site.id}`).toBe(
				qualified ? confidenceCell : undefined
			);
		});
	}
});

describe('the published site research', () => {
	it('is the research the data comes from, byte for byte (/research/site-research.md)', () => {
		// Reader-facing notes cite it as "site research §N"; /about links to this copy.
		const published = fs.readFileSync('static/research/site-research.md', 'utf8');
		expect(published).toBe(fs.readFileSync(path.join(SOURCES_DIR, 'sites.md'), 'utf8'));
	});

	it('is never named by its file name in reader-facing data', () => {
		for (const file of ['sites.json', 'events.json', 'claims.json']) {
			const text = fs.readFileSync(path.join('geodata/authored', file), 'utf8');
			const values = JSON.stringify(JSON.parse(text), (key, v: unknown) =>
				key === 'sitesMd' ? undefined : v
			);
			expect(values, file).not.toMatch(/sites\.md/);
		}
	});
});
