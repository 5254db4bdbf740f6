import { STORY_THEMES, type StoryTheme } from '../stories/support/storyThemes';

const TITLES: Record<StoryTheme, string> = {
  light: 'Light',
  dark: 'Dark',
  'high-contrast': 'High contrast (forced-colours preview)',
};

/**
 * The theme toolbar: the kit's themes, set as `data-lx-theme` on `<html>`.
 * Windows' forced colours cannot be switched on from a page; "High contrast"
 * is the kit's own high-contrast theme, the closest preview (for the real
 * thing: DevTools → Rendering → Emulate CSS media feature forced-colors).
 */
export const THEME_TOOLBAR_ITEMS = STORY_THEMES.map((value) => ({ value, title: TITLES[value] }));
