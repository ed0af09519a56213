/** The targets of the issue "Performance against a bare-MapLibre baseline", checked on the results. */
import type { AssetCheck } from './http-checks';

export interface Target {
	name: string;
	limit: string;
	value: string;
	pass: boolean;
}

/** kB here are 1000 bytes, as Vite prints them. */
export const kB = (bytes: number): number => bytes / 1000;

export interface TargetInputs {
	embedIdle: number;
	baselineIdle: number;
	phoneEmbedIdle: number;
	phoneBaselineIdle: number;
	embedJsBeyondGzip: number;
	homeJsBeyondGzip: number;
	embedDataGzip: number;
	fontFiles: string[];
	allowedFonts: RegExp;
	missingPrecompressed: string[];
	assets: AssetCheck[];
	forbiddenModules: string[];
	forbiddenText: string[];
}

const ONE_YEAR = 31536000;

function maxAge(cacheControl: string): number {
	return Number(/max-age=(\d+)/.exec(cacheControl)?.[1] ?? 0);
}

export function evaluateTargets(t: TargetInputs): Target[] {
	const ratio = t.embedIdle / t.baselineIdle;
	const phoneRatio = t.phoneEmbedIdle / t.phoneBaselineIdle;
	const immutable = t.assets.filter((a) => a.path.startsWith('/_app/immutable/'));
	const data = t.assets.filter((a) => a.path.startsWith('/data/'));
	const compressed = t.assets.filter((a) => !/\.woff2$/.test(a.path) && a.label !== 'html');
	return [
		{
			// issue 16: faster than the bare-GeoJSON baseline itself (was ≤ 1.10×)
			name: '/embed time to first idle vs baseline',
			limit: '≤ 0.70×',
			value: `${ratio.toFixed(2)}×`,
			pass: ratio <= 0.7
		},
		{
			name: 'the same on the phone profile (4× CPU, slow 4G)',
			limit: '≤ 0.70×',
			value: `${phoneRatio.toFixed(2)}×`,
			pass: phoneRatio <= 0.7
		},
		{
			name: 'JS beyond MapLibre on /embed (gzip)',
			limit: '≤ 60 kB',
			value: `${kB(t.embedJsBeyondGzip).toFixed(1)} kB`,
			pass: t.embedJsBeyondGzip <= 60_000
		},
		{
			name: 'JS beyond MapLibre on / (gzip)',
			limit: '≤ 120 kB',
			value: `${kB(t.homeJsBeyondGzip).toFixed(1)} kB`,
			pass: t.homeJsBeyondGzip <= 120_000
		},
		{
			name: 'layer data of the default view (gzip as served)',
			limit: '≤ 250 kB',
			value: `${kB(t.embedDataGzip).toFixed(1)} kB`,
			pass: t.embedDataGzip <= 250_000
		},
		{
			name: 'fonts fetched: only the label faces’ Latin subsets',
			limit: 'latin 400/700/400i',
			value: t.fontFiles.join(', ') || 'none',
			pass: t.fontFiles.every((f) => t.allowedFonts.test(f))
		},
		{
			name: 'text assets precompressed (.gz and .br on disk)',
			limit: 'none missing',
			value: t.missingPrecompressed.length
				? `${t.missingPrecompressed.length} missing (${t.missingPrecompressed.slice(0, 3).join(', ')}…)`
				: 'none missing',
			pass: t.missingPrecompressed.length === 0
		},
		{
			name: 'served compressed (br; gzip when only gzip is accepted)',
			limit: 'br / gzip',
			value: compressed
				.map((a) => `${a.label} ${a.br.encoding || 'identity'}/${a.gzip.encoding || 'identity'}`)
				.join(', '),
			pass: compressed.every((a) => a.br.encoding === 'br' && a.gzip.encoding === 'gzip')
		},
		{
			name: '/_app/immutable/* cache headers',
			limit: 'max-age=1y, immutable',
			value: [...new Set(immutable.map((a) => a.br.cacheControl || 'none'))].join(' | '),
			pass: immutable.every(
				(a) => a.br.cacheControl.includes('immutable') && maxAge(a.br.cacheControl) >= ONE_YEAR
			)
		},
		{
			name: '/data/*.geojson cache policy',
			limit: 'explicit max-age + validator',
			value: [...new Set(data.map((a) => a.br.cacheControl || 'none'))].join(' | '),
			pass: data.every((a) => maxAge(a.br.cacheControl) > 0 && a.br.etag !== '')
		},
		{
			name: '/embed loads no panel, report or builder code',
			limit: 'none',
			value: [...t.forbiddenModules, ...t.forbiddenText].join(', ') || 'none',
			pass: t.forbiddenModules.length === 0 && t.forbiddenText.length === 0
		}
	];
}
