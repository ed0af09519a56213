/**
 * Test-only: whether GDAL's `ogrinfo` (Debian package gdal-bin) runs here, for the tests that
 * check an export opens in GIS tools; they skip where it is not installed.
 *
 * @module
 */
import { execFileSync } from 'node:child_process';

export const hasOgr: boolean = (() => {
	try {
		execFileSync('ogrinfo', ['--version'], { stdio: 'ignore' });
		return true;
	} catch {
		return false;
	}
})();
