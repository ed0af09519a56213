import { describe, expect, it } from 'vitest';
import { catalog, passagesOf } from './catalog';
import { knownFeatureIds, loadFeature } from './features';
import { REQUIRED_FEATURE_IDS } from './ids';

describe('one module per feature (src/lib/generated/features/)', () => {
	it('knows exactly the catalog’s ids, the required ones among them', () => {
		expect([...knownFeatureIds].sort()).toEqual(catalog.map((e) => e.id).sort());
		for (const id of REQUIRED_FEATURE_IDS) expect(knownFeatureIds.has(id), id).toBe(true);
	});

	it('loads the same entry and cited passages as the whole catalog', async () => {
		for (const entry of catalog) {
			const file = await loadFeature(entry.id);
			expect(file?.entry, entry.id).toEqual(entry);
			expect(file?.passages, entry.id).toEqual(passagesOf(entry));
		}
	});

	it('answers null for an id it does not know, whatever it looks like', async () => {
		for (const id of ['atlantis', '', '../catalog', 'features/gbao', '__proto__', 'constructor'])
			await expect(loadFeature(id)).resolves.toBeNull();
	});
});
