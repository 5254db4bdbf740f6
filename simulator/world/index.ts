// The simulated Luxxon API's world: its state, its rules (`decide`) and what
// changes it. Pure TypeScript (no Node, no DOM), shared by the Node simulator
// (../createLuxxonSimulator.ts) and the stories' fetch (stories/flows).
export { decide, DETAIL_MARKER, HTML_ERROR_PAGE } from './decide';
export type { ApiAnswer, ApiRequest, Decision } from './decide';
export { isLiveViewRequest, LIVE_VIEWS_PATH, LOGIN_PATH, parseBody, SIMULATED_PLACE } from './liveView';
export type { LiveViewGrant, LiveViewRequestBody } from './liveView';
export { recordOf } from './RequestRecord';
export type { RequestRecord } from './RequestRecord';
export { isScenarioName, SCENARIOS, worldFor } from './scenarios';
export type { ScenarioName, ScenarioOptions } from './scenarios';
export { bringOperatorOnline, signIn, switchScenario, topUp } from './transitions';
export { WALLET_PATH } from './wallet';
export type { WalletBalance } from './wallet';
export { createWorld, DEMO_TOKEN } from './World';
export type { Fault, World } from './World';
