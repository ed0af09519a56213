import routeGroups from './route-groups.json';

/**
 * Which message groups (folders of messages/) each route shows (route-groups.json, which the build
 * reads too: the first page's groups come in one chunk, scripts/i18n-locale-split.js). The browser
 * loads these, in the page's language only, before the first page starts (src/hooks.client.ts) and
 * before each page it navigates to renders (src/routes/+layout.ts); a message from a group its page
 * did not load logs an error, which the browser tests fail on.
 */
const ROUTE_GROUPS: Record<string, readonly string[]> = routeGroups;

/**
 * The groups of code loaded on demand (`withMessages`): what a page shows only after a click or
 * with a URL parameter, so /embed's first load carries none of their words.
 */
export const LAZY_GROUPS = {
	/** the Cite dialog (its code box is the site's) */
	citeDialog: ['cite', 'site'],
	/** the notice about links made with older data */
	versionNotice: ['cite'],
	/** a feature's record, for its popup (`data/features.ts`) */
	featureFile: ['details'],
	/** the popup: details, passages and its Copy link */
	selectionPopup: ['details', 'site'],
	/** search: the box, place kinds and passage labels */
	search: ['search', 'details'],
	/** the embed's measure read-out */
	measureReadout: ['measure'],
	/** a host page's commands to an embed: their errors are the URL parser's */
	hostCommands: ['url'],
	/** the story embed: its passage, chips and navigation */
	storyEmbed: ['report', 'details']
} as const satisfies Record<string, readonly string[]>;

/** The groups for a route id (null: a page that does not exist, which shows the error page). */
export function groupsFor(routeId: string | null): readonly string[] {
	return (routeId && ROUTE_GROUPS[routeId]) || ['common'];
}

/** The route id of a path (every route here is a fixed path; a trailing slash is forgiven). */
export function routeForPath(pathname: string): string | null {
	const path = (pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname) || '/';
	return path in ROUTE_GROUPS ? path : null;
}
