// `@luxxon/react-errors/devtools/production`: the error lab whatever the build (a staging
// build, a QA session in production): import it lazily, so that only those who open it load it.
export { LuxxonDevtools } from './LuxxonDevtools';
export type { LuxxonDevtoolsProps } from './LuxxonDevtools';
