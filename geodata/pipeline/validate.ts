/**
 * Validation of the hand-authored inputs, as one pure function: raw JSON in, either typed
 * data or a list of `{ path, message }` issues out (like the MapLibre style spec's
 * ValidationError). A path names the file, the feature id and the field, e.g.
 * `sites.json/kharbmaydon/radiusKm`. The pipeline refuses to build when there is any issue.
 */
import type { z } from 'zod';
import { BORDER_IDS, REQUIRED_FEATURE_IDS } from '../../src/lib/data/ids';
import { LAYER_IDS } from '../../src/lib/layers/layer-ids';
import { findName } from '../../src/lib/report/names-in-text';
import {
	bordersFileSchema,
	claimsFileSchema,
	eventsFileSchema,
	passageLinksFileSchema,
	regionsFileSchema,
	sitesFileSchema,
	type BorderRow,
	type ClaimRow,
	type EventRow,
	type PassageLinks,
	type RegionRow,
	type SiteRow
} from './schemas';

export interface ValidationIssue {
	/** `<file>/<feature id or index>/<field>…`, e.g. `sites.json/kharbmaydon/lat`. */
	path: string;
	message: string;
}

/** The authored files as parsed JSON (not yet trusted). */
export interface AuthoredFiles {
	sites: unknown;
	borders: unknown;
	regions: unknown;
	passageLinks: unknown;
	events: unknown;
	claims: unknown;
}

/** File names, as they appear in issue paths. */
export const AUTHORED_FILE_NAMES: Record<keyof AuthoredFiles, string> = {
	sites: 'sites.json',
	borders: 'borders.json',
	regions: 'regions.json',
	passageLinks: 'passage-links.json',
	events: 'events.json',
	claims: 'claims.json'
};

export interface AuthoredData {
	sites: SiteRow[];
	borders: BorderRow[];
	regions: RegionRow[];
	passageLinks: PassageLinks;
	events: EventRow[];
	claims: ClaimRow[];
}

/** What the authored files are checked against. */
export interface ValidationContext {
	/** The report's passages (ids and verbatim text), from the parsed report. */
	passages: readonly { id: string; text: string }[];
	/** Valid values of a feature's `layer`. */
	layerIds: readonly string[];
	/** Border ids the pipeline derives; borders.json must describe exactly these. */
	borderIds: readonly string[];
	/** Ids that must exist. */
	requiredIds: readonly string[];
	/** [west, south, east, north]: every site must lie inside (catches swapped lat/lon). */
	studyBox: readonly [number, number, number, number];
}

/** The context of this project: the real layer ids, border ids and the sources' study box. */
export function projectContext(passages: ValidationContext['passages']): ValidationContext {
	return {
		passages,
		layerIds: LAYER_IDS,
		borderIds: BORDER_IDS,
		requiredIds: REQUIRED_FEATURE_IDS,
		studyBox: [60, 33, 80, 44]
	};
}

export type ValidationResult =
	{ ok: true; data: AuthoredData; issues: [] } | { ok: false; issues: ValidationIssue[] };

/** Id of row `index` of a raw array, when it has a string id; else `#<index>`. */
function rowLabel(raw: unknown, index: number): string {
	if (Array.isArray(raw)) {
		const row: unknown = raw[index];
		if (row && typeof row === 'object' && 'id' in row && typeof row.id === 'string' && row.id) {
			return row.id;
		}
	}
	return `#${index}`;
}

/** True when the value at `path` inside `raw` does not exist (a missing field). */
function isAbsent(raw: unknown, path: readonly PropertyKey[]): boolean {
	let cur: unknown = raw;
	for (const key of path) {
		if (cur === null || typeof cur !== 'object' || !(key in cur)) return true;
		cur = (cur as Record<PropertyKey, unknown>)[key];
	}
	return false;
}

function zodIssues(file: string, raw: unknown, error: z.ZodError): ValidationIssue[] {
	return error.issues.map((issue) => {
		const parts = issue.path.map((p, i) =>
			i === 0 && typeof p === 'number' ? rowLabel(raw, p) : String(p)
		);
		if (issue.code === 'unrecognized_keys') parts.push(...issue.keys);
		const where = parts.length ? `${file}/${parts.join('/')}` : file;
		const message =
			issue.code === 'invalid_type' && isAbsent(raw, issue.path)
				? `missing (${issue.message})`
				: issue.message;
		return { path: where, message };
	});
}

function parseFile<T>(
	key: keyof AuthoredFiles,
	raw: unknown,
	schema: z.ZodType<T>,
	issues: ValidationIssue[]
): T | null {
	const r = schema.safeParse(raw);
	if (r.success) return r.data;
	issues.push(...zodIssues(AUTHORED_FILE_NAMES[key], raw, r.error));
	return null;
}

/**
 * Checks the authored files. Pure: no file system, no clock; the same input gives the same
 * issues in the same order.
 *
 * @param files the parsed JSON of each authored file
 * @param ctx passages, layer ids and other facts the files are checked against
 * @returns `{ ok: true, data }` or `{ ok: false, issues }`
 */
export function validateAuthored(files: AuthoredFiles, ctx: ValidationContext): ValidationResult {
	const issues: ValidationIssue[] = [];
	const sites = parseFile('sites', files.sites, sitesFileSchema, issues);
	const borders = parseFile('borders', files.borders, bordersFileSchema, issues);
	const regions = parseFile('regions', files.regions, regionsFileSchema, issues);
	const links = parseFile('passageLinks', files.passageLinks, passageLinksFileSchema, issues);
	const events = parseFile('events', files.events, eventsFileSchema, issues);
	const claims = parseFile('claims', files.claims, claimsFileSchema, issues);
	if (!sites || !borders || !regions || !links || !events || !claims) return { ok: false, issues };

	const data: AuthoredData = { sites, borders, regions, passageLinks: links, events, claims };
	issues.push(...checkFeatures(data, ctx));
	const featureIds = new Set([...sites, ...borders, ...regions].map((r) => r.id));
	issues.push(...checkReferences(data, ctx, featureIds));
	return issues.length ? { ok: false, issues } : { ok: true, data, issues: [] };
}

/** Ids unique across files, layers known, sites inside the study box, required ids present. */
function checkFeatures(data: AuthoredData, ctx: ValidationContext): ValidationIssue[] {
	const issues: ValidationIssue[] = [];
	const seen = new Map<string, string>();
	const rows: [string, { id: string; layer: string }[]][] = [
		['borders.json', data.borders],
		['regions.json', data.regions],
		['sites.json', data.sites]
	];
	for (const [file, list] of rows) {
		for (const row of list) {
			const earlier = seen.get(row.id);
			if (earlier) {
				issues.push({
					path: `${file}/${row.id}/id`,
					message: `duplicate id "${row.id}" (already used in ${earlier})`
				});
			} else seen.set(row.id, file);
			if (!ctx.layerIds.includes(row.layer)) {
				issues.push({
					path: `${file}/${row.id}/layer`,
					message: `unknown layer "${row.layer}" (expected one of ${ctx.layerIds.join(', ')})`
				});
			}
		}
	}
	const borderIds = data.borders.map((b) => b.id);
	for (const id of ctx.borderIds) {
		if (!borderIds.includes(id)) {
			issues.push({ path: `borders.json/${id}`, message: `border "${id}" is not described` });
		}
	}
	for (const id of borderIds) {
		if (!ctx.borderIds.includes(id)) {
			issues.push({
				path: `borders.json/${id}/id`,
				message: `unknown border id (the pipeline derives ${ctx.borderIds.join(', ')})`
			});
		}
	}
	const [w, s, e, n] = ctx.studyBox;
	for (const site of data.sites) {
		if (site.lon < w || site.lon > e) {
			issues.push({
				path: `sites.json/${site.id}/lon`,
				message: `longitude ${site.lon} is outside the study box ${w}…${e} (lat and lon swapped?)`
			});
		}
		if (site.lat < s || site.lat > n) {
			issues.push({
				path: `sites.json/${site.id}/lat`,
				message: `latitude ${site.lat} is outside the study box ${s}…${n} (lat and lon swapped?)`
			});
		}
	}
	for (const id of ctx.requiredIds) {
		if (!seen.has(id)) issues.push({ path: id, message: `required feature id "${id}" is missing` });
	}
	return issues;
}

/** Passage ids, feature ids and quotes referenced by links, events and claims all resolve. */
function checkReferences(
	data: AuthoredData,
	ctx: ValidationContext,
	featureIds: ReadonlySet<string>
): ValidationIssue[] {
	const issues: ValidationIssue[] = [];
	const passageText = new Map(ctx.passages.map((p) => [p.id, p.text]));
	const range = ctx.passages.length
		? `${ctx.passages[0]?.id}…${ctx.passages[ctx.passages.length - 1]?.id}`
		: 'none';
	const passage = (path: string, id: string): void => {
		if (!passageText.has(id)) {
			issues.push({ path, message: `unknown passage id "${id}" (the report has ${range})` });
		}
	};
	const feature = (path: string, id: string): void => {
		if (!featureIds.has(id)) issues.push({ path, message: `unknown feature id "${id}"` });
	};

	const namesOf = new Map(
		[...data.sites, ...data.borders, ...data.regions].map((r) => [r.id, [r.name, ...r.altNames]])
	);
	for (const [pid, links] of Object.entries(data.passageLinks)) {
		passage(`passage-links.json/${pid}`, pid);
		const text = passageText.get(pid);
		const seenHere = new Set<string>();
		for (const link of links) {
			const at = `passage-links.json/${pid}/${link.feature}`;
			if (seenHere.has(link.feature)) {
				issues.push({ path: at, message: `linked twice to ${pid}` });
				continue;
			}
			seenHere.add(link.feature);
			feature(at, link.feature);
			const names = namesOf.get(link.feature);
			if (link.relation === 'named' && names && text !== undefined && !findName(text, names)) {
				issues.push({
					path: `${at}/relation`,
					message: `is "named" but ${pid} contains none of the feature's names (${names.join(', ')}); make it "related" with a reason, or list the name the report uses in altNames`
				});
			}
			if (link.about !== undefined && link.relation === 'named') {
				issues.push({
					path: `${at}/about`,
					message: 'only a related link takes "about" (a named link quotes the words that name it)'
				});
			}
			if (link.about !== undefined && text !== undefined && !text.includes(link.about)) {
				issues.push({ path: `${at}/about`, message: `is not verbatim in ${pid}` });
			}
			if (link.relation === 'related' && !link.reason) {
				issues.push({
					path: `${at}/reason`,
					message:
						'a related link needs a one-line reason (how the passage is about the feature without naming it)'
				});
			}
		}
	}

	const eventIds = new Set<string>();
	for (const ev of data.events) {
		if (eventIds.has(ev.id) || featureIds.has(ev.id)) {
			issues.push({ path: `events.json/${ev.id}/id`, message: `duplicate id "${ev.id}"` });
		}
		eventIds.add(ev.id);
		if (ev.end < ev.start) {
			issues.push({
				path: `events.json/${ev.id}/end`,
				message: `ends (${ev.end}) before it starts`
			});
		}
		for (const p of ev.passages) passage(`events.json/${ev.id}/passages/${p}`, p);
		for (const f of ev.features) feature(`events.json/${ev.id}/features/${f}`, f);
	}

	const siteIds = new Set(data.sites.map((s) => s.id));
	const claimIds = new Set<string>();
	for (const c of data.claims) {
		if (claimIds.has(c.id)) {
			issues.push({ path: `claims.json/${c.id}/id`, message: `duplicate id "${c.id}"` });
		}
		claimIds.add(c.id);
		passage(`claims.json/${c.id}/passage`, c.passage);
		const text = passageText.get(c.passage);
		if (text !== undefined && !text.includes(c.quote)) {
			issues.push({
				path: `claims.json/${c.id}/quote`,
				message: `quote is not verbatim in ${c.passage}`
			});
		}
		if (!siteIds.has(c.from)) {
			issues.push({ path: `claims.json/${c.id}/from`, message: `"${c.from}" is not a site id` });
		}
		const toOk = c.measure === 'to-border' ? ctx.borderIds.includes(c.to) : siteIds.has(c.to);
		if (!toOk) {
			issues.push({
				path: `claims.json/${c.id}/to`,
				message: `"${c.to}" is not a ${c.measure === 'to-border' ? 'border' : 'site'} id`
			});
		}
	}
	return issues;
}
