/**
 * Indicative US-dollar values of the currencies scam losses are reported in, used only to rank clusters by
 * loss across currencies. Answers always give totals per currency, never a converted figure. Rates as of
 * late 2026, rounded; a currency not listed counts as 0 in the ranking.
 */
const USD_PER_UNIT: Readonly<Record<string, number>> = {
  USD: 1,
  USDT: 1,
  USDC: 1,
  EUR: 1.08,
  GBP: 1.27,
  AUD: 0.66,
  CNY: 0.14,
  HKD: 0.128,
  JPY: 0.0066,
  KRW: 0.00072,
  TWD: 0.031,
  INR: 0.012,
  IDR: 0.000_062,
  MYR: 0.22,
  THB: 0.029,
  PHP: 0.017,
  VND: 0.000_039,
  SGD: 0.75,
  BND: 0.75,
  KHR: 0.000_25,
  LAK: 0.000_046,
  MMK: 0.000_48,
  TLS: 1,
};

export function indicativeUsd(amount: number | null, currency: string | null): number {
  if (amount === null || currency === null || !Number.isFinite(amount)) return 0;
  return amount * (USD_PER_UNIT[currency.toUpperCase()] ?? 0);
}
