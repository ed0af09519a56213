/**
 * What /data lists: every served file from static/data/manifest.json, and every report
 * feature id with the file that holds it. Built once from build-time imports.
 */
import { catalog, kindLabel } from '$lib/data/catalog';
import { REQUIRED_FEATURE_IDS } from '$lib/data/ids';
import { manifest } from './served-data';

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
	name: string;
	kind: string;
	/** The data files that carry a feature with this id. */
	files: string[];
	required: boolean;
}

export interface DataIndex {
	downloads: DownloadRow[];
	features: FeatureIdRow[];
}

/** Bytes as kilobytes (1 KB = 1,024 bytes), one decimal. */
export function formatKilobytes(bytes: number): string {
	const kb = bytes / 1024;
	return `${kb.toLocaleString('en-GB', { maximumFractionDigits: 1, minimumFractionDigits: 1 })} KB`;
}

/** Which served files a catalog entry's id appears in, by its kind. */
function filesOf(kind: string): string[] {
	if (kind === 'border') return ['borders.geojson'];
	if (kind === 'region') return ['regions.geojson'];
	return ['sites.geojson', 'precision-circles.geojson'];
}

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
			name: e.name,
			kind: kindLabel(e.kind),
			files: filesOf(e.kind),
			required: required.has(e.id)
		}))
	};
}
