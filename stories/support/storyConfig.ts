/** The top-up page stories configure, as an app would from its own config. */
export const STORY_TOP_UP_URL = 'https://console.luxxon.example/billing';

/** The support page stories configure. */
export const STORY_SUPPORT_URL = 'https://luxxon.example/support';

/** The home page stories configure (not-found screens lead with it). */
export const STORY_HOME_URL = '/';
