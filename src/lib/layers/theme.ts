/**
 * Colour themes as data: light and dark are two objects of one interface, so every
 * layer builder reads colours from here and never hard-codes one (protomaps' flavors).
 * Feature colours come from the Okabe–Ito palette, which stays distinct for the common
 * colour-vision deficiencies; they are tuned per theme for contrast with the land.
 */
export type ThemeName = 'light' | 'dark';

export interface Theme {
	name: ThemeName;
	background: string;
	water: string;
	waterLine: string;
	river: string;
	neighbourLand: string;
	focusLand: string;
	countryLine: string;
	glacier: string;
	mountainText: string;
	text: string;
	textMuted: string;
	textHalo: string;
	/** Colours of the report's features, keyed by layer id. */
	feature: {
		afBorder: string;
		kgBorder: string;
		otherBorder: string;
		gbao: string;
		kharbmaydon: string;
		fakhrabad: string;
		base201: string;
		crossing: string;
		clash: string;
		china: string;
		russian: string;
		place: string;
	};
	/** Fill of precision circles and the halo of selected features. */
	precisionOpacity: number;
	selection: string;
	/** The analyst tools' overlays (`overlays/`); their casings and halos use `textHalo`. */
	tool: {
		measure: string;
		borderDistance: string;
		rangeRings: string;
	};
}

export const lightTheme: Theme = {
	name: 'light',
	background: '#dfe7ec',
	water: '#aac9dc',
	waterLine: '#7fa9c2',
	river: '#6f9fbf',
	neighbourLand: '#ecebe6',
	focusLand: '#fbfaf5',
	countryLine: '#9b978c',
	glacier: '#ffffff',
	mountainText: '#7a6a58',
	text: '#222222',
	textMuted: '#55534e',
	textHalo: '#ffffff',
	feature: {
		afBorder: '#D55E00',
		kgBorder: '#CC79A7',
		otherBorder: '#8a857a',
		gbao: '#0072B2',
		kharbmaydon: '#E69F00',
		fakhrabad: '#009E73',
		base201: '#1f1f1f',
		crossing: '#56B4E9',
		clash: '#9e1c6e',
		china: '#b8860b',
		russian: '#5a5a5a',
		place: '#333333'
	},
	precisionOpacity: 0.14,
	selection: '#000000',
	tool: {
		measure: '#1a1a1a',
		borderDistance: '#0b5cad',
		rangeRings: '#6a3d9a'
	}
};

export const darkTheme: Theme = {
	name: 'dark',
	background: '#0e1a24',
	water: '#1d3a50',
	waterLine: '#2f5672',
	river: '#3f7396',
	neighbourLand: '#1c2228',
	focusLand: '#2a3139',
	countryLine: '#5f6870',
	glacier: '#4a5660',
	mountainText: '#b8a48c',
	text: '#f2f2f2',
	textMuted: '#c4c8cc',
	textHalo: '#0b0f13',
	feature: {
		afBorder: '#FF8A3D',
		kgBorder: '#E59CC4',
		otherBorder: '#8d959c',
		gbao: '#56B4E9',
		kharbmaydon: '#F0B429',
		fakhrabad: '#2FD3A0',
		base201: '#F0E442',
		crossing: '#8fd0f5',
		clash: '#f07ac0',
		china: '#e6c15a',
		russian: '#c9c9c9',
		place: '#e8e8e8'
	},
	precisionOpacity: 0.2,
	selection: '#ffffff',
	tool: {
		measure: '#f2f2f2',
		borderDistance: '#7cc0ff',
		rangeRings: '#cfa8f5'
	}
};

export const THEMES: Record<ThemeName, Theme> = { light: lightTheme, dark: darkTheme };
