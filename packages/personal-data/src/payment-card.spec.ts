import { hasCardIssuerPrefix, hasCardLayout } from './payment-card.js';
import { passesLuhn } from './index.js';

describe('passesLuhn', () => {
  it.each(['4111111111111111', '5555555555554444', '378282246310005', '6011111111111117', '79927398713'])('passes %s', (digits) => {
    expect(passesLuhn(digits)).toBe(true);
  });

  it.each(['4111111111111112', '79927398710', '12a4'])('fails %s', (digits) => {
    expect(passesLuhn(digits)).toBe(false);
  });
});

describe('hasCardIssuerPrefix', () => {
  it.each([
    ['4111111111111', true],
    ['4111111111111111', true],
    ['41111111111111', false],
    ['5555555555554444', true],
    ['555555555555444', false],
    ['2221000000000009', true],
    ['2720990000000000', true],
    ['2721000000000000', false],
    ['378282246310005', true],
    ['3782822463100050', false],
    ['30569309025904', true],
    ['3530111333300000', true],
    ['6011111111111117', true],
    ['6212345678901234569', true],
    ['1234567890123456', false],
    ['9780000000000', false],
    ['7000000000000000', false],
  ])('%s → %s', (digits, expected) => {
    expect(hasCardIssuerPrefix(digits)).toBe(expected);
  });
});

describe('hasCardLayout', () => {
  it.each([
    [[16], true],
    [[4, 4, 4, 4], true],
    [[4, 4, 4, 1], true],
    [[4, 4, 4, 4, 3], true],
    [[4, 6, 5], true],
    [[4, 6, 4], true],
    [[4, 12], false],
    [[8, 8], false],
    [[4, 4, 5, 3], false],
    [[1, 3, 3, 3, 3, 3], false],
  ])('%j → %s', (lengths, expected) => {
    expect(hasCardLayout(lengths)).toBe(expected);
  });
});
