import path from 'node:path';

/**
 * The file under `root` that a request path names, or null when the path leaves `root` (plain or
 * percent-encoded `..`, backslashes, NUL) and must not be served.
 */
export function resolveRendererPath(root: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const relative = decoded.replace(/^\/+/, '') || 'index.html';
  const file = path.resolve(root, relative);
  const fromRoot = path.relative(path.resolve(root), file);
  if (fromRoot === '' || fromRoot.split(path.sep)[0] === '..' || path.isAbsolute(fromRoot))
    return null;
  return file;
}
