/**
 * The length units the app offers (the `units=` URL parameter), on their own so that code that
 * only names a unit (the URL codecs, the embed) does not load the formatters in units.ts.
 */
export type LengthUnit = 'km' | 'mi' | 'nmi';

export const LENGTH_UNITS: readonly LengthUnit[] = ['km', 'mi', 'nmi'];
