/**
 * The analyst tools in Russian: messages built from pieces (coordinate errors, claim verdicts,
 * URL notices with plurals), ring labels, and the exports' column names. English is what the
 * other tests check, unchanged.
 */
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { catalog, claims } from '$lib/data/catalog';
import { checkDistanceClaim, differenceConvention } from '$lib/geo/claim-check';
import { measurementToGeoJSON } from '$lib/geo/measure-path';
import { measurementToCSV } from '$lib/geo/measurement-csv';
import { parseCoordinate } from '$lib/geo/parse-coordinate';
import { readMapCoordinate } from '$lib/geo/read-map-coordinate';
import { parseToolState } from '$lib/state/tool-params';
import { claimCheckRows } from './claim-rows';
import { echoList } from './echo';
import { columnName, withColumnNames } from './exports/columns';
import { csvWithMark } from './exports/download';
import { siteRowsToCSV, siteRowsToGeoJSON } from './exports/sites';
import { buildSiteRows } from './sites-table';
import { inLocale } from './testing/in-locale';
import { rangeRings } from './tools';

const ru = <T>(run: () => T) => inLocale('ru', run);
const message = (r: { ok: boolean; message?: string }) => (r.ok ? '' : (r.message ?? ''));

describe('typed coordinates in Russian', () => {
	it('says what is wrong in Russian, quoting the input', () => {
		expect(ru(() => message(parseCoordinate('')))).toBe(
			'Введите координату, например 38.5333, 68.7833.'
		);
		expect(ru(() => message(parseCoordinate('38 61 0, 68')))).toBe(
			'Минут должно быть меньше 60 (введено 61).'
		);
		expect(ru(() => message(parseCoordinate('38°x')))).toMatch(/^Не удалось прочитать «x»/);
		expect(ru(() => message(parseCoordinate('95, 100')))).toBe(
			'Широта 95 вне диапазона от −90 до 90.'
		);
		expect(ru(() => message(parseCoordinate('38 N, 68 S')))).toBe('Оба значения — широты (N/S).');
	});
	it('names the map’s extent and the order it chose in Russian', () => {
		expect(ru(() => message(readMapCoordinate('-91, 10')))).toBe(
			'10.0000° N, 91.0000° W — за пределами карты; карта охватывает широту от 33° N до 44° N, долготу от 60° E до 80° E.'
		);
		const flipped = ru(() => readMapCoordinate('68.7833, 38.5333'));
		expect(flipped.ok && flipped.note).toMatch(/^Прочитано как долгота, широта \(/);
	});
});

describe('claim checks in Russian', () => {
	it('gives the verdict as one Russian sentence per case', () => {
		const within = ru(() =>
			checkDistanceClaim({
				claimedMeters: 140_000,
				computedMeters: 132_932,
				uncertaintyMeters: 43_000
			})
		);
		expect(within.label).toBe('В пределах неопределённости');
		expect(within.verdict).toMatch(
			/^Вычисленное расстояние \(133 км\) на 7[.,]07 км \(5[.,]0 %\) меньше заявленного \(140 км\): согласуется в пределах неопределённости положений ±43 км\.$/
		);
		const outside = ru(() =>
			checkDistanceClaim({
				claimedMeters: 100_000,
				computedMeters: 150_000,
				uncertaintyMeters: 1_000
			})
		);
		expect(outside.label).toBe('За пределами неопределённости');
		expect(outside.verdict).toMatch(/ больше заявленного .*так что утверждение не согласуется/);
		expect(ru(differenceConvention)).toBe('данные минус доклад');
	});
	it('titles the claims of the report in Russian, with the places’ Russian names', () => {
		const [row] = ru(() => claimCheckRows('km', null, claims));
		expect(row!.title).toBe('Полигон Харбмайдон: 140 км от Душанбе');
		expect(row!.measured).toBe('Геодезическое расстояние по прямой: Душанбе — Полигон Харбмайдон');
	});
});

describe('range rings, notices and echoes in Russian', () => {
	it('labels rings with the Russian unit symbol and decimal comma', () => {
		const labels = ru(() => rangeRings([68.55, 37.35], [12.5, 1500], 'km').map((r) => r.label));
		expect(labels[0]).toMatch(/^12[.,]5 км$/);
		expect(labels[1]).toMatch(/^1[\s,\u00a0\u202f]?500 км$/);
	});
	it('declines the counts of URL notices', () => {
		const notices = (qs: string) =>
			ru(() => parseToolState(new URLSearchParams(qs), { knownEventIds: new Set() }).notices);
		expect(notices('rings=x')[0]).toMatch(/\(1 радиус — не число от 0 до 20000\), поэтому кольца/);
		expect(notices('rings=x,y,z')[0]).toMatch(/3 радиуса — не числа/);
		expect(notices('rings=a,b,c,d,e')[0]).toMatch(/5 радиусов — не числа/);
		expect(notices(`border=${'x'.repeat(9001)}`)[0]).toMatch(/\(9001 символ\)/);
		expect(ru(() => echoList(['a', 'b', 'c', 'd', 'e', 'f', 'g']))).toBe('a, b, c, d, e и ещё 2');
	});
});

describe('exports in Russian', () => {
	const rows = buildSiteRows(catalog);
	it('writes Russian column names over the same numbers, and keeps id and WKT', () => {
		const en = Papa.parse<Record<string, string>>(siteRowsToCSV(rows), { header: true });
		const csv = ru(() => Papa.parse<Record<string, string>>(siteRowsToCSV(rows), { header: true }));
		expect(csv.meta.fields).toContain('до_душанбе_м');
		expect(csv.meta.fields).toContain('WKT');
		expect(csv.meta.fields![0]).toBe('id');
		expect(csv.meta.fields).toHaveLength(en.meta.fields!.length);
		const k = csv.data.find((r) => r.id === 'kharbmaydon')!;
		const kEn = en.data.find((r) => r.id === 'kharbmaydon')!;
		expect(k['до_душанбе_м']).toBe(kEn.to_dushanbe_m);
		expect(k['метод']).toBe('геодезическая линия на WGS84 (GeographicLib)');
		const props = ru(() => siteRowsToGeoJSON(rows)).features[0]!.properties!;
		expect(Object.keys(props)).toEqual(
			csv.meta.fields!.filter((f) => !['долгота', 'широта', 'WKT'].includes(f))
		);
	});
	it('names the measurement’s columns and properties in Russian, numbers with a point', () => {
		const path: [number, number][] = [
			[68.7833, 38.5333],
			[68.55, 37.35]
		];
		const [header, first] = ru(() => measurementToCSV(path, 'km')).split('\r\n');
		expect(header).toBe(
			'отрезок,начало_долгота,начало_широта,конец_долгота,конец_широта,длина_м,длина_км,начальный_азимут_град,метод,WKT'
		);
		expect(first).toMatch(/^1,68\.7833,38\.5333,68\.55,37\.35,132932\.\d+,132\.\d+,/);
		const props = ru(() => withColumnNames(measurementToGeoJSON(path, 'nmi').properties));
		expect(props['названиеЕдиницы']).toBe('морские мили');
		expect(props['единица']).toBe('nmi');
		expect(columnName('id')).toBe('id');
	});
	it('marks a CSV in another language as UTF-8 for spreadsheets, not an English one', () => {
		expect(csvWithMark('a,b', 'ru')).toBe('\uFEFFa,b');
		expect(csvWithMark('a,b', 'en')).toBe('a,b');
	});
});
