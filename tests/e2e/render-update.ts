/**
 * `npm run render:update`: rebuilds the app, then regenerates the reference images of the render
 * tests (tests/e2e/render.spec.ts-snapshots/) from it. Look at the new images before committing
 * them. Extra arguments go to Playwright (e.g. `-- -g home-dark` for one view).
 *
 * It refuses to run in CI: references are made on purpose, by someone who checks them, never
 * as a side effect of a test run. It also refuses when a server already answers on the test
 * port, because Playwright would reuse it, and it may be serving an older build.
 */
import { spawnSync } from 'node:child_process';

const PORT = Number(process.env.E2E_PORT || 4173);

if (process.env.CI) {
	console.error(
		'render:update refuses to run in CI (CI is set): reference images are regenerated on a ' +
			'developer machine, checked by eye, and committed.'
	);
	process.exit(1);
}

const busy = await fetch(`http://127.0.0.1:${PORT}/`).then(
	() => true,
	() => false
);
if (busy) {
	console.error(
		`render:update: a server already answers on port ${PORT}, and Playwright would reuse it ` +
			'(it may serve an older build). Stop it, or set E2E_PORT to a free port.'
	);
	process.exit(1);
}

function run(command: string, args: string[]): void {
	const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
	if (result.status !== 0) process.exit(result.status ?? 1);
}

run('npx', ['vite', 'build']);
run('npx', [
	'playwright',
	'test',
	'tests/e2e/render.spec.ts',
	'--update-snapshots=all',
	...process.argv.slice(2)
]);
