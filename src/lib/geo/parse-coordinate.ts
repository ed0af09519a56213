/**
 * Reads a coordinate typed or pasted by a person: decimal degrees, degrees–minutes–seconds
 * (or degrees and decimal minutes) or an MGRS reference. Never throws: bad input gets a message
 * that says what was wrong.
 *
 * ## Rules
 * - **MGRS** when the text is a grid reference, with or without spaces: "42S VH 81112 65010",
 *   "42SVH8111265010" (see {@link parseMGRS}); the result is the centre of the named square.
 * - Otherwise **two values**, separated by a comma or semicolon, or by whitespace when that is
 *   unambiguous (hemisphere letters, degree signs, or an even count of plain numbers).
 * - Each value is degrees `D`, `D M` or `D M S` (minutes and seconds below 60, only the last part
 *   may have decimals), marked with `°` `′` `″`, or `'` `"`, or `d` `m` `s`, or unmarked. The
 *   decimal mark is a point.
 * - **Hemisphere letters** N/S/E/W before or after a value set its axis and sign, so the values may
 *   come in any order ("68.78 E 38.53 N"). A value may carry a minus sign or S/W, not both.
 *   A lower-case `s` right after a number is a seconds mark when the text uses `d`/`m` marks
 *   ("38d31m59s"), else it means south.
 * - **Without letters** the order is latitude, longitude (as people write and as Google Maps
 *   reads). The one exception: when the first value cannot be a latitude (|v| > 90) and the second
 *   can, they are read as longitude, latitude, and the result says so in `note`.
 * - Latitude must be within [-90, 90], longitude within [-180, 180].
 * - When the order was a guess (no letters) and the other order is valid too, the result also
 *   carries it as `otherOrder`, so a caller can settle the order by where its map is.
 *
 * @module
 */
import type { LonLat } from './geodesic';
import * as m from '$lib/paraglide/messages';
import { parseMGRS, type MgrsPrecision } from './mgrs';

export type CoordinateFormat = 'dd' | 'dms' | 'mgrs';

export type ParseCoordinateResult =
	| {
			ok: true;
			lonLat: LonLat;
			format: CoordinateFormat;
			/** For MGRS: the side of the named square, metres. */
			precisionMeters?: MgrsPrecision;
			/** Set when the reading needs saying, e.g. the values were taken as longitude, latitude. */
			note?: string;
			/**
			 * The other reading, longitude first, when nothing fixed the order (no N/S/E/W letters)
			 * and both readings are valid coordinates: a caller that knows where the map is may
			 * prefer it (see `readMapCoordinate`).
			 */
			otherOrder?: LonLat;
	  }
	| { ok: false; message: string };

type Token =
	| { kind: 'num'; text: string; value: number; signed: boolean; neg: boolean }
	| { kind: 'mark'; mark: 'deg' | 'min' | 'sec' }
	| { kind: 'hemi'; hemi: 'N' | 'S' | 'E' | 'W' }
	| { kind: 'sep' };

const MAX_INPUT = 200;

/**
 * Parses a coordinate in DD, DMS (or DDM) or MGRS. See the module documentation for the rules.
 *
 * @param text what the person typed
 * @returns `{ ok: true, lonLat, format }` or `{ ok: false, message }`; never throws
 * @example
 * parseCoordinate('38.5333, 68.7833'); //=> { ok: true, lonLat: [68.7833, 38.5333], format: 'dd' }
 * parseCoordinate('38°31′59.9″N 68°46′59.9″E'); //=> { ok: true, lonLat: [68.78331, 38.53331], format: 'dms' }
 * parseCoordinate('68.7833 E, 38.5333 N'); //=> { ok: true, lonLat: [68.7833, 38.5333], format: 'dd' }
 * parseCoordinate('42S VH 81112 65010'); //=> { ok: true, lonLat: [68.78330, 38.53330], format: 'mgrs', precisionMeters: 1 }
 * parseCoordinate('95, 100'); //=> { ok: false, message: 'Latitude 95 is outside −90 to 90.' }
 */
export function parseCoordinate(text: string): ParseCoordinateResult {
	try {
		return parse(text);
	} catch {
		return { ok: false, message: m.analyst_coord_not_coordinate() };
	}
}

function fail(message: string): ParseCoordinateResult {
	return { ok: false, message };
}

function parse(text: unknown): ParseCoordinateResult {
	if (typeof text !== 'string') return fail(m.analyst_coord_enter_text());
	const input = text.normalize('NFC').replace(/′′/g, '″').trim();
	if (input === '') return fail(m.analyst_coord_enter());
	if (input.length > MAX_INPUT) return fail(m.analyst_coord_too_long({ max: MAX_INPUT }));

	const mgrs = parseMGRS(input);
	if (mgrs) {
		return { ok: true, lonLat: mgrs.lonLat, format: 'mgrs', precisionMeters: mgrs.precisionMeters };
	}
	if (/^\d{1,2}\s*[A-Z]\s*[A-Z]{2}\s*\d*\s*\d*$/i.test(input)) {
		return fail(m.analyst_coord_bad_mgrs());
	}

	const tokens = tokenize(input);
	if (typeof tokens === 'string') return fail(tokens);
	const groups = split(tokens);
	if (typeof groups === 'string') return fail(groups);
	const [g1, g2] = groups;
	const v1 = readValue(g1);
	if (typeof v1 === 'string') return fail(v1);
	const v2 = readValue(g2);
	if (typeof v2 === 'string') return fail(v2);
	return assign(v1, v2);
}

/** Turns the text into numbers, marks, hemisphere letters and separators. */
function tokenize(input: string): Token[] | string {
	const letterMarks = /\d\s*(d|deg|m|min|sec)\b|\d(d|m)\d/.test(input);
	const tokens: Token[] = [];
	const re =
		/\s+|([+\-−]?\d+(?:\.\d+)?|[+\-−]?\.\d+)|(°|º|˚|deg\b|d(?=[\s\d]|$))|(″|"|“|”|''|’’|sec\b)|(′|'|’|‘|min\b|m(?=[\s\d]|$))|([NSEWnsew])|([,;])/gy;
	let match: RegExpExecArray | null;
	let pos = 0;
	while (pos < input.length) {
		re.lastIndex = pos;
		match = re.exec(input);
		if (!match || match[0] === '') {
			const ch = input.slice(pos, pos + 12);
			return m.analyst_coord_unreadable({ text: ch });
		}
		pos = re.lastIndex;
		const [whole, num, deg, sec, min, hemi, sep] = match;
		if (num !== undefined) {
			const neg = /^[-−]/.test(num);
			const value = Number(num.replace('−', '-').replace(/^\+/, ''));
			tokens.push({ kind: 'num', text: num, value, signed: /^[+\-−]/.test(num), neg });
		} else if (deg !== undefined) tokens.push({ kind: 'mark', mark: 'deg' });
		else if (min !== undefined) tokens.push({ kind: 'mark', mark: 'min' });
		else if (sec !== undefined) tokens.push({ kind: 'mark', mark: 'sec' });
		else if (hemi !== undefined) {
			const prev = tokens[tokens.length - 1];
			const glued = prev?.kind === 'num' && !/\s/.test(input[pos - 2] ?? ' ');
			if (hemi === 's' && letterMarks && glued) tokens.push({ kind: 'mark', mark: 'sec' });
			else tokens.push({ kind: 'hemi', hemi: hemi.toUpperCase() as 'N' | 'S' | 'E' | 'W' });
		} else if (sep !== undefined) tokens.push({ kind: 'sep' });
		else if (/^\s+$/.test(whole)) continue;
	}
	return tokens;
}

/** Splits the tokens into the two values. */
function split(tokens: Token[]): [Token[], Token[]] | string {
	const seps = tokens.filter((t) => t.kind === 'sep').length;
	if (seps > 1) return m.analyst_coord_one_separator();
	if (seps === 1) {
		const i = tokens.findIndex((t) => t.kind === 'sep');
		return [tokens.slice(0, i), tokens.slice(i + 1)];
	}
	const hemis = tokens.filter((t) => t.kind === 'hemi').length;
	if (hemis === 2) {
		// prefix style ("N 38 E 68") when the text starts with a letter, else suffix style
		const prefix = tokens[0]?.kind === 'hemi';
		const idx = tokens.findIndex((t, i) => t.kind === 'hemi' && (prefix ? i > 0 : true));
		const cut = prefix ? idx : idx + 1;
		return [tokens.slice(0, cut), tokens.slice(cut)];
	}
	if (hemis > 2) return m.analyst_coord_hemi_limit();
	// a number followed by a degree sign starts the second value
	const degs = tokens
		.map((t, i) => (t.kind === 'mark' && t.mark === 'deg' ? i : -1))
		.filter((i) => i >= 0);
	if (degs.length === 2) {
		const cut = (degs[1] as number) - 1;
		return [tokens.slice(0, cut), tokens.slice(cut)];
	}
	const nums = tokens.map((t, i) => (t.kind === 'num' ? i : -1)).filter((i) => i >= 0);
	if (hemis === 1) {
		// one letter: it closes (suffix) or opens (prefix) one of the values
		const h = tokens.findIndex((t) => t.kind === 'hemi');
		if (h === 0 || h === tokens.length - 1) {
			if (nums.length % 2 === 0 && nums.length > 0) {
				const cut = nums[nums.length / 2] as number;
				return [tokens.slice(0, cut), tokens.slice(cut)];
			}
		} else {
			const cut = tokens[h - 1]?.kind === 'num' || tokens[h - 1]?.kind === 'mark' ? h + 1 : h;
			return [tokens.slice(0, cut), tokens.slice(cut)];
		}
	}
	if (nums.length === 0) return m.analyst_coord_two_values();
	if (nums.length === 1) return m.analyst_coord_two_values();
	if (nums.length % 2 !== 0 || nums.length > 6) {
		return m.analyst_coord_separate_comma();
	}
	const cut = nums[nums.length / 2] as number;
	return [tokens.slice(0, cut), tokens.slice(cut)];
}

interface Value {
	deg: number;
	hemi: 'N' | 'S' | 'E' | 'W' | null;
	parts: number;
	text: string;
}

/** Reads one value: [hemi] [sign] D [°] [M [′] [S [″]]] [hemi]. */
function readValue(tokens: Token[]): Value | string {
	let hemi: Value['hemi'] = null;
	const nums: {
		value: number;
		text: string;
		signed: boolean;
		neg: boolean;
		mark: string | null;
	}[] = [];
	for (const t of tokens) {
		if (t.kind === 'hemi') {
			if (hemi !== null) return m.analyst_coord_two_hemis({ first: hemi, second: t.hemi });
			if (nums.length > 0 && tokens[0]?.kind === 'hemi') {
				return m.analyst_coord_letter_misplaced({ letter: t.hemi });
			}
			hemi = t.hemi;
		} else if (t.kind === 'num') {
			if (hemi !== null && tokens[0]?.kind !== 'hemi')
				return m.analyst_coord_letter_after({ letter: hemi });
			nums.push({ value: t.value, text: t.text, signed: t.signed, neg: t.neg, mark: null });
		} else if (t.kind === 'mark') {
			const last = nums[nums.length - 1];
			if (!last || last.mark !== null) return m.analyst_coord_mark_after_number();
			last.mark = t.mark;
		} else {
			return m.analyst_coord_unexpected_separator();
		}
	}
	if (nums.length === 0) return m.analyst_coord_value_missing();
	if (nums.length > 3) return m.analyst_coord_too_many_numbers();
	const order = ['deg', 'min', 'sec'];
	for (let i = 0; i < nums.length; i++) {
		const n = nums[i]!;
		if (n.mark !== null && n.mark !== order[i]) {
			const marked =
				n.mark === 'deg'
					? m.analyst_coord_marked_degrees
					: n.mark === 'min'
						? m.analyst_coord_marked_minutes
						: m.analyst_coord_marked_seconds;
			return marked({ text: n.text });
		}
		if (i > 0 && n.signed) return m.analyst_coord_sign_degrees_only();
		if (i < nums.length - 1 && !Number.isInteger(n.value)) {
			return m.analyst_coord_decimals_last({ text: n.text });
		}
	}
	const [d, mins, s] = nums;
	if (mins && mins.value >= 60) return m.analyst_coord_minutes_range({ text: mins.text });
	if (s && s.value >= 60) return m.analyst_coord_seconds_range({ text: s.text });
	const neg = d!.neg;
	if (neg && (hemi === 'S' || hemi === 'W'))
		return m.analyst_coord_minus_and_hemi({ letter: hemi });
	if (neg && (hemi === 'N' || hemi === 'E'))
		return m.analyst_coord_minus_contradicts({ letter: hemi });
	const abs = Math.abs(d!.value) + (mins?.value ?? 0) / 60 + (s?.value ?? 0) / 3600;
	const sign = neg || hemi === 'S' || hemi === 'W' ? -1 : 1;
	return {
		deg: sign * abs,
		hemi,
		parts: nums.length,
		text: nums.map((n) => n.text).join(' ')
	};
}

const axisOf = (h: Value['hemi']) => (h === 'N' || h === 'S' ? 'lat' : h === null ? null : 'lon');

/** Decides which value is the latitude, checks ranges. */
function assign(a: Value, b: Value): ParseCoordinateResult {
	const format: CoordinateFormat = a.parts > 1 || b.parts > 1 ? 'dms' : 'dd';
	const axA = axisOf(a.hemi);
	const axB = axisOf(b.hemi);
	let lat: Value;
	let lon: Value;
	let note: string | undefined;
	let otherOrder: LonLat | undefined;
	if (axA !== null && axA === axB) {
		return fail(
			axA === 'lat' ? m.analyst_coord_both_latitudes() : m.analyst_coord_both_longitudes()
		);
	}
	if (axA === 'lat' || axB === 'lon') [lat, lon] = [a, b];
	else if (axA === 'lon' || axB === 'lat') [lat, lon] = [b, a];
	else if (Math.abs(a.deg) > 90 && Math.abs(b.deg) <= 90) {
		[lat, lon] = [b, a];
		note = m.analyst_coord_read_lon_lat({ text: a.text });
	} else {
		[lat, lon] = [a, b];
		if (axA === null && axB === null && Math.abs(b.deg) <= 90 && Math.abs(a.deg) <= 180)
			otherOrder = [a.deg + 0, b.deg + 0];
	}
	if (!(Math.abs(lat.deg) <= 90)) return fail(m.analyst_coord_lat_range({ text: lat.text }));
	if (!(Math.abs(lon.deg) <= 180)) return fail(m.analyst_coord_lon_range({ text: lon.text }));
	const lonLat: LonLat = [lon.deg + 0, lat.deg + 0];
	return {
		ok: true,
		lonLat,
		format,
		...(note ? { note } : {}),
		...(otherOrder ? { otherOrder } : {})
	};
}
