import i18next from 'i18next';
import en from '../locales/en.json';
import fil from '../locales/fil.json';
import id from '../locales/id.json';
import ms from '../locales/ms.json';
import th from '../locales/th.json';
import vi from '../locales/vi.json';

/**
 * The public pages' languages. Adding one is adding a file to locales/ (the keys of en.json) and a line
 * here; a missing key falls back to English.
 */
export const LANGUAGES: Record<string, string> = {
  en: 'English',
  id: 'Bahasa Indonesia',
  ms: 'Bahasa Melayu',
  th: 'ไทย',
  vi: 'Tiếng Việt',
  fil: 'Filipino',
};

function initial(): string {
  const asked = new URLSearchParams(location.search).get('lang');
  const stored = localStorage.getItem('jala.language');
  const browser = navigator.language.toLowerCase();
  for (const candidate of [asked, stored, browser, browser.slice(0, 2), browser === 'tl' ? 'fil' : null])
    if (candidate && candidate in LANGUAGES) return candidate;
  return 'en';
}

export async function startI18n(): Promise<void> {
  await i18next.init({
    resources: {
      en: { translation: en },
      id: { translation: id },
      ms: { translation: ms },
      th: { translation: th },
      vi: { translation: vi },
      fil: { translation: fil },
    },
    lng: initial(),
    fallbackLng: 'en',
    // Everything is written with textContent: nothing i18next returns is ever parsed as HTML.
    interpolation: { escapeValue: false },
  });
  document.documentElement.lang = i18next.language;
}

export function setLanguage(language: string): void {
  localStorage.setItem('jala.language', language);
  void i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

export const t = (key: string, options?: Record<string, unknown>): string => i18next.t(key, options);
export const language = (): string => i18next.language;
