/**
 * The shipped nginx set-up (deploy/nginx/) run for real, without root and without touching
 * /etc/nginx: a temporary prefix holds a small nginx.conf (pid, logs, temp paths, one plain-http
 * server on 127.0.0.1) that includes copies of the shipped conf.d and snippets files, with only
 * the app's address, the cache directory and the build's root replaced. Used by
 * tests/e2e/proxy.spec.ts and bench/load.ts.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const DEPLOY = resolve(dirname(fileURLToPath(import.meta.url)), '../../deploy/nginx');

/** The nginx binary (Debian package `nginx`), or null. /usr/sbin is often not on a user's PATH. */
export function findNginx(): string | null {
	const dirs = [...(process.env.PATH ?? '').split(delimiter), '/usr/sbin', '/usr/local/sbin'];
	for (const dir of dirs) {
		const bin = join(dir, 'nginx');
		if (dir && existsSync(bin) && spawnSync(bin, ['-v']).status === 0) return bin;
	}
	return null;
}

/** `text` with `from` replaced by `to`; fails when `from` is not there exactly once. */
function replaceOnce(text: string, from: string, to: string, file: string): string {
	const count = text.split(from).length - 1;
	if (count !== 1) throw new Error(`${file}: expected "${from}" once, found it ${count} times`);
	return text.replace(from, to);
}

export interface NginxProxy {
	port: number;
	prefix: string;
	stop: () => Promise<void>;
}

/**
 * Starts nginx on 127.0.0.1:`port` in front of the app at `appPort`, serving `/_app/immutable/`
 * from `clientDir` (the build's client folder).
 */
export async function startNginxProxy(options: {
	nginx: string;
	port: number;
	appPort: number;
	clientDir: string;
	workers?: number;
}): Promise<NginxProxy> {
	const { nginx, port, appPort, clientDir } = options;
	const prefix = preparePrefix(appPort, clientDir);
	const args = nginxArgs(prefix);
	writeFileSync(
		join(prefix, 'nginx.conf'),
		mainConfig(prefix, options.workers ?? 1, [
			'  server {',
			`    listen 127.0.0.1:${port};`,
			`    include ${join(prefix, PROXY_FILE)};`,
			'  }'
		])
	);
	const test = spawnSync(nginx, [...args, '-t'], { encoding: 'utf8' });
	if (test.status !== 0) throw new Error(`nginx -t failed:\n${test.stderr}`);
	const child = spawn(nginx, args, { stdio: ['ignore', 'ignore', 'pipe'] });
	let stderr = '';
	child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
	await waitForPort(port, child, () => stderr);
	return { port, prefix, stop: () => stopNginx(child, prefix) };
}

const HTTP_FILE = 'conf.d/frontier-map.conf';
const PROXY_FILE = 'snippets/frontier-map-proxy.conf';
const SITE_FILE = 'sites-available/frontier-map';

/** A temporary prefix with copies of the shipped files, pointed at `appPort` and `clientDir`. */
function preparePrefix(appPort: number, clientDir: string): string {
	const prefix = mkdtempSync(join(tmpdir(), 'frontier-nginx-'));
	for (const dir of ['conf.d', 'snippets', 'sites-available', 'cache', 'temp'])
		mkdirSync(join(prefix, dir));

	let http = readFileSync(join(DEPLOY, HTTP_FILE), 'utf8');
	http = replaceOnce(http, '/var/cache/nginx/frontier-map', join(prefix, 'cache'), HTTP_FILE);
	http = replaceOnce(http, 'server 127.0.0.1:3000;', `server 127.0.0.1:${appPort};`, HTTP_FILE);
	writeFileSync(join(prefix, HTTP_FILE), http);
	const proxy = replaceOnce(
		readFileSync(join(DEPLOY, PROXY_FILE), 'utf8'),
		'root /srv/frontier-map/build/client;',
		`root ${clientDir};`,
		PROXY_FILE
	);
	writeFileSync(join(prefix, PROXY_FILE), proxy);
	return prefix;
}

function nginxArgs(prefix: string): string[] {
	return ['-p', `${prefix}/`, '-e', join(prefix, 'error.log'), '-c', join(prefix, 'nginx.conf')];
}

/** nginx.conf for the prefix: pid, logs and temp files inside it, the shipped http part, `servers`. */
function mainConfig(prefix: string, workers: number, servers: string[]): string {
	const temp = (name: string) => `${name}_temp_path ${join(prefix, 'temp', name)};`;
	return [
		// as root, workers would switch to `nobody`, who cannot write the private cache folder
		process.getuid?.() === 0 ? 'user root root;' : '',
		'daemon off;',
		`worker_processes ${workers};`,
		`pid ${join(prefix, 'nginx.pid')};`,
		`error_log ${join(prefix, 'error.log')} warn;`,
		'events { worker_connections 4096; }',
		'http {',
		'  include /etc/nginx/mime.types;',
		'  default_type application/octet-stream;',
		// Debian's nginx.conf says the same
		'  sendfile on;',
		'  tcp_nopush on;',
		'  access_log off;',
		`  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}`,
		`  include ${join(prefix, HTTP_FILE)};`,
		...servers,
		'}',
		''
	].join('\n');
}

/**
 * `nginx -t` on the whole shipped set-up, the TLS site included (with a throw-away self-signed
 * certificate from `openssl`): the messages, or null when it is valid.
 */
export function checkSiteConfig(nginx: string): string | null {
	const prefix = preparePrefix(3000, '/srv/frontier-map/build/client');
	try {
		const cert = join(prefix, 'cert.pem');
		const key = join(prefix, 'key.pem');
		const openssl = spawnSync(
			'openssl',
			[
				...['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1'],
				...['-subj', '/CN=map.example', '-keyout', key, '-out', cert]
			],
			{ encoding: 'utf8' }
		);
		if (openssl.status !== 0) return `openssl failed: ${openssl.stderr}`;
		let site = readFileSync(join(DEPLOY, SITE_FILE), 'utf8');
		site = replaceOnce(site, '/etc/letsencrypt/live/map.example/fullchain.pem', cert, SITE_FILE);
		site = replaceOnce(site, '/etc/letsencrypt/live/map.example/privkey.pem', key, SITE_FILE);
		writeFileSync(join(prefix, SITE_FILE), site);
		writeFileSync(
			join(prefix, 'nginx.conf'),
			mainConfig(prefix, 1, [`  include ${join(prefix, SITE_FILE)};`])
		);
		const test = spawnSync(nginx, [...nginxArgs(prefix), '-t'], { encoding: 'utf8' });
		return test.status === 0 ? null : test.stderr;
	} finally {
		rmSync(prefix, { recursive: true, force: true });
	}
}

async function waitForPort(port: number, child: ChildProcess, stderr: () => string) {
	const deadline = Date.now() + 10_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`nginx exited: ${stderr()}`);
		const open = await new Promise<boolean>((ok) => {
			const socket = connect(port, '127.0.0.1', () => {
				socket.end();
				ok(true);
			});
			socket.on('error', () => ok(false));
		});
		if (open) return;
		await new Promise((r) => setTimeout(r, 100));
	}
	child.kill('SIGKILL');
	throw new Error(`nginx did not listen on ${port}: ${stderr()}`);
}

/** Fast shutdown (SIGTERM to the master, which stops its workers), then the prefix goes. */
function stopNginx(child: ChildProcess, prefix: string): Promise<void> {
	return new Promise((ok) => {
		const done = () => {
			rmSync(prefix, { recursive: true, force: true });
			ok();
		};
		if (child.exitCode !== null) return done();
		const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
		child.once('exit', () => {
			clearTimeout(force);
			done();
		});
		child.kill('SIGTERM');
	});
}
