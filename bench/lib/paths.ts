/** Where `npm run bench` reads and writes; everything it builds lives under bench/tmp/ (ignored). */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** BENCH_TMP moves the builds elsewhere (e.g. one folder per engineer sharing the tree). */
export const TMP = resolve(ROOT, process.env.BENCH_TMP ?? 'bench/tmp');
/** FRONTIER_BUILD_DIR for the app build: the server lands in `<APP_DIR>/build`. */
export const APP_DIR = resolve(TMP, 'app');
export const APP_BUILD = resolve(APP_DIR, 'build');
export const APP_CLIENT = resolve(APP_BUILD, 'client');
export const BASELINE_SRC = resolve(ROOT, 'bench/baseline');
export const BASELINE_OUT = resolve(TMP, 'baseline');
/** The URL path the baseline is served under, by the app's own static server. */
export const BASELINE_PATH = '/baseline/';
export const RESULTS = resolve(ROOT, 'bench/results.json');
