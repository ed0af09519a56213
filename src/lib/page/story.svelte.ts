/**
 * Which passage of the report story is being read. The page scrolls (a reader's own scrolling,
 * Page Down, arrow keys, a `#p-N` link); the passage whose top has passed the reading line is the
 * one read, and a passage that receives focus (Tab into its chips) is read at once.
 */
import { report } from '$lib/data/catalog';
import { activeIndex, storySteps, type StoryStep } from '$lib/report/story';

export const STORY_STEPS: readonly StoryStep[] = storySteps(report.passages);

/** After a jump (a `#p-N` link, focus), scrolling the browser does for it does not move the story. */
const SETTLE_MS = 600;

export class StoryProgress {
	index = $state(0);
	readonly step: StoryStep = $derived(STORY_STEPS[this.index] ?? STORY_STEPS[0]!);
	#heldUntil = 0;

	/** Goes to a passage by id (`p-N`); false if there is none. */
	goTo(passageId: string): boolean {
		const i = STORY_STEPS.findIndex((s) => s.passageId === passageId);
		if (i < 0) return false;
		this.index = i;
		this.#heldUntil = performance.now() + SETTLE_MS;
		return true;
	}

	/**
	 * Follows the page while `root` (the passages' container) is mounted; returns the cleanup.
	 * `readingLine` is the line, in viewport pixels from the top, a passage passes to be read.
	 */
	follow(root: HTMLElement, readingLine: () => number): () => void {
		let frame = 0;
		const update = () => {
			frame = 0;
			if (performance.now() < this.#heldUntil) return;
			const line = readingLine();
			const tops = STORY_STEPS.map(
				(s) =>
					(document.getElementById(s.passageId)?.getBoundingClientRect().top ?? Infinity) - line
			);
			this.index = activeIndex(tops);
		};
		const onScroll = () => {
			if (!frame) frame = requestAnimationFrame(update);
		};
		const onFocus = (ev: FocusEvent) => {
			const passage = (ev.target as Element | null)?.closest?.('[id^="p-"]');
			if (passage) this.goTo(passage.id);
		};
		const onHash = () => this.goTo(location.hash.slice(1));
		if (!onHash()) update();
		addEventListener('scroll', onScroll, { passive: true });
		addEventListener('resize', onScroll);
		addEventListener('hashchange', onHash);
		root.addEventListener('focusin', onFocus);
		return () => {
			cancelAnimationFrame(frame);
			removeEventListener('scroll', onScroll);
			removeEventListener('resize', onScroll);
			removeEventListener('hashchange', onHash);
			root.removeEventListener('focusin', onFocus);
		};
	}
}
