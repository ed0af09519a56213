/**
 * Which message groups (folders of messages/) each route shows. The browser loads these, in the
 * page's language only, before the first page starts (src/hooks.client.ts) and before each page
 * it navigates to renders (src/routes/+layout.ts); a message from a group its page did not load
 * logs an error, which the browser tests fail on.
 */
const ROUTE_GROUPS: Record<string, readonly string[]> = {
	'/': ['common', 'layers', 'map', 'url', 'home', 'analyst'],
	'/embed': ['common', 'layers', 'map', 'url', 'embed'],
	'/embed/builder': ['common', 'layers', 'map', 'url', 'builder'],
	'/embed/docs': ['common', 'docs'],
	'/report': ['common', 'layers', 'map', 'report'],
	'/about': ['common', 'layers', 'about', 'analyst'],
	'/data': ['common', 'data']
};

/** The groups for a route id (null: a page that does not exist, which shows the error page). */
export function groupsFor(routeId: string | null): readonly string[] {
	return (routeId && ROUTE_GROUPS[routeId]) || ['common'];
}

/** The groups for a path (every route here is a fixed path; a trailing slash is forgiven). */
export function groupsForPath(pathname: string): readonly string[] {
	const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
	return groupsFor(path || '/');
}
