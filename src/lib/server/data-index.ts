/**
 * What /data lists: every served file from static/data/manifest.json, and every report
 * feature id with the file that holds it. Built from build-time imports, once per language
 * (sizes and kinds are worded in the request's language: dataIndexFor).
 */
import { perLocale } from '$lib/i18n/per-locale';
import { catalog } from '$lib/data/catalog';
import { kindName } from '$lib/data/entry';
import { REQUIRED_FEATURE_IDS } from '$lib/data/ids';
import { formatNumber } from '$lib/geo/units';
import * as m from '$lib/paraglide/messages';
import { manifest } from './served-data';
import { shownName } from './shown-name';

export interface DownloadRow {
	name: string;
	file: string;
	title: string;
	description: string;
	features: number;
	/** "198.3 KB" */
	size: string;
	licence: string;
	attribution: string;
}

export interface FeatureIdRow {
	id: string;
	/** In the page's language where the data has the name in it (local-name.ts). */
	name: string;
	/** 'en' when a page in another language shows the English name (no source gives one). */
	nameLang?: 'en';
	kind: string;
	/** The data files that carry a feature with this id. */
	files: string[];
	required: boolean;
}

export interface DataIndex {
	downloads: DownloadRow[];
	features: FeatureIdRow[];
}

/** Bytes as kilobytes (1 KB = 1,024 bytes), one decimal, in the page's language ("198,3 КБ"). */
export function formatKilobytes(bytes: number): string {
	return m.data_kilobytes({ size: formatNumber(bytes / 1024, 1) });
}

/** Which served files a catalog entry's id appears in, by its kind. */
function filesOf(kind: string): string[] {
	if (kind === 'border') return ['borders.geojson'];
	if (kind === 'region') return ['regions.geojson'];
	return ['sites.geojson', 'precision-circles.geojson'];
}

/** What /data lists in the request's language, built once per language. */
export const dataIndexFor: () => DataIndex = perLocale(dataIndex);

export function dataIndex(): DataIndex {
	const required = new Set<string>(REQUIRED_FEATURE_IDS);
	return {
		downloads: manifest.map((m) => ({
			name: m.name,
			file: m.file,
			title: m.title,
			description: m.description,
			features: m.features,
			size: formatKilobytes(m.bytes),
			licence: m.licence,
			attribution: m.attribution
		})),
		features: catalog.map((e) => ({
			id: e.id,
			...shownName(e),
			kind: kindName(e.kind),
			files: filesOf(e.kind),
			required: required.has(e.id)
		}))
	};
}
