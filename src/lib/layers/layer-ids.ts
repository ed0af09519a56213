/**
 * Ids of the toggleable map layers, as used in `layers=` URL parameters and the
 * `setLayers` postMessage command. Public contract: never rename, only add.
 * The six required layers are the ones design.md numbers 1–6.
 */
export const REQUIRED_LAYER_IDS = [
	'tj-af-border',
	'tj-kg-border',
	'gbao',
	'kharbmaydon',
	'fakhrabad',
	'base-201'
] as const;

/** Context and "welcome" layers. */
export const OPTIONAL_LAYER_IDS = [
	'other-borders',
	'places',
	'rivers',
	'terrain',
	'border-crossings',
	'clash-sites',
	'china-facilities',
	'russian-sites'
] as const;

export const LAYER_IDS = [...REQUIRED_LAYER_IDS, ...OPTIONAL_LAYER_IDS] as const;
export type LayerId = (typeof LAYER_IDS)[number];

/** Visible when the URL says nothing: the required layers plus quiet context. */
export const DEFAULT_LAYER_IDS: readonly LayerId[] = [
	...REQUIRED_LAYER_IDS,
	'other-borders',
	'places',
	'rivers',
	'terrain'
];

export function isLayerId(value: string): value is LayerId {
	return (LAYER_IDS as readonly string[]).includes(value);
}
