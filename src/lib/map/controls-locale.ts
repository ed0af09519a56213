/**
 * MapLibre's own words (its controls' labels and tooltips, the scale bar's units, the
 * cooperative-gestures hint), given to the map as its `locale` option, in the page's language.
 * Only the controls the app adds are listed; the English messages are MapLibre's defaults.
 */
import * as m from '$lib/paraglide/messages';

/** The keys of MapLibre's locale table (its `defaultLocale`) the app's controls read. */
export type ControlStringKey =
	| 'AttributionControl.ToggleAttribution'
	| 'FullscreenControl.Enter'
	| 'FullscreenControl.Exit'
	| 'NavigationControl.ResetBearing'
	| 'NavigationControl.ZoomIn'
	| 'NavigationControl.ZoomOut'
	| 'Popup.Close'
	| 'ScaleControl.Meters'
	| 'ScaleControl.Kilometers'
	| 'CooperativeGesturesHandler.WindowsHelpText'
	| 'CooperativeGesturesHandler.MacHelpText'
	| 'CooperativeGesturesHandler.MobileHelpText';

/** The table for a map created now (call it when the map is made, not when a module loads). */
export function mapControlsLocale(): Record<ControlStringKey, string> {
	return {
		'AttributionControl.ToggleAttribution': m.map_control_attribution_toggle(),
		'FullscreenControl.Enter': m.map_control_fullscreen_enter(),
		'FullscreenControl.Exit': m.map_control_fullscreen_exit(),
		'NavigationControl.ResetBearing': m.map_control_reset_bearing(),
		'NavigationControl.ZoomIn': m.map_control_zoom_in(),
		'NavigationControl.ZoomOut': m.map_control_zoom_out(),
		'Popup.Close': m.map_popup_close(),
		'ScaleControl.Meters': m.map_control_scale_meters(),
		'ScaleControl.Kilometers': m.map_control_scale_kilometers(),
		'CooperativeGesturesHandler.WindowsHelpText': m.map_control_gestures_windows(),
		'CooperativeGesturesHandler.MacHelpText': m.map_control_gestures_mac(),
		'CooperativeGesturesHandler.MobileHelpText': m.map_control_gestures_mobile()
	};
}
