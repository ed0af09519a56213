/**
 * Which modules a built chunk holds, and how many of its bytes each one owns, read from the chunk's
 * (hidden) source map. Only what the bench needs: the `sources` list and the generated columns of
 * each mapping segment (Base64 VLQ, https://tc39.es/ecma426/).
 */
import { existsSync, readFileSync } from 'node:fs';

interface RawSourceMap {
	sources: string[];
	mappings: string;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = new Map([...B64].map((c, i) => [c, i]));

/** Decodes one segment's VLQ fields (generated column, source index, line, column[, name]). */
function decodeSegment(segment: string): number[] {
	const fields: number[] = [];
	let value = 0;
	let shift = 0;
	for (const char of segment) {
		const digit = B64_INDEX.get(char);
		if (digit === undefined) throw new Error(`source map: bad VLQ character ${char}`);
		value += (digit & 31) << shift;
		if (digit & 32) {
			shift += 5;
			continue;
		}
		fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
		value = 0;
		shift = 0;
	}
	return fields;
}

/** A run of generated text and the source it comes from (null: glue code with no source). */
export interface Span {
	text: string;
	source: string | null;
}

/** Splits generated code into spans by source; the text of all spans is the whole code. */
export function spansOf(code: string, map: RawSourceMap): Span[] {
	const lines = code.split('\n');
	const mapLines = map.mappings.split(';');
	const spans: Span[] = [];
	let sourceIndex = 0;
	// text before a line's first segment continues the token of the line before (a multi-line
	// template literal, such as MapLibre's shaders): it belongs to that token's source
	let current: string | null = null;
	lines.forEach((line, i) => {
		const eol = i < lines.length - 1 ? '\n' : '';
		const starts: { col: number; source: string | null }[] = [{ col: 0, source: current }];
		let col = 0;
		for (const segment of (mapLines[i] ?? '').split(',').filter(Boolean)) {
			const [dCol = 0, dSource] = decodeSegment(segment);
			col += dCol;
			if (dSource !== undefined) sourceIndex += dSource;
			// the other fields (line, column, name) are relative too, but only sources matter here
			starts.push({
				col,
				source: dSource === undefined ? null : (map.sources[sourceIndex] ?? null)
			});
		}
		starts.forEach((s, k) => {
			const end = starts[k + 1]?.col ?? line.length;
			if (end > s.col) spans.push({ text: line.slice(s.col, end), source: s.source });
		});
		current = starts[starts.length - 1]?.source ?? null;
		if (eol) spans.push({ text: eol, source: current });
	});
	return spans;
}

/** Reads `<file>.map` beside a built file, or null when there is none. */
export function readSourceMap(file: string): RawSourceMap | null {
	const path = `${file}.map`;
	if (!existsSync(path)) return null;
	return JSON.parse(readFileSync(path, 'utf8')) as RawSourceMap;
}
