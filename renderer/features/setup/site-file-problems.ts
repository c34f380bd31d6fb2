/**
 * Why a site file could not be used: the stick could not be read (`not_found`, `unsupported`,
 * `unreadable`, `too_large`), or the file is not a good one (shared/site-file.ts). Each is an
 * i18n key under `setup.siteFile.problem`.
 */
export const SITE_FILE_READ_PROBLEMS = [
  'not_found',
  'unsupported',
  'unreadable',
  'too_large',
  'incomplete',
  'insecure_hub',
  'invalid',
] as const;
export type SiteFileReadProblem = (typeof SITE_FILE_READ_PROBLEMS)[number];
