/** The values of the Storybook theme global; each is a `data-lx-theme` the kit's stylesheet knows. */
export const STORY_THEMES = ['light', 'dark', 'high-contrast'] as const;

/** One of {@link STORY_THEMES}. */
export type StoryTheme = (typeof STORY_THEMES)[number];

/** Whether `value` is one of {@link STORY_THEMES}. */
export function isStoryTheme(value: unknown): value is StoryTheme {
  return typeof value === 'string' && (STORY_THEMES as readonly string[]).includes(value);
}
