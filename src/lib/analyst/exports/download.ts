import * as m from '$lib/paraglide/messages';
import { pageLocale } from '$lib/i18n/locale';
import { BASE_LOCALE } from '$lib/i18n/locales';

/** Saves text or a blob as a file through a temporary link (no server round trip). */
export function downloadBlob(filename: string, blob: Blob): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = filename;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadText(filename: string, mime: string, text: string): void {
	downloadBlob(filename, new Blob([text], { type: mime }));
}

/**
 * Saves a CSV. A page in another language than English writes its column names in that language,
 * so its CSV starts with a byte order mark: without one, Excel reads UTF-8 as the system's code
 * page and garbles Cyrillic (GDAL and QGIS skip the mark). English CSVs stay as they were.
 */
export function downloadCSV(filename: string, text: string): void {
	downloadText(filename, 'text/csv', csvWithMark(text));
}

/** The CSV text as {@link downloadCSV} saves it. */
export function csvWithMark(text: string, locale = pageLocale()): string {
	return locale === BASE_LOCALE ? text : `\uFEFF${text}`;
}

/** Copies text; falls back to a hidden textarea where the Clipboard API is refused. */
export async function copyText(text: string): Promise<void> {
	try {
		await navigator.clipboard.writeText(text);
		return;
	} catch {
		const area = document.createElement('textarea');
		area.value = text;
		area.setAttribute('readonly', '');
		area.style.position = 'fixed';
		area.style.opacity = '0';
		document.body.append(area);
		area.select();
		const ok = document.execCommand('copy');
		area.remove();
		if (!ok) throw new Error(m.analyst_copy_not_allowed());
	}
}
