/**
 * Set by scripts/build-electron.ts through esbuild's `define`. A kiosk build locks the machine
 * down (kiosk window, no devtools, no reload keys); a developer build (`npm start`) does not.
 */
declare const __KIOSK_BUILD__: boolean | undefined;

export const KIOSK_BUILD: boolean = typeof __KIOSK_BUILD__ === 'boolean' ? __KIOSK_BUILD__ : false;
