import { byId, el } from './dom';
import { LANGUAGES, language, setLanguage, startI18n, t } from './i18n';

/** National lines to call about a scam (anti-scam centres where a country has one, the police otherwise). */
export const HOTLINES: { country: string; name: string; number: string }[] = [
  { country: 'ID', name: 'Kontak OJK / IASC', number: '157' },
  { country: 'MY', name: 'NSRC', number: '997' },
  { country: 'TH', name: 'AOC', number: '1441' },
  { country: 'SG', name: 'ScamShield', number: '1799' },
  { country: 'PH', name: 'CICC', number: '1326' },
  { country: 'VN', name: 'Công an / police', number: '113' },
  { country: 'KH', name: 'Police', number: '117' },
  { country: 'LA', name: 'Police', number: '191' },
  { country: 'MM', name: 'Police', number: '199' },
  { country: 'BN', name: 'Police', number: '993' },
  { country: 'TL', name: 'Police', number: '112' },
];

export const COUNTRIES: Record<string, string> = {
  BN: 'Brunei',
  KH: 'Cambodia',
  ID: 'Indonesia',
  LA: 'Laos',
  MY: 'Malaysia',
  MM: 'Myanmar',
  PH: 'Philippines',
  SG: 'Singapore',
  TH: 'Thailand',
  TL: 'Timor-Leste',
  VN: 'Vietnam',
};

/** A default country for the reader's language (phone numbers and banks are read in its formats). */
export function defaultCountry(): string {
  return { id: 'ID', ms: 'MY', th: 'TH', vi: 'VN', fil: 'PH' }[language()] ?? 'ID';
}

export function countrySelect(id: string, selected = defaultCountry()): HTMLSelectElement {
  const select = el('select', { id, name: id });
  for (const [code, name] of Object.entries(COUNTRIES)) {
    const option = el('option', { value: code }, name);
    if (code === selected) option.selected = true;
    select.append(option);
  }
  return select;
}

/** Fills every element marked `data-i18n` (text) or `data-i18n-placeholder` in the reader's language. */
function translateStatic(): void {
  for (const node of document.querySelectorAll<HTMLElement>('[data-i18n]'))
    node.textContent = t(node.dataset.i18n!);
  for (const node of document.querySelectorAll<HTMLInputElement>('[data-i18n-placeholder]'))
    node.placeholder = t(node.dataset.i18nPlaceholder!);
  document.title = `${t('site.name')} — ${t(document.body.dataset.title ?? 'site.tagline')}`;
}

/**
 * Header (pages and language), footer (hotlines), and translation of the page. `render` draws the page's
 * own dynamic parts and runs again when the language changes.
 */
export async function page(render: () => void): Promise<void> {
  await startI18n();
  const header = byId('header');
  const footer = byId('footer');
  const draw = () => {
    const select = el('select', { id: 'language', 'aria-label': t('nav.language') });
    for (const [code, name] of Object.entries(LANGUAGES)) {
      const option = el('option', { value: code }, name);
      if (code === language()) option.selected = true;
      select.append(option);
    }
    select.addEventListener('change', () => {
      setLanguage(select.value);
      draw();
    });
    const here = location.pathname;
    const link = (href: string, key: string) =>
      el('a', { href, ...(here === href ? { 'aria-current': 'page' } : {}) }, t(key));
    header.replaceChildren(
      el('strong', { class: 'brand' }, t('site.name')),
      el('nav', {}, link('/', 'nav.check'), link('/report', 'nav.report'), link('/appeal', 'nav.appeal')),
      select,
    );
    footer.replaceChildren(
      el('h2', {}, t('hotlines.title')),
      el(
        'ul',
        { class: 'hotlines' },
        ...HOTLINES.map((h) =>
          el('li', {}, `${COUNTRIES[h.country]} · ${h.name} `, el('strong', {}, h.number)),
        ),
      ),
      el('p', {}, el('a', { href: '/console/' }, t('footer.agencies'))),
    );
    translateStatic();
    render();
  };
  draw();
}
