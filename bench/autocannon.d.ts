/** The small part of autocannon's API that bench/load.ts uses (the package ships no types). */
declare module 'autocannon' {
	interface Options {
		url: string;
		connections?: number;
		/** Seconds. */
		duration?: number;
		/** Stop after this many requests over all connections (with `duration`: whichever first). */
		maxOverallRequests?: number;
		headers?: Record<string, string>;
		/** Seconds before a request counts as timed out. */
		timeout?: number;
	}
	interface Histogram {
		average: number;
		mean: number;
		stddev: number;
		min: number;
		max: number;
		p50: number;
		p90: number;
		p97_5: number;
		p99: number;
		total: number;
	}
	interface Result {
		url: string;
		duration: number;
		requests: Histogram;
		latency: Histogram;
		throughput: Histogram;
		errors: number;
		timeouts: number;
		non2xx: number;
		'2xx': number;
		statusCodeStats: Record<string, { count: number }>;
	}
	function autocannon(opts: Options): Promise<Result>;
	export default autocannon;
}
