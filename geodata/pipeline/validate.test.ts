/**
 * Validation of authored inputs: the real files pass; every fixture in fixtures/broken-NAME
 * (one broken file over the minimal valid set in fixtures/valid/) gives exactly the issues its
 * expected.json lists, each naming the file, the feature id and the field.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildOutputs, GeodataInputError } from './build';
import { readAuthoredFiles, readJson } from './io';
import { AUTHORED_DIR, SOURCES_DIR } from './paths';
import { reportStructureSchema } from './schemas';
import { parseReport } from './steps/report';
import { projectContext, validateAuthored, type ValidationIssue } from './validate';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');
const VALID = path.join(FIXTURES, 'valid');

const structure = reportStructureSchema.parse(readJson(path.join(AUTHORED_DIR, 'report.json')));
const passages = parseReport(
	fs.readFileSync(path.join(SOURCES_DIR, structure.source), 'utf8'),
	structure
).passages;
const ctx = projectContext(passages);

function issuesFor(dir: string, fallback?: string): ValidationIssue[] {
	const read = readAuthoredFiles(dir, fallback);
	if (read.issues.length) return read.issues;
	const r = validateAuthored(read.files, ctx);
	return r.issues;
}

describe('validateAuthored', () => {
	it('accepts the project’s authored files', () => {
		expect(issuesFor(AUTHORED_DIR)).toEqual([]);
	});

	it('accepts the minimal valid fixture set', () => {
		expect(issuesFor(VALID)).toEqual([]);
	});

	const broken = fs
		.readdirSync(FIXTURES)
		.filter((d) => d.startsWith('broken-'))
		.sort();

	it('has broken fixtures for every error class', () => {
		expect(broken.length).toBeGreaterThanOrEqual(10);
	});

	for (const name of broken) {
		it(`rejects ${name}`, () => {
			const expected = readJson<{ issues: ValidationIssue[] }>(
				path.join(FIXTURES, name, 'expected.json')
			).issues;
			const issues = issuesFor(path.join(FIXTURES, name), VALID);
			expect(issues.map((i) => i.path).sort()).toEqual(expected.map((i) => i.path).sort());
			for (const e of expected) {
				const got = issues.find((i) => i.path === e.path);
				expect(got?.message, e.path).toContain(e.message);
			}
		});
	}

	it('is pure: the same input gives the same issues', () => {
		const dir = path.join(FIXTURES, 'broken-swapped-coordinates');
		expect(issuesFor(dir, VALID)).toEqual(issuesFor(dir, VALID));
	});

	it('makes the pipeline refuse to build, listing every problem', () => {
		const tmp = fs.mkdtempSync(path.join(import.meta.dirname, '../../node_modules/.geodata-test-'));
		try {
			fs.cpSync(AUTHORED_DIR, tmp, { recursive: true });
			const sites = readJson<{ id: string; layer: string }[]>(path.join(tmp, 'sites.json'));
			(sites.find((s) => s.id === 'fakhrabad') as { layer: string }).layer = 'nowhere';
			fs.writeFileSync(path.join(tmp, 'sites.json'), JSON.stringify(sites));
			expect(() => buildOutputs(tmp)).toThrow(GeodataInputError);
			expect(() => buildOutputs(tmp)).toThrow(
				/sites\.json\/fakhrabad\/layer: unknown layer "nowhere"/
			);
		} finally {
			fs.rmSync(tmp, { recursive: true, force: true });
		}
	});
});
