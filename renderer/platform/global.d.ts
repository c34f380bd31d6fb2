import type { KioskBridge } from '../../shared/ipc';

declare global {
  interface Window {
    /** Present only inside Electron, exposed by electron/preload.ts. Use getPlatform(), not this. */
    readonly kiosk?: KioskBridge;
  }
}

export {};
