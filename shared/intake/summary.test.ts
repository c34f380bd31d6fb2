import { describe, expect, it } from 'vitest';
import { defaultCatalogue as catalogue } from '../catalogue/default';
import { answersSummary } from './summary';

const zh = (key: string) => catalogue.strings['zh-CN'][key] ?? `?${key}`;
const en = (key: string) => catalogue.strings.en[key] ?? `?${key}`;

const intake = {
  prompt: 'contract' as const,
  answers: [
    { questionId: 'stage', optionId: 'notSigned' },
    { questionId: 'kind', optionId: 'home' },
  ],
};

describe('answersSummary', () => {
  it('gives the prompt and each question with its answer, in the locale of the t passed in', () => {
    expect(answersSummary(catalogue, intake, zh)).toEqual({
      title: '合同签订来坐坐',
      pairs: [
        { question: '这份合同现在到哪一步了？', answer: '还没签，正准备签' },
        { question: '是什么合同？', answer: '买房、卖房' },
      ],
      unknown: 0,
    });
    expect(answersSummary(catalogue, intake, en)).toEqual({
      title: 'Signing a contract? Come and sit with us',
      pairs: [
        { question: 'Where are you with this contract?', answer: 'Not signed yet' },
        { question: 'What kind of contract is it?', answer: 'Buying or selling a home' },
      ],
      unknown: 0,
    });
  });

  it('counts answers an older catalogue had instead of failing the queue', () => {
    const old = { ...intake, answers: [...intake.answers, { questionId: 'gone', optionId: 'x' }] };
    expect(answersSummary(catalogue, old, zh)).toMatchObject({
      pairs: [{ answer: '还没签，正准备签' }, { answer: '买房、卖房' }],
      unknown: 1,
    });
  });

  it('shows the prompt alone for an anonymous intake with no answers kept', () => {
    expect(answersSummary(catalogue, { prompt: 'labour', answers: [] }, zh)).toEqual({
      title: '劳动权益来学学',
      pairs: [],
      unknown: 0,
    });
  });
});
