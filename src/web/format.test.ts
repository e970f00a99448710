import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatDate, formatEuros, formatNumber, formatQuantity, plural } from './format.ts';

const nb = (text: string) => text.replace(/ /g, '\u00a0');

test('numbers in French: thousands separated by a no-break space, decimal comma', () => {
  assert.equal(formatNumber(1875), nb('1 875'));
  assert.equal(formatNumber(11.04), '11');
  assert.equal(formatNumber(6.25), '6,3');
  assert.equal(formatNumber(197408), nb('197 408'));
});

test('money: M€ and Md€ with one decimal, plain euros below a million', () => {
  assert.equal(formatEuros(35_200_000), nb('35,2 M€'));
  assert.equal(formatEuros(350_000), nb('350 000 €'));
  assert.equal(formatEuros(1_250_000_000), nb('1,3 Md€'));
  assert.equal(formatEuros(178.22), nb('178 €'));
});

test('quantities keep their unit with French spacing', () => {
  assert.equal(formatQuantity(11, '%'), nb('11 %'));
  assert.equal(formatQuantity(2.5, 'ETP'), nb('2,5 ETP'));
  assert.equal(formatQuantity(3_500_000, '€'), nb('3,5 M€'));
});

test('dates as dd/mm/yyyy in Paris time', () => {
  assert.equal(formatDate('2019-01-16T00:00:00.000Z'), '16/01/2019');
  assert.equal(formatDate('2019-01-15T23:30:00.000Z'), '16/01/2019');
});

test('plural', () => {
  assert.equal(plural(1, 'adhérent'), nb('1 adhérent'));
  assert.equal(plural(2, 'adhérent'), nb('2 adhérents'));
  assert.equal(plural(0, 'actualité'), nb('0 actualité'));
});
