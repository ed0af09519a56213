import { describe, expect, it } from 'vitest';
import { THEMES, TOGGLE_GROUPS } from '$lib/layers';
import { DEFAULT_LAYER_IDS } from '$lib/layers/layer-ids';
import { figureLegend } from './legend';

const { light, dark } = THEMES;

describe('figureLegend', () => {
	it('lists the entries of the visible layers only, in the legend order of the registry', () => {
		const visible = ['tj-af-border', 'gbao'] as const;
		const labels = figureLegend(light, [...visible]).map((e) => e.label);
		const inRegistryOrder = TOGGLE_GROUPS.filter((g) =>
			(visible as readonly string[]).includes(g.id)
		);
		expect(labels).toEqual(inRegistryOrder.flatMap((g) => g.legend(light).map((e) => e.label)));
		expect(labels.sort()).toEqual(['GBAO', 'Tajik–Afghan border']);
	});

	it('takes its labels, symbols and colours from the layer registry, per theme', () => {
		const af = TOGGLE_GROUPS.find((g) => g.id === 'tj-af-border')!;
		expect(figureLegend(dark, ['tj-af-border'])).toEqual(af.legend(dark));
		expect(figureLegend(dark, ['tj-af-border'])[0]?.color).toBe(dark.feature.afBorder);
		expect(figureLegend(light, ['tj-af-border'])[0]?.color).toBe(light.feature.afBorder);
	});

	it('adds the site conventions when a site layer is on, and only then', () => {
		const withSite = figureLegend(light, ['tj-af-border', 'kharbmaydon']).map((e) => e.label);
		expect(withSite).toContain('Sourced coordinate');
		expect(withSite).toContain('Precision circle');
		const noSite = figureLegend(light, ['tj-af-border', 'rivers']).map((e) => e.label);
		expect(noSite).not.toContain('Sourced coordinate');
	});

	it('is empty with every layer off, and has one entry per visible group by default', () => {
		expect(figureLegend(light, [])).toEqual([]);
		const entries = figureLegend(light, DEFAULT_LAYER_IDS);
		for (const id of DEFAULT_LAYER_IDS) {
			const group = TOGGLE_GROUPS.find((g) => g.id === id)!;
			for (const e of group.legend(light)) expect(entries).toContainEqual(e);
		}
	});
});
