/**
 * The version of the data this build serves (src/lib/generated/data-version.json, written by
 * `npm run geodata`): a short content hash of the served layers and the catalog. Permalinks carry
 * it as `v=`; /data lists it with the changelog.
 */
// the named fields alone: the file's `generated` header stays out of the bundle
import { date, version } from '$lib/generated/data-version.json';
import type { DataVersionFile } from './changelog';

export const DATA_VERSION: DataVersionFile['version'] = version;
/** The day this version was first built (ISO date). */
export const DATA_VERSION_DATE: DataVersionFile['date'] = date;
