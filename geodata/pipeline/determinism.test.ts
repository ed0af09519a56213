/**
 * `npm run geodata` is deterministic and the committed outputs are current: rebuilding into a
 * temporary directory (GEODATA_OUT) gives byte-identical files, and adds nothing to the data
 * version's history (the changelog gains an entry only when the data changes).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
	GENERATED_REL,
	HISTORY_REL,
	REPO_ROOT,
	STATIC_DATA_REL,
	STATIC_FEATURES_REL
} from './paths';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'geodata-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('npm run geodata', () => {
	it('rebuilds byte-identical files', () => {
		execFileSync(
			process.execPath,
			[path.join(REPO_ROOT, 'node_modules/tsx/dist/cli.mjs'), 'geodata/pipeline/build.ts'],
			{ cwd: REPO_ROOT, env: { ...process.env, GEODATA_OUT: tmp }, stdio: 'pipe' }
		);
		const filesIn = (dir: string) =>
			fs
				.readdirSync(dir, { withFileTypes: true })
				.filter((d) => d.isFile())
				.map((d) => d.name)
				.sort();
		for (const rel of [STATIC_DATA_REL, STATIC_FEATURES_REL, GENERATED_REL, HISTORY_REL]) {
			const committed = filesIn(path.join(REPO_ROOT, rel));
			const rebuilt = filesIn(path.join(tmp, rel));
			expect(rebuilt, rel).toEqual(committed);
			for (const name of rebuilt) {
				const a = fs.readFileSync(path.join(REPO_ROOT, rel, name));
				const b = fs.readFileSync(path.join(tmp, rel, name));
				expect(b.equals(a), `${rel}/${name} differs from a fresh build`).toBe(true);
			}
		}
	}, 60_000);
});
