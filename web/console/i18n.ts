import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import id from './locales/id.json';

/**
 * The console's languages. Adding one is adding a file to locales/ (the same keys as en.json) and a line
 * here; a missing key falls back to English.
 */
export const LANGUAGES = { en: 'English', id: 'Bahasa Indonesia' } as const;
export type Language = keyof typeof LANGUAGES;

const stored = typeof localStorage !== 'undefined' ? localStorage.getItem('jala.language') : null;
const browser = typeof navigator !== 'undefined' ? navigator.language.slice(0, 2) : 'en';
const initial = (stored ?? browser) in LANGUAGES ? (stored ?? browser) : 'en';

void i18next.use(initReactI18next).init({
  resources: { en: { translation: en }, id: { translation: id } },
  lng: initial,
  fallbackLng: 'en',
  // React escapes what it renders: i18next must not escape again (and never produces markup here).
  interpolation: { escapeValue: false },
});

export function setLanguage(language: Language): void {
  localStorage.setItem('jala.language', language);
  void i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

export default i18next;
