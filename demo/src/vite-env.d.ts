/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The API base URL `npm run demo` passes when the page has no `?api=`. */
  readonly VITE_LUXXON_API?: string;
}
