import Ajv from 'ajv';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// js-yaml ships without types; it comes with electron-builder, which reads this same file with it.
const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };
const root = path.resolve(import.meta.dirname, '..');

const config = yaml.load(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as Record<
  string,
  unknown
> & {
  win: { target: { target: string; arch: string[] }[]; icon: string };
  linux: { target: { target: string }[]; icon: string };
  files: string[];
};

describe('electron-builder.yml', () => {
  it("is valid against electron-builder's own JSON schema", () => {
    const schema = JSON.parse(
      readFileSync(path.join(root, 'node_modules/app-builder-lib/scheme.json'), 'utf8'),
    ) as object;
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    const valid = validate(config);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('names the product and targets Windows NSIS x64, AppImage and deb', () => {
    expect(config.appId).toBe('cn.gov.xuhui.sf.livingroom');
    expect(config.productName).toBe('公共法律服务客厅');
    expect(config.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.linux.target.map((t) => t.target)).toEqual(['AppImage', 'deb']);
  });

  it('packages only the built renderer and main process, and the icons exist', () => {
    expect(config.files).toEqual(
      expect.arrayContaining(['dist/renderer/**/*', 'dist-electron/**/*', '!node_modules']),
    );
    for (const icon of [config.win.icon, config.linux.icon])
      expect(existsSync(path.join(root, icon))).toBe(true);
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      main: string;
    };
    expect(pkg.main).toBe('dist-electron/main.cjs');
  });

  it('has the .deb pull in the fonts and the speech engine the screens rely on', () => {
    const deb = config.deb as { depends: string[] };
    expect(deb.depends).toEqual(
      expect.arrayContaining([
        'fonts-noto-cjk',
        'fonts-liberation',
        'speech-dispatcher',
        'speech-dispatcher-espeak-ng',
      ]),
    );
  });

  it('turns off the fuses that would let someone run the binary as plain Node', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
    });
  });
});
