/** The compact table `npm run bench` prints (the same numbers as bench/results.json). */
import type { BenchResults } from '../run';
import { KINDS } from './browser';
import { kB } from './targets';

const pad = (s: string, n: number) => s.padEnd(n);
const num = (x: number, n: number, d = 1) => x.toFixed(d).padStart(n);

const PAGE_LABELS = { embed: '/embed', baseline: 'baseline', home: '/' } as const;

function printTiming(r: BenchResults): void {
	console.log('\ntime from navigation start to the map’s first idle, ms (medians of n cold loads)');
	console.log(
		`${pad('', 12)}${'idle'.padStart(8)}${'min'.padStart(8)}${'max'.padStart(8)}${'load'.padStart(8)}${'main thread'.padStart(13)}${'script'.padStart(8)}${'zoom'.padStart(7)}  n`
	);
	for (const key of ['embed', 'baseline', 'home'] as const) {
		const t = r.timing[key];
		const cells = [t.idle.median, t.idle.min, t.idle.max, t.load.median].map((x) => num(x, 8, 0));
		console.log(
			`${pad(PAGE_LABELS[key], 12)}${cells.join('')}${num(t.mainThreadTaskMs.median, 13, 0)}${num(t.mainThreadScriptMs.median, 8, 0)}${num(t.zoom, 7, 2)}  ${t.idle.samples.length}`
		);
	}
	console.log(
		`${pad('ratio', 12)}${num(r.timing.ratio, 8, 2)}×  (/embed ÷ baseline, idle medians; median of the rounds' ratios ${r.timing.pairedRatio.toFixed(2)}×)`
	);
	console.log(
		"(load: the map's `load` event; main thread / script: CPU ms of the page's main thread until idle)"
	);
	const c = r.timing.complete;
	console.log(
		`everything drawn (/embed adds its context layers after its first idle): /embed ${num(r.timing.embed.complete.median, 0, 0)} ms, baseline ${num(r.timing.baseline.complete.median, 0, 0)} ms, ${c.ratio.toFixed(2)}× (rounds' median ${c.pairedRatio.toFixed(2)}×)`
	);
	const p = r.timing.phone;
	const d = p.device;
	console.log(
		`\nphone profile: ${d.cpuSlowdown}× CPU slowdown, ${(d.network?.downloadBytesPerSecond ?? 0) / 1000} kB/s down, ${(d.network?.uploadBytesPerSecond ?? 0) / 1000} kB/s up, ${d.network?.latencyMs} ms RTT, ${d.viewport.width}×${d.viewport.height} @${d.deviceScaleFactor}x`
	);
	console.log(
		`${pad('', 12)}${'idle'.padStart(8)}${'min'.padStart(8)}${'max'.padStart(8)}${'all drawn'.padStart(11)}  n`
	);
	for (const key of ['embed', 'baseline'] as const) {
		const t = p[key];
		const cells = [t.idle.median, t.idle.min, t.idle.max].map((x) => num(x, 8, 0));
		console.log(
			`${pad(PAGE_LABELS[key], 12)}${cells.join('')}${num(t.complete.median, 11, 0)}  ${t.idle.samples.length}`
		);
	}
	console.log(
		`${pad('ratio', 12)}${num(p.ratio, 8, 2)}×  (rounds' median ${p.pairedRatio.toFixed(2)}×; all drawn ${p.complete.ratio.toFixed(2)}×)`
	);
}

function printBytes(r: BenchResults): void {
	console.log(
		'\nbytes per kind, kB (1 kB = 1000 B): raw / as served (br) / served to a gzip-only client'
	);
	console.log(`${pad('', 20)}${KINDS.map((k) => k.padStart(9)).join('')}${'total'.padStart(9)}`);
	for (const key of ['embed', 'baseline', 'home'] as const) {
		const p = r.pages[key];
		for (const [label, field] of [
			['raw', 'raw'],
			['br', 'served'],
			['gzip', 'gzip']
		] as const) {
			const cells = KINDS.map((k) => kB(p.byKind[k]?.[field] ?? 0));
			const total = cells.reduce((a, b) => a + b, 0);
			const name = label === 'raw' ? PAGE_LABELS[key] : '';
			console.log(
				`${pad(name, 12)}${pad(label, 8)}${cells.map((c) => num(c, 9)).join('')}${num(total, 9)}`
			);
		}
	}
	console.log(
		'\nJavaScript beyond MapLibre (source-map attribution; each chunk compressed alone), kB'
	);
	console.log(
		`${pad('', 12)}${'raw'.padStart(9)}${'gzip'.padStart(9)}${'br'.padStart(9)}  MapLibre raw  chunks`
	);
	for (const key of ['embed', 'baseline', 'home'] as const) {
		const js = r.pages[key].js;
		console.log(
			`${pad(PAGE_LABELS[key], 12)}${num(kB(js.beyond.raw), 9)}${num(kB(js.beyond.gzip), 9)}${num(kB(js.beyond.brotli), 9)}  ${num(kB(js.maplibre.raw), 12)}  ${js.chunks}`
		);
	}
	for (const view of Object.values(r.embedViews))
		console.log(
			`${pad('', 12)}${num(kB(view.beyond.raw), 9)}${num(kB(view.beyond.gzip), 9)}${num(kB(view.beyond.brotli), 9)}  ${pad('', 12)}  ${String(view.chunks).padEnd(6)}  ${view.url}`
		);
	for (const key of ['embed', 'home'] as const)
		console.log(`fonts on ${PAGE_LABELS[key]}: ${r.pages[key].fonts.join(', ')}`);
	console.log(
		`data on /embed: ${r.pages.embed.dataFiles.length} files (${r.pages.embed.dataFiles.map((f) => f.replace('/data/', '')).join(', ')})`
	);
}

function printHeaders(r: BenchResults): void {
	console.log('\nresponse headers (Accept-Encoding br | gzip)');
	for (const a of r.headers) {
		console.log(
			`${pad(a.label, 13)}${pad(`${a.br.encoding || 'identity'} ${num(kB(a.br.bytes), 6)} | ${a.gzip.encoding || 'identity'} ${num(kB(a.gzip.bytes), 6)}`, 34)} cache-control: ${a.br.cacheControl || '(none)'}${a.br.etag ? ', etag' : ''}  ${a.path}`
		);
	}
}

function printNearest(r: BenchResults): void {
	const n = r.nearestBorder;
	console.log(
		`\nnearest point on the Tajik–Afghan border (${n.vertices} vertices, ${n.queries} queries; index ${n.build_ms.toFixed(1)} ms)`
	);
	console.log(
		`  ours (indexed, WGS84 geodesic): median ${n.ours_us.toFixed(2)} µs, p95 ${n.ours_p95_us.toFixed(2)} µs, first visit ${n.ours_first_visit_us.toFixed(2)} µs`
	);
	console.log(
		`  turf pointToLineDistance:       median ${n.turf_us.toFixed(1)} µs  → ${n.ratio.toFixed(0)}× faster; max disagreement ${n.max_disagreement_m.toFixed(1)} m`
	);
}

export function printReport(r: BenchResults): void {
	const e = r.environment;
	console.log(`\nFrontier Map bench — ${r.date}`);
	console.log(
		`node ${e.node}, Chromium ${e.chromium}, MapLibre ${e.maplibre}, ${e.cpus} cores, load average ${e.loadavg.before.toFixed(1)} → ${e.loadavg.after.toFixed(1)}, server: ${e.server}`
	);
	printTiming(r);
	printBytes(r);
	printHeaders(r);
	printNearest(r);
	console.log('\ntargets');
	for (const t of r.targets)
		console.log(`  ${t.pass ? 'PASS' : 'FAIL'}  ${pad(t.name, 56)} ${pad(t.limit, 26)} ${t.value}`);
}
