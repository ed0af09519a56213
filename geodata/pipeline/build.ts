/**
 * `npm run geodata`: builds static/data/*.geojson, static/data/manifest.json and
 * src/lib/generated/*.json from geodata/sources/ and geodata/authored/, and the data version
 * with its changelog (geodata/history/, static/data/changelog.json; steps/history.ts).
 *
 * Deterministic: the same inputs give byte-identical files. Output root: `--out <dir>` or
 * GEODATA_OUT (default: the repository), so tests can rebuild into a temporary directory.
 * Refuses to build, listing every `{ path, message }`, when an authored file is invalid.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Point, Polygon } from 'geojson';
import type {
	CatalogFile,
	ClaimsFile,
	EventsFile,
	FeatureFile,
	FeatureIdsFile,
	ManifestEntry,
	ReportFile
} from '../../src/lib/data/types';
import { vertexCount } from './geometry';
import { readAuthoredFiles, readJson } from './io';
import { SERVED_FILES, type ServedKey } from './outputs';
import {
	AUTHORED_DIR,
	GENERATED_REL,
	HISTORY_DIR,
	HISTORY_REL,
	resolveOutRoot,
	SOURCES_DIR,
	STATIC_DATA_REL,
	STATIC_FEATURES_REL
} from './paths';
import {
	basemapConfigSchema,
	reportStructureSchema,
	type BasemapConfig,
	type NameRu
} from './schemas';
import { GENERATED_NOTE, toJsonText } from './serialize';
import {
	buildCountries,
	buildGlaciers,
	buildLakes,
	buildMountains,
	buildPeaks,
	buildPlaces,
	buildRivers
} from './steps/basemap';
import { createBorderIndex } from '../../src/lib/geo/nearest-point-on-border';
import { polygonsOf } from './geometry';
import { buildBorderFeatures, deriveBorderLines, type BorderDerivation } from './steps/borders';
import { buildCatalog } from './steps/catalog';
import { buildAreaLabels } from './steps/labels';
import { buildClaims } from './steps/claims';
import { buildEvents } from './steps/events';
import { linkPassages } from './steps/links';
import { buildPlaceIndex } from './steps/place-index';
import { buildPrecisionCircles } from './steps/precision';
import { buildRegionFeatures } from './steps/regions';
import { parseReport } from './steps/report';
import { buildSiteFeatures, siteNameRu } from './steps/sites';
import {
	dataVersion,
	fileHashes,
	nextHistory,
	snapshotFeatures,
	type HistoryState
} from './steps/history';
import type { DataVersionFile } from '../../src/lib/data/changelog';
import { projectContext, validateAuthored, type ValidationIssue } from './validate';

/** Thrown when authored inputs are invalid; carries every issue. */
export class GeodataInputError extends Error {
	constructor(readonly issues: ValidationIssue[]) {
		super(
			`geodata: refusing to build, ${issues.length} problem(s) in geodata/authored/:\n` +
				issues.map((i) => `  ${i.path}: ${i.message}`).join('\n')
		);
		this.name = 'GeodataInputError';
	}
}

export interface OutputFile {
	/** Path relative to the output root, e.g. `static/data/borders.geojson`. */
	rel: string;
	text: string;
}

export interface BuildSummary {
	borders: { id: string; lengthKm: number; parts: number; vertices: number }[];
	derivation: Pick<BorderDerivation, 'droppedParts' | 'smoothedRuns' | 'partsUsed' | 'transitions'>;
	regions: { id: string; areaKm2: number; sourceVertices: number; servedVertices: number }[];
	passages: number;
	/** The data version and what this build did to the changelog. */
	version: { version: string; note: string };
}

const src = (name: string) => path.join(SOURCES_DIR, name);
type FC<G extends Geometry = Geometry, P = Record<string, unknown>> = FeatureCollection<G, P>;

function collection(key: ServedKey, features: Feature[]): object {
	const meta = SERVED_FILES[key];
	return {
		type: 'FeatureCollection',
		generated: GENERATED_NOTE,
		attribution: meta.attribution,
		licence: meta.licence,
		features
	};
}

const vertexTotal = (f: Feature): number => vertexCount(f.geometry);

/**
 * Builds every output in memory (no writes).
 *
 * @param authoredDir where the authored files are read (tests pass fixture folders)
 * @param history where the last version's snapshot and the changelog are read, and the date a
 *   new version gets (default: GEODATA_DATE, else today in UTC)
 * @throws {GeodataInputError} when the authored files are invalid
 */
export function buildOutputs(
	authoredDir: string = AUTHORED_DIR,
	history: { dir?: string; date?: string } = {}
): {
	files: OutputFile[];
	summary: BuildSummary;
} {
	// 1. The report, then the authored files checked against it.
	const structure = reportStructureSchema.parse(readJson(path.join(authoredDir, 'report.json')));
	const reportText = fs.readFileSync(src(structure.source), 'utf8');
	const parsed = parseReport(reportText, structure);
	const read = readAuthoredFiles(authoredDir);
	const issues = [...parsed.issues, ...read.issues];
	if (issues.length) throw new GeodataInputError(issues);
	const valid = validateAuthored(read.files, projectContext(parsed.passages));
	if (!valid.ok) throw new GeodataInputError(valid.issues);
	const authored = valid.data;
	const basemap = basemapConfigSchema.parse(readJson(path.join(authoredDir, 'basemap.json')));

	const namesById = new Map(
		[...authored.sites, ...authored.borders, ...authored.regions].map((r) => [
			r.id,
			[r.name, ...r.altNames]
		])
	);
	const links = linkPassages(
		parsed.passages,
		authored.passageLinks,
		(id) => namesById.get(id) ?? []
	);
	const events = buildEvents(authored.events);

	// 2. Borders, region, sites.
	const countries = readJson<FC<Polygon | MultiPolygon, { iso_a3: string; name: string }>>(
		src('countries.geojson')
	);
	const country = (iso: string) => {
		const f = countries.features.find((c) => c.properties.iso_a3 === iso);
		if (!f) throw new Error(`countries.geojson: no ${iso}`);
		return f.geometry;
	};
	const derivation = deriveBorderLines(
		country('TJK'),
		authored.borders.map((b) => ({ iso: b.neighbour, geometry: country(b.neighbour) }))
	);
	const adm1 = readJson<FC<Polygon | MultiPolygon, { shapeName: string; shapeISO: string }>>(
		src('tjk-adm1.geojson')
	);
	const adm1Rings = createBorderIndex({
		type: 'MultiLineString',
		coordinates: adm1.features.flatMap((f) => polygonsOf(f.geometry).flat(1))
	});
	const borders = buildBorderFeatures(derivation, authored.borders, links.passagesOf, adm1Rings);
	const regions = buildRegionFeatures(adm1.features, authored.regions, links.passagesOf);
	const placeSiteNamesRu = placeSiteNamesRuOf(
		readJson<FC<Point, { name: string; name_ru: string | null }>>(src('ne-places.geojson')),
		basemap
	);
	const sites = buildSiteFeatures(
		authored.sites,
		borders,
		links.passagesOf,
		events.eventsOf,
		placeSiteNamesRu
	);
	const nameRuSources = new Map<string, string>();
	for (const row of [...authored.borders, ...authored.regions]) {
		if (row.nameRu) nameRuSources.set(row.id, row.nameRu.source);
	}
	for (const row of authored.sites) {
		const nameRu = siteNameRu(row, placeSiteNamesRu);
		if (nameRu) nameRuSources.set(row.id, nameRu.source);
	}
	const circles = buildPrecisionCircles(sites);

	// 3. Basemap.
	const countryFeatures = buildCountries(countries, 'TJK', basemap.countryNamesRu?.names);
	const served: Record<ServedKey, Feature[]> = {
		borders,
		regions: regions.features,
		sites,
		precision: circles,
		countries: countryFeatures,
		rivers: buildRivers(readJson(src('ne-rivers.geojson'))),
		lakes: buildLakes(readJson(src('ne-lakes.geojson'))),
		places: buildPlaces(readJson(src('ne-places.geojson')), basemap),
		glaciers: buildGlaciers(readJson(src('ne-glaciated-areas.geojson'))),
		mountains: buildMountains(readJson(src('ne-geography-regions-polys.geojson')), basemap),
		peaks: buildPeaks(readJson(src('ne-elevation-points.geojson'))),
		labels: buildAreaLabels(
			countryFeatures,
			regions.features.map((r) => ({ ...r.properties, geometry: r.geometry }))
		)
	};

	// 4. Files: served GeoJSON, the manifest, the app's generated JSON.
	const files: OutputFile[] = [];
	const manifest: ManifestEntry[] = [];
	for (const key of Object.keys(SERVED_FILES) as ServedKey[]) {
		const meta = SERVED_FILES[key];
		const text = toJsonText(collection(key, served[key]));
		files.push({ rel: `${STATIC_DATA_REL}/${meta.file}`, text });
		manifest.push({
			name: meta.name,
			file: meta.file,
			title: meta.title,
			description: meta.description,
			features: served[key].length,
			bytes: Buffer.byteLength(text, 'utf8'),
			licence: meta.licence,
			attribution: meta.attribution
		});
	}
	files.push({ rel: `${STATIC_DATA_REL}/manifest.json`, text: toJsonText(manifest) });

	const report: ReportFile = {
		generated: GENERATED_NOTE,
		title: structure.title,
		subtitle: structure.subtitle,
		author: structure.author,
		publication: structure.publication,
		date: structure.date,
		sections: parsed.sections,
		passages: links.passages
	};
	const catalog: CatalogFile = {
		generated: GENERATED_NOTE,
		entries: buildCatalog(
			borders,
			authored.borders,
			regions.features,
			authored.regions,
			sites,
			links.linksOf,
			events.eventsOf,
			(id) => nameRuSources.get(id) ?? null
		)
	};
	const eventsFile: EventsFile = { generated: GENERATED_NOTE, events: events.events };
	const claims: ClaimsFile = {
		generated: GENERATED_NOTE,
		claims: buildClaims(authored.claims, sites, borders)
	};
	files.push(
		{ rel: `${GENERATED_REL}/report.json`, text: toJsonText(report) },
		{ rel: `${GENERATED_REL}/catalog.json`, text: toJsonText(catalog) },
		{ rel: `${GENERATED_REL}/events.json`, text: toJsonText(eventsFile) },
		{ rel: `${GENERATED_REL}/claims.json`, text: toJsonText(claims) }
	);
	const placeIndex = buildPlaceIndex({
		...served,
		placeSource: readJson<FC>(src('ne-places.geojson')).features
	});
	files.push({ rel: `${GENERATED_REL}/place-index.json`, text: toJsonText(placeIndex) });
	for (const entry of catalog.entries) {
		const feature: FeatureFile = {
			generated: GENERATED_NOTE,
			entry,
			passages: entry.passages
		};
		files.push({ rel: `${STATIC_FEATURES_REL}/${entry.id}.json`, text: toJsonText(feature) });
	}
	const featureIds: FeatureIdsFile = {
		generated: GENERATED_NOTE,
		ids: catalog.entries.map((e) => e.id)
	};
	files.push({ rel: `${GENERATED_REL}/feature-ids.json`, text: toJsonText(featureIds) });

	// 5. The data version: a hash of the served layers and the catalog pages show; a new
	// version gets a changelog entry, field by field against the last version's snapshot.
	const hashed = files
		.filter((f) => /\.geojson$/.test(f.rel) || f.rel === `${GENERATED_REL}/catalog.json`)
		.map((f) => ({ name: path.basename(f.rel), text: f.text }));
	const before = readHistory(history.dir ?? HISTORY_DIR);
	const state = nextHistory(
		before,
		{
			version: dataVersion(hashed),
			files: fileHashes(hashed),
			features: snapshotFeatures([...borders, ...regions.features, ...sites], catalog.entries)
		},
		history.date ?? process.env.GEODATA_DATE ?? new Date().toISOString().slice(0, 10)
	);
	const latest = state.changelog.versions[state.changelog.versions.length - 1];
	if (!latest) throw new Error('history: the changelog has no version');
	const versionFile: DataVersionFile = {
		generated: GENERATED_NOTE,
		version: latest.version,
		date: latest.date
	};
	files.push(
		{ rel: `${HISTORY_REL}/snapshot.json`, text: toJsonText(state.snapshot) },
		{ rel: `${HISTORY_REL}/changelog.json`, text: toJsonText(state.changelog) },
		{ rel: `${STATIC_DATA_REL}/changelog.json`, text: toJsonText(state.changelog) },
		{ rel: `${GENERATED_REL}/data-version.json`, text: toJsonText(versionFile) }
	);

	const summary: BuildSummary = {
		borders: borders.map((b) => ({
			id: b.properties.id,
			lengthKm: b.properties.lengthMeters / 1000,
			parts: b.geometry.type === 'MultiLineString' ? b.geometry.coordinates.length : 1,
			vertices: vertexTotal(b)
		})),
		derivation: {
			droppedParts: derivation.droppedParts,
			smoothedRuns: derivation.smoothedRuns,
			partsUsed: derivation.partsUsed,
			transitions: derivation.transitions
		},
		regions: regions.features.map((r, i) => ({
			id: r.properties.id,
			areaKm2: r.properties.areaKm2,
			sourceVertices: regions.sourceVertices[i] ?? 0,
			servedVertices: vertexTotal(r)
		})),
		passages: links.passages.length,
		version: {
			version: latest.version,
			note:
				before === null
					? `the first version recorded (${latest.date})`
					: before.snapshot.version === latest.version
						? 'unchanged, nothing added to the changelog'
						: `new since ${before.snapshot.version}: ${latest.changes.length} field change(s); files: ${latest.files.join(', ') || 'none'}`
		}
	};
	return { files, summary };
}

/** The last version's snapshot and the changelog, or null when none was recorded yet. */
function readHistory(dir: string): HistoryState | null {
	const snapshotFile = path.join(dir, 'snapshot.json');
	const changelogFile = path.join(dir, 'changelog.json');
	if (!fs.existsSync(snapshotFile) || !fs.existsSync(changelogFile)) return null;
	return { snapshot: readJson(snapshotFile), changelog: readJson(changelogFile) };
}

/** Writes the files under `outRoot`, removing stale generated files from the output folders. */
export function writeOutputs(outRoot: string, files: readonly OutputFile[]): void {
	const wanted = new Set(files.map((f) => path.join(outRoot, f.rel)));
	for (const dir of [STATIC_DATA_REL, STATIC_FEATURES_REL, GENERATED_REL]) {
		const abs = path.join(outRoot, dir);
		fs.mkdirSync(abs, { recursive: true });
		for (const name of fs.readdirSync(abs)) {
			const file = path.join(abs, name);
			if (/\.(geo)?json$/.test(name) && !wanted.has(file)) fs.rmSync(file);
		}
	}
	for (const f of files) {
		fs.mkdirSync(path.dirname(path.join(outRoot, f.rel)), { recursive: true });
		fs.writeFileSync(path.join(outRoot, f.rel), f.text);
	}
}

function main(): void {
	const t0 = performance.now();
	const outRoot = resolveOutRoot(process.argv.slice(2), process.env);
	let built: ReturnType<typeof buildOutputs>;
	try {
		built = buildOutputs();
	} catch (e) {
		if (e instanceof GeodataInputError) {
			console.error(e.message);
			process.exit(1);
		}
		throw e;
	}
	writeOutputs(outRoot, built.files);
	const s = built.summary;
	for (const b of s.borders) {
		console.log(
			`${b.id.padEnd(13)} ${b.lengthKm.toFixed(1).padStart(8)} km  ${b.parts} part(s), ${b.vertices} vertices`
		);
	}
	for (const r of s.regions) {
		console.log(
			`${r.id.padEnd(13)} ${r.areaKm2.toFixed(1).padStart(8)} km²  ${r.sourceVertices} → ${r.servedVertices} vertices`
		);
	}
	const d = s.derivation;
	console.log(
		`borders: ${d.partsUsed} parts used, ${d.droppedParts.length} leftover parts dropped, ` +
			`${d.smoothedRuns} runs smoothed; ${s.passages} passages`
	);
	console.log(`data version ${s.version.version}: ${s.version.note}`);
	for (const f of built.files) {
		console.log(`  ${f.rel} ${Buffer.byteLength(f.text, 'utf8')} B`);
	}
	console.log(
		`geodata: wrote ${built.files.length} files under ${outRoot} in ${((performance.now() - t0) / 1000).toFixed(1)} s`
	);
}

const invoked = process.argv[1] ? path.resolve(process.argv[1]) : '';
if (invoked.endsWith(path.join('geodata', 'pipeline', 'build.ts'))) main();

/**
 * The Russian names of the sites that are also basemap places (basemap.json `placeSites`): the
 * place's `placeNamesRu` entry, else Natural Earth's `name_ru`; by site id.
 */
function placeSiteNamesRuOf(
	places: FC<Point, { name: string; name_ru: string | null }>,
	basemap: BasemapConfig
): Map<string, NameRu> {
	const out = new Map<string, NameRu>();
	for (const [placeName, siteId] of Object.entries(basemap.placeSites)) {
		const override = basemap.placeNamesRu?.[placeName];
		const source = places.features.find((f) => f.properties.name === placeName);
		const name = override?.name ?? source?.properties.name_ru ?? null;
		if (!name) continue;
		out.set(siteId, {
			name,
			source: override?.source ?? `Natural Earth populated places, name_ru of “${placeName}”`
		});
	}
	return out;
}
