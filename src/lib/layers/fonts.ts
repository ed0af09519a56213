/**
 * Font stacks for map labels. There is no `glyphs` URL in our style, so MapLibre draws
 * every label locally with the page's fonts; these family names are declared by the
 * self-hosted @font-face rules in src/lib/map/fonts.css (Noto Sans, Latin + Cyrillic).
 * MapLibre sniffs the weight and style from the name, so the family names carry them.
 */
export const FONT_REGULAR = ['Noto Sans Regular'];
export const FONT_BOLD = ['Noto Sans Bold'];
export const FONT_ITALIC = ['Noto Sans Italic'];
