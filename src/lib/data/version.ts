/**
 * The version of the data this build serves (src/lib/generated/data-version.json, written by
 * `npm run geodata`): a short content hash of the served layers and the catalog. Permalinks carry
 * it as `v=`; /data lists it with the changelog.
 */
import versionFile from '$lib/generated/data-version.json';
import type { DataVersionFile } from './changelog';

const file: DataVersionFile = versionFile;

export const DATA_VERSION: string = file.version;
/** The day this version was first built (ISO date). */
export const DATA_VERSION_DATE: string = file.date;
