/** Words the analyst tools show for codes, in the page's language. */
import * as m from '$lib/paraglide/messages';
import type { Basis } from '$lib/data/types';

/** How a site's position is known, as the sites table words it ("sourced", "estimated"). */
export function basisLabel(basis: Basis | string): string {
	if (basis === 'sourced') return m.analyst_basis_sourced();
	if (basis === 'estimated') return m.analyst_basis_estimated();
	return basis;
}
