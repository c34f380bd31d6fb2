import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCommand, parseTtl, UsageError, type CommandLineContext } from './args';

const context: CommandLineContext = { env: {}, projectRoot: '/project', cwd: '/home/admin' };
const parse = (line: string, ctx: CommandLineContext = context) =>
  parseCommand(line.split(' ').filter(Boolean), ctx);

function usageError(line: string, ctx: CommandLineContext = context): string {
  try {
    parse(line, ctx);
  } catch (error) {
    if (error instanceof UsageError) return error.message;
    throw error;
  }
  return 'accepted';
}

describe('parseCommand', () => {
  it('serves on 127.0.0.1:8787 from .hub-data in the project by default', () => {
    expect(parse('serve')).toEqual({
      kind: 'serve',
      dataDir: path.resolve('/project/.hub-data'),
      port: 8787,
      host: '127.0.0.1',
      demo: false,
      corsOrigins: [],
      trustedProxies: [],
    });
  });

  it('trusts the reverse proxies in --trust-proxy or HUB_TRUST_PROXY, the flag first', () => {
    const env = { HUB_TRUST_PROXY: ' 127.0.0.1, ,::1 ' };
    expect(parse('serve', { ...context, env })).toMatchObject({
      trustedProxies: ['127.0.0.1', '::1'],
    });
    expect(
      parse('serve --trust-proxy 10.20.0.0/16,fd00::/8,192.168.1.7/32', { ...context, env }),
    ).toMatchObject({ trustedProxies: ['10.20.0.0/16', 'fd00::/8', '192.168.1.7/32'] });
  });

  it('refuses a proxy that is not an IP address or CIDR range, naming where it came from', () => {
    for (const bad of [
      'loopback',
      'localhost',
      'true',
      '*',
      '10.0.0.0/33',
      '::1/129',
      '10.0.0.0/0',
      '10.0.0.0/8/8',
      '010.0.0.1',
      '256.1.1.1',
      '10.0.0.1:8080',
      'https://proxy.example',
    ]) {
      expect(usageError('serve', { ...context, env: { HUB_TRUST_PROXY: bad } })).toMatch(
        /^HUB_TRUST_PROXY: ".*" is not an IP address or CIDR range/,
      );
      expect(usageError(`serve --trust-proxy ${bad}`)).toMatch(
        /^--trust-proxy: ".*" is not an IP address or CIDR range/,
      );
    }
    expect(usageError('serve --trust-proxy')).toMatch(/trust-proxy/);
  });

  it('reads extra CORS origins from HUB_CORS_ORIGINS and refuses anything but plain origins', () => {
    const env = { HUB_CORS_ORIGINS: ' https://desk.xuhui.example:8443, ,http://127.0.0.1:5173 ' };
    expect(parse('serve', { ...context, env })).toMatchObject({
      corsOrigins: ['https://desk.xuhui.example:8443', 'http://127.0.0.1:5173'],
    });
    for (const bad of [
      '*',
      'null',
      'https://evil.example/',
      'https://a.example/path',
      'HTTPS://A',
    ]) {
      expect(usageError('serve', { ...context, env: { HUB_CORS_ORIGINS: bad } })).toMatch(
        /HUB_CORS_ORIGINS: .* is not an origin/,
      );
    }
  });

  it('takes flags over HUB_PORT/HUB_HOST/HUB_DATA_DIR, and those over defaults', () => {
    const env = { HUB_PORT: '9000', HUB_HOST: '0.0.0.0', HUB_DATA_DIR: 'hub-data' };
    expect(parse('serve', { ...context, env })).toMatchObject({
      port: 9000,
      host: '0.0.0.0',
      dataDir: path.resolve('/home/admin/hub-data'),
    });
    expect(
      parse('serve --port 8080 --host ::1 --data /srv/hub --demo', { ...context, env }),
    ).toMatchObject({ port: 8080, host: '::1', dataDir: path.resolve('/srv/hub'), demo: true });
  });

  it('reads two-word commands with their options, resolving files from where the admin typed', () => {
    expect(parse('code issue --site xujiahui --ttl 2h')).toMatchObject({
      kind: 'code issue',
      siteId: 'xujiahui',
      ttlMs: 2 * 3600_000,
    });
    expect(parse('code issue --site xujiahui')).toMatchObject({ ttlMs: 24 * 3600_000 });
    expect(parse('rota set --site xujiahui --file rota.json')).toMatchObject({
      kind: 'rota set',
      file: path.resolve('/home/admin/rota.json'),
    });
    expect(parse('device revoke dev_abc')).toMatchObject({
      kind: 'device revoke',
      deviceId: 'dev_abc',
    });
    expect(parse('site add --street tianlin --room 田林客厅 --address 二楼')).toMatchObject({
      kind: 'site add',
      street: 'tianlin',
      room: '田林客厅',
      address: '二楼',
    });
    expect(parse('')).toEqual({ kind: 'help' });
  });

  it('refuses bad command lines with a message that says what to fix', () => {
    expect(usageError('launch')).toMatch(/unknown command "launch"/);
    expect(usageError('site remove')).toMatch(/unknown command "site remove"/);
    expect(usageError('serve --port 99999')).toMatch(/--port must be a port number/);
    expect(usageError('serve', { ...context, env: { HUB_PORT: 'eighty' } })).toMatch(
      /HUB_PORT must be a port number/,
    );
    expect(usageError('serve --verbose')).toMatch(/Unknown option '--verbose'/);
    expect(usageError('site add --street atlantis --room a --address b')).toMatch(
      /--street must be one of tianping/,
    );
    expect(usageError('site add --street xujiahui --address b')).toMatch(/--room is required/);
    expect(usageError('code issue --ttl 2h')).toMatch(/--site is required/);
    expect(usageError('device revoke')).toMatch(/expected 1 argument/);
    expect(usageError('device revoke a b')).toMatch(/expected 1 argument/);
    expect(usageError('status now')).toMatch(/expected 0 argument/);
  });
});

describe('parseTtl', () => {
  it('reads minutes, hours and days up to 30 days', () => {
    expect(parseTtl('30m')).toBe(30 * 60_000);
    expect(parseTtl('24h')).toBe(24 * 3600_000);
    expect(parseTtl('30d')).toBe(30 * 24 * 3600_000);
    expect(() => parseTtl('31d')).toThrow(UsageError);
    expect(() => parseTtl('0h')).toThrow(UsageError);
    expect(() => parseTtl('1 day')).toThrow(/30m, 24h or 7d/);
  });
});

describe('team and case commands', () => {
  it('read the service, the case and the text', () => {
    expect(parse('team add --service legalAid --name 法援中心')).toMatchObject({
      kind: 'team add',
      service: 'legalAid',
      name: '法援中心',
    });
    expect(parse('team revoke team_abc')).toMatchObject({
      kind: 'team revoke',
      teamId: 'team_abc',
    });
    expect(parse('case list --team x:elder-rights')).toMatchObject({
      kind: 'case list',
      service: 'x:elder-rights',
      filter: 'open',
    });
    expect(parse('case resolve 0190-c --team lawyer --result 已答复')).toMatchObject({
      kind: 'case resolve',
      caseId: '0190-c',
      service: 'lawyer',
      result: '已答复',
    });
  });

  it('refuse unknown services, missing text and bad filters', () => {
    expect(usageError('team add --service judge --name a')).toMatch(/--service must be a service/);
    expect(usageError('case accept c1')).toMatch(/--team is required/);
    expect(usageError('case note c1 --team lawyer')).toMatch(/--text is required/);
    expect(usageError('case list --team lawyer --status closed')).toMatch(
      /--status must be one of/,
    );
    expect(usageError('case accept --team lawyer')).toMatch(/expected 1 argument/);
  });
});
