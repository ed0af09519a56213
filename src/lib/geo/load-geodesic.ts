/**
 * GeographicLib (./geodesic.ts, ~8 kB gzip) on demand, for pages that only sometimes measure
 * (/embed: most embeds never draw a path). One load per page; a failed load is forgotten so the
 * next call tries again.
 */
type GeodesicModule = typeof import('./geodesic');

let loading: Promise<GeodesicModule> | null = null;

/** Resolves with src/lib/geo/geodesic.ts once its chunk has loaded. */
export function loadGeodesic(): Promise<GeodesicModule> {
	if (!loading) {
		const attempt = import('./geodesic');
		attempt.catch(() => {
			if (loading === attempt) loading = null;
		});
		loading = attempt;
	}
	return loading;
}
