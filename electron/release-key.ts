/**
 * The public half of the district's renderer release key (Ed25519, SPKI PEM), built in by
 * scripts/build-electron.ts from the file named by RENDERER_RELEASE_PUBLIC_KEY. A build without
 * one takes no renderer updates at all: it runs the renderer it was installed with.
 */
declare const __RENDERER_RELEASE_PUBLIC_KEY__: string | undefined;

export const RENDERER_RELEASE_PUBLIC_KEY: string | null =
  typeof __RENDERER_RELEASE_PUBLIC_KEY__ === 'string' && __RENDERER_RELEASE_PUBLIC_KEY__ !== ''
    ? __RENDERER_RELEASE_PUBLIC_KEY__
    : null;
