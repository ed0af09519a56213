// `npm run i18n`: compile messages/ into src/lib/paraglide (the Vite plugin does the same on build).
import { compile } from '@inlang/paraglide-js';
import { i18nOptions } from './i18n-options.js';

await compile(i18nOptions);
