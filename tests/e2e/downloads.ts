/** Files the app offers for download, saved where a browser test can read them. */
import type { Locator } from '@playwright/test';
import { test } from './fixtures';

/** Clicks `button` and saves the download it starts as `name` in the running test's output. */
export async function saveDownload(button: Locator, name: string): Promise<string> {
	const [file] = await Promise.all([button.page().waitForEvent('download'), button.click()]);
	const path = test.info().outputPath(name);
	await file.saveAs(path);
	return path;
}
