import { expect, it } from 'vitest';
import { defaultCatalogue } from './default';
import { catalogueResources } from './resources';

it('gives one i18next bundle per locale, with the same keys in both', () => {
  const resources = catalogueResources(defaultCatalogue);
  expect(Object.keys(resources)).toEqual(['zh-CN', 'en']);
  expect(resources['zh-CN']['contract.title']).toBe('合同签订来坐坐');
  expect(resources.en['contract.title']).toBe('Signing a contract? Come and sit with us');
  expect(Object.keys(resources.en).sort()).toEqual(Object.keys(resources['zh-CN']).sort());
});
