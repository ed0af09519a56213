import { previewTags } from '$lib/page/link-preview';
import { linkPreviewFor } from '$lib/server/link-preview';
import type { LayoutServerLoad } from './$types';

/**
 * The page's link preview as Open Graph and Twitter card tags, rendered by the root layout
 * (<LinkPreviewTags>); worked out on the server, so no page carries the catalog for it.
 */
export const load: LayoutServerLoad = ({ url }) => {
	const preview = linkPreviewFor(url);
	return { linkPreviewTags: preview ? previewTags(preview) : [] };
};
