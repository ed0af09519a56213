/** Whether this browser can give MapLibre a WebGL context (WebGL2 first, as MapLibre 6 does). */
export function hasWebGL(): boolean {
	try {
		const canvas = document.createElement('canvas');
		return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
	} catch {
		return false;
	}
}
