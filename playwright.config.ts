import { defineConfig, devices } from '@playwright/test';

/**
 * Browser tests run against the BUILT app (`npm run build` first) served by adapter-node,
 * in Debian's Chromium: Playwright cannot download its own browsers here. Set
 * CHROMIUM_PATH to use another Chromium. WebGL runs on SwiftShader in headless mode.
 */
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const PORT = Number(process.env.E2E_PORT || 4173);

export default defineConfig({
	testDir: 'tests/e2e',
	timeout: 60_000,
	expect: { timeout: 15_000 },
	fullyParallel: false,
	// Two cores shared by the server, Chromium and SwiftShader: two workers is the sweet spot.
	workers: 2,
	retries: process.env.CI ? 1 : 0,
	reporter: [['list']],
	// one folder per port, so engineers running suites side by side don't clobber artefacts
	outputDir: process.env.E2E_PORT ? `test-results/port-${PORT}` : 'test-results',
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		trace: 'retain-on-failure',
		launchOptions: {
			executablePath,
			args: [
				'--enable-unsafe-swiftshader',
				'--no-sandbox',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run'
			]
		}
	},
	projects: [
		{
			name: 'chromium',
			use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } }
		}
	],
	webServer: {
		// what `npm start` runs: adapter-node's handler plus the /data cache policy (server.js)
		command: 'node server.js',
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000,
		env: { PORT: String(PORT), HOST: '127.0.0.1', ORIGIN: `http://127.0.0.1:${PORT}` }
	}
});
