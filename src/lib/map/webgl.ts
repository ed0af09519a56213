/** Whether this browser can give MapLibre a WebGL context (WebGL2 first, as MapLibre 6 does). */
let available: boolean | undefined;

/**
 * Asked once per page (MapView's module script starts the worker with it, its `onMount` asks
 * again, /report too): each probe creates a WebGL context, which is not free.
 */
export function hasWebGL(): boolean {
	return (available ??= probe());
}

function probe(): boolean {
	try {
		const canvas = document.createElement('canvas');
		return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
	} catch {
		return false;
	}
}
