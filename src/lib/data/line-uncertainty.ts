/**
 * The caveat shown wherever a distance to a border line that was not agreed (delimited) in 2022
 * is shown: the line itself is uncertain, by about how far our two sources' traces of it lie
 * apart (`lineUncertaintyMeters`, computed by the pipeline; see CatalogEntry).
 */
import { formatLength, type LengthUnit } from '$lib/geo/units';

/** A border's name and measured line uncertainty (a catalog entry fits). */
export interface UncertainLine {
	name: string;
	lineUncertaintyMeters: number | null;
}

/**
 * The caveat in a sentence, or null when the line carries none.
 *
 * @example
 * lineUncertaintyNote({ name: 'Tajik–Kyrgyz border', lineUncertaintyMeters: 2888 });
 * //=> "The Tajik–Kyrgyz border is itself uncertain: much of it was undemarcated in 2022, and …"
 */
export function lineUncertaintyNote(line: UncertainLine, unit: LengthUnit = 'km'): string | null {
	if (line.lineUncertaintyMeters === null) return null;
	const apart = formatLength(line.lineUncertaintyMeters, unit, 1);
	return (
		`The ${line.name} is itself uncertain: much of it was undemarcated in 2022, and our two ` +
		`sources for the line (OpenStreetMap country polygons and geoBoundaries) lie up to ${apart} ` +
		'apart. Distances to it can be off by that much, beyond any range shown.'
	);
}

/** The same caveat for a data file's notes field: plain, in metres. */
export function lineUncertaintyDataNote(id: string, line: UncertainLine): string | null {
	if (line.lineUncertaintyMeters === null) return null;
	return (
		`${id} line uncertain: undemarcated in places in 2022; our two sources for it lie up to ` +
		`${Math.round(line.lineUncertaintyMeters)} m apart`
	);
}
