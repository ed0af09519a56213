/**
 * Say only what the report and the sources say: dates the report does not give name their
 * source, contested accounts name whose they are, and no source address is made up (every URL
 * is one sites.md gives).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJson } from './io';
import { AUTHORED_DIR, SOURCES_DIR } from './paths';
import type { EventRow, SiteRow } from './schemas';

const sitesMd = fs.readFileSync(path.join(SOURCES_DIR, 'sites.md'), 'utf8');
const reportText = fs.readFileSync(
	path.join(SOURCES_DIR, 'report/tajikistan-csto-us-2022.txt'),
	'utf8'
);
const sites = readJson<SiteRow[]>(path.join(AUTHORED_DIR, 'sites.json'));
const events = readJson<EventRow[]>(path.join(AUTHORED_DIR, 'events.json'));
const site = (id: string) => sites.find((s) => s.id === id) as SiteRow;

describe('events: a date the report does not give names its source', () => {
	for (const e of events) {
		it(`${e.id}: "${e.dateText}"`, () => {
			if (reportText.includes(e.dateText)) expect(e.dateSource).toBeUndefined();
			else expect(e.dateSource, 'dateSource (the report does not say this)').toBeTruthy();
		});
	}
});

describe('sites: source addresses come from sites.md', () => {
	it('every URL is one sites.md gives (scheme aside), and truncated ones stay null', () => {
		for (const s of sites) {
			for (const src of s.sources) {
				if (src.url === null) continue;
				const bare = src.url.replace(/^https?:\/\//, '');
				expect(sitesMd, `${s.id}: ${src.url}`).toContain(bare);
				expect(src.title, `${s.id}: ${src.title}`).not.toMatch(/URL truncated/);
			}
		}
	});
});

describe('sites: contested accounts say whose they are', () => {
	it('the April 2021 start at Golovnoy is 24.kg’s account; the Tajik account is said to be missing', () => {
		expect(site('kok-tash').summary).toMatch(/According to the Kyrgyz outlet 24\.kg/);
		expect(site('kok-tash').summary).toMatch(/Tajik account/);
		expect(site('kok-tash').coordinateNote).toMatch(/according to 24\.kg/);
	});

	it('the September 2022 start at Bulak-Bashy is Kabar’s account', () => {
		expect(site('batken').summary).toMatch(/Kabar/);
		expect(site('batken').summary).toMatch(/Tajik account/);
	});

	it('no town is drawn as a clash site without a source for fighting there', () => {
		expect(site('isfara').layer).not.toBe('clash-sites');
		expect(site('vorukh').layer).not.toBe('clash-sites');
	});

	it('Ayni is an airfield with a Russian unit, which Tajikistan denies leasing', () => {
		expect(site('ayni-airfield').kind).toBe('airfield');
		expect(site('ayni-airfield').summary).toMatch(/According to Asia-Plus/);
		expect(site('ayni-airfield').summary).toMatch(/Tajikistan denied/);
	});

	it('the 7,000 troops are the whole base, and the 149th regiment is said to be contested', () => {
		expect(site('base-201-dushanbe').summary).toMatch(/7,000 troops for the base as a whole/);
		expect(site('base-201-kulob-historic').summary).toMatch(/TASS in 2014/);
	});
});
