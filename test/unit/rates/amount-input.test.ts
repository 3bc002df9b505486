import { describe, expect, it } from 'vitest';
import { amountMessage } from '@/components/FreeConverter';
import { parseAmount } from '@/utils/rates/amount-input';

describe('the free converter reads amounts as readers copy them', () => {
  it.each([
    ['600 billion yuan', 600e9, 'CNY'],
    ['¥600bn', 600e9, 'CNY'],
    ['RMB 5 billion', 5e9, 'CNY'],
    ['RMB5bn', 5e9, 'CNY'],
    ['$92 billion', 92e9, 'USD'],
    ['US$92 billion', 92e9, 'USD'],
    ['HK$2 billion', 2e9, 'HKD'],
    ['600 billion yen', 600e9, 'JPY'],
    ['€3.5 million', 3.5e6, 'EUR'],
    ['1.2 trillion US dollars', 1.2e12, 'USD'],
    ['5 mn euros', 5e6, 'EUR'],
    ['2.5bn', 2.5e9, null],
    ['6e11', 6e11, null],
    ['1,234.5', 1234.5, null],
    ['600 billion', 600e9, null],
    ['3t', 3e12, null],
    ['  42  ', 42, null],
    ['0', 0, null],
    ['250 CNY', 250, 'CNY'],
  ])('%j is %d, currency %s', (text, value, currency) => {
    const parsed = parseAmount(text);
    expect(parsed).toEqual({ value: expect.closeTo(value, 3), currency });
  });

  it.each([
    ['', 'Enter an amount, such as 600 billion yuan.'],
    ['abc', '“abc” is not an amount GT Lens can read: try 600 billion yuan, ¥600bn or 1,234.5.'],
    ['yuan', 'Add a number before the currency, such as 600 billion yuan.'],
    ['-5', 'Enter an amount of zero or more.'],
    ['1e400', 'That amount is too large to convert.'],
    ['5 zillion', '“5 zillion” is not an amount GT Lens can read: try 600 billion yuan, ¥600bn or 1,234.5.'],
    ['1,2,3', '“1,2,3” is not an amount GT Lens can read: try 600 billion yuan, ¥600bn or 1,234.5.'],
    ['$5 yen', '“$5 yen” is not an amount GT Lens can read: try 600 billion yuan, ¥600bn or 1,234.5.'],
    ['NaN', '“NaN” is not an amount GT Lens can read: try 600 billion yuan, ¥600bn or 1,234.5.'],
  ])('%j is refused: %s', (text, message) => {
    const parsed = parseAmount(text);
    if (!('error' in parsed)) throw new Error(`${text} was read as ${parsed.value}`);
    expect(amountMessage(parsed)).toBe(message);
  });
});
