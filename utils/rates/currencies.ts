/** The currencies the converter offers, and the reader's own from their locale (USD when unknown). */
import data from './currencies.generated.json';

export const CURRENCIES: readonly string[] = data.currencies;

export function currencyOfLocale(locale: string | undefined): string {
  try {
    const region = locale ? new Intl.Locale(locale).maximize().region : undefined;
    return (region && (data.regionCurrency as Record<string, string>)[region]) || 'USD';
  } catch {
    return 'USD';
  }
}

/** "US Dollar" in the reader's language, for the pickers. */
export function currencyName(code: string, locale?: string): string {
  try {
    return new Intl.DisplayNames(locale ? [locale] : undefined, { type: 'currency' }).of(code) ?? code;
  } catch {
    return code;
  }
}
