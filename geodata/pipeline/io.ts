/**
 * Reading inputs: the source files (trusted, from geodata/sources/) and the authored files
 * (untrusted, from geodata/authored/ or a test fixture folder). A file that is missing or not
 * JSON becomes a `{ path, message }` issue, like every other authored-input problem.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AUTHORED_FILE_NAMES, type AuthoredFiles, type ValidationIssue } from './validate';

/** Parses a JSON file; throws with the file's path on failure (for trusted inputs). */
export function readJson<T>(file: string): T {
	try {
		return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
	} catch (e) {
		throw new Error(`${file}: ${(e as Error).message}`, { cause: e });
	}
}

/**
 * Reads the authored files from `dir`. With `fallbackDir`, a file missing from `dir` is read
 * from there (fixtures hold only the file they break).
 */
export function readAuthoredFiles(
	dir: string,
	fallbackDir?: string
): { files: AuthoredFiles; issues: ValidationIssue[] } {
	const issues: ValidationIssue[] = [];
	const read = (key: keyof AuthoredFiles): unknown => {
		const name = AUTHORED_FILE_NAMES[key];
		let file = path.join(dir, name);
		if (!fs.existsSync(file) && fallbackDir) file = path.join(fallbackDir, name);
		let text: string;
		try {
			text = fs.readFileSync(file, 'utf8');
		} catch {
			issues.push({ path: name, message: `cannot read ${file}` });
			return null;
		}
		try {
			return JSON.parse(text) as unknown;
		} catch (e) {
			issues.push({ path: name, message: `not valid JSON: ${(e as Error).message}` });
			return null;
		}
	};
	const files: AuthoredFiles = {
		sites: read('sites'),
		borders: read('borders'),
		regions: read('regions'),
		passageLinks: read('passageLinks'),
		events: read('events'),
		claims: read('claims')
	};
	return { files, issues };
}
