/** Small statistics for the bench's samples. */
export function median(xs: readonly number[]): number {
	if (xs.length === 0) return NaN;
	const s = [...xs].sort((a, b) => a - b);
	const mid = Math.floor(s.length / 2);
	return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

export interface Summary {
	samples: number[];
	median: number;
	min: number;
	max: number;
}

export function summarise(xs: readonly number[]): Summary {
	const samples = xs.map((x) => Math.round(x));
	return { samples, median: median(xs), min: Math.min(...xs), max: Math.max(...xs) };
}
