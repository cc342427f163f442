import { describe, expect, it } from '@jest/globals';
import { questionChoices } from './question-choices.js';

describe('questionChoices', () => {
  it('reads the options of a question', () => {
    expect(questionChoices('电线（10卷）要哪个截面？1.5平方 / 2.5平方 / 4平方')).toEqual([
      '1.5平方',
      '2.5平方',
      '4平方',
    ]);
  });

  it('reads the options offered when a spec does not exist, without the ellipsis', () => {
    expect(questionChoices('不好意思，没有16平方的电线，有：2.5平方 / 4平方 …')).toEqual([
      '2.5平方',
      '4平方',
    ]);
  });

  it('finds nothing in a reply that asks nothing', () => {
    expect(questionChoices('已下单，订单号 LD-20261205-0007，我们马上安排。')).toEqual([]);
    expect(questionChoices(undefined)).toEqual([]);
  });
});
