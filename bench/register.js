/**
 * `node --import ./bench/register.js file.ts` runs TypeScript with Node 20, which cannot strip
 * types itself. It installs the hooks of `ts-loader-hooks.js` in Node's loader thread.
 */
import { register } from 'node:module';

register('./ts-loader-hooks.js', import.meta.url);
