/**
 * `npm run demo`: starts the Luxxon API simulator and the demo's Vite dev
 * server, both on 127.0.0.1, and prints the URL to open. Ctrl-C stops both.
 * Switch scenarios from the panel under the live view.
 */
import { createServer } from 'vite';
import { createLuxxonSimulator } from '../simulator/createLuxxonSimulator';
import { demoViteConfig } from './demoViteConfig';

const simulator = await createLuxxonSimulator({ scenario: 'ok', latencyMs: 300, port: Number(process.env.SIMULATOR_PORT ?? 0) });
process.env.VITE_LUXXON_API = simulator.url;
const server = await createServer(demoViteConfig({ port: Number(process.env.PORT ?? 5173) }));
await server.listen();
const base = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:5173/';
console.log(`Luxxon API simulator: ${simulator.url}`);
console.log(`Demo: ${base}?panel=1&api=${encodeURIComponent(simulator.url)}`);

const stop = async () => {
  await Promise.allSettled([server.close(), simulator.close()]);
  process.exit(0);
};
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());
