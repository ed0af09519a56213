/**
 * Where the pipeline reads and writes. Inputs always come from the repository's geodata/;
 * outputs go under an output root (the repository by default) so a test can build into a
 * temporary directory and compare bytes with the committed files.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (two levels above this file). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const GEODATA_DIR = path.join(REPO_ROOT, 'geodata');
export const SOURCES_DIR = path.join(GEODATA_DIR, 'sources');
export const AUTHORED_DIR = path.join(GEODATA_DIR, 'authored');
/** The last data version's snapshot and the changelog: read before a build, rewritten by it. */
export const HISTORY_REL = 'geodata/history';
export const HISTORY_DIR = path.join(REPO_ROOT, HISTORY_REL);

/** Output files relative to the output root. */
export const STATIC_DATA_REL = 'static/data';
export const GENERATED_REL = 'src/lib/generated';
/** One small file per catalog entry (FeatureFile), served at /data/features/<id>.json. */
export const STATIC_FEATURES_REL = 'static/data/features';

/**
 * The output root: `--out <dir>` on the command line, else the `GEODATA_OUT` environment
 * variable, else the repository root.
 */
export function resolveOutRoot(argv: readonly string[], env: NodeJS.ProcessEnv): string {
	const i = argv.indexOf('--out');
	const fromArg = i >= 0 ? argv[i + 1] : undefined;
	if (i >= 0 && !fromArg) throw new Error('--out needs a directory argument');
	const chosen = fromArg ?? env.GEODATA_OUT;
	return chosen ? path.resolve(chosen) : REPO_ROOT;
}
