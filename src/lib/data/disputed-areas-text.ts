/**
 * The disputed areas of boundaries.ts in the page's language, for /about. The English messages
 * say exactly what DISPUTED_AREAS_AS_DRAWN says (a unit test checks), so a translation cannot
 * drift from the statement the pipeline's tests check against the data.
 */
import * as m from '$lib/paraglide/messages';
import type { DisputedAreaAsDrawn } from './disputed-areas';

interface DisputedAreaText {
	name: string;
	asDrawn: string;
	dispute: string;
}

/** Message functions by the area's English name (called at render time, never at load). */
const MESSAGES: Record<string, () => DisputedAreaText> = {
	'Aksai Chin': () => ({
		name: m.about_disputed_aksai_chin_name(),
		asDrawn: m.about_disputed_aksai_chin_as_drawn(),
		dispute: m.about_disputed_aksai_chin_dispute()
	}),
	'Shaksgam Valley': () => ({
		name: m.about_disputed_shaksgam_name(),
		asDrawn: m.about_disputed_shaksgam_as_drawn(),
		dispute: m.about_disputed_shaksgam_dispute()
	}),
	Kashmir: () => ({
		name: m.about_disputed_kashmir_name(),
		asDrawn: m.about_disputed_kashmir_as_drawn(),
		dispute: m.about_disputed_kashmir_dispute()
	})
};

/** An area's name and sentences in the page's language; an area without messages stays English. */
export function disputedAreaText(area: DisputedAreaAsDrawn): DisputedAreaText {
	return MESSAGES[area.name]?.() ?? area;
}
