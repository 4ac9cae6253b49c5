import type { AseanCountry } from '../../domain/countries.js';
import type { Random } from './demo.random.js';

/**
 * Plausible personal names per country, in the order and script people there write them, for reporters
 * and for the holders of mule accounts. Composed from common given and family names: nobody in particular.
 */
type NameMaker = (rng: Random) => string;

const words = (list: string): string[] => list.split(',').map((w) => w.trim());

const ID_GIVEN = words(
  'Budi, Siti, Dewi, Agus, Rina, Andi, Fitri, Yusuf, Nur, Eko, Sri, Wahyu, Ratna, Hendra, Putri, Rizky, Dian, Ahmad, Indah, Bambang',
);
const ID_FAMILY = words(
  'Santoso, Rahayu, Lestari, Setiawan, Wati, Pratama, Handayani, Hidayat, Aini, Prasetyo, Susanti, Nugroho, Kurniawan, Saputra, Wijaya, Siregar, Simanjuntak, Hasibuan, Gunawan, Purnomo',
);
const TH_GIVEN = words(
  'สมชาย, สมศรี, วิชัย, สุดารัตน์, ประเสริฐ, กนกวรรณ, อนุชา, นภาพร, ธนากร, ปิยะนุช, ณัฐพล, วรรณา, สุริยา, จิราพร, ชัยวัฒน์, อรุณี',
);
const TH_FAMILY = words('ใจดี, แสงทอง, ศรีสุข, บุญมา, วงศ์ใหญ่, สุขสวัสดิ์, ทองดี, รัตนพันธ์, พรหมมา, มีสุข, จันทร์เพ็ญ, ศรีวงศ์');
const MY_MALAY_M = words('Ahmad, Muhammad Hafiz, Amir, Faizal, Zulkifli, Hakim, Azman, Syafiq');
const MY_MALAY_F = words('Nurul Aisyah, Siti Nurhaliza, Farah, Aminah, Nor Azlina, Nurul Izzah, Zuraidah');
const MY_FATHERS = words('Ismail, Rahman, Abdullah, Hassan, Yusof, Osman, Ibrahim, Salleh');
const CHINESE_FAMILY = words('Tan, Lim, Lee, Wong, Ng, Chong, Ong, Goh, Chua, Koh');
const CHINESE_GIVEN = words(
  'Wei Ming, Mei Ling, Kah Wai, Siew Lan, Jia Hui, Chee Keong, Hui Min, Jun Jie, Xin Yi, Zhi Hao',
);
const INDIAN_GIVEN = words('Rajesh, Priya, Kavitha, Suresh, Devi, Ganesh, Anand, Malar');
const INDIAN_FATHERS = words('Kumar, Muthu, Raman, Subramaniam, Krishnan, Pillai');
const PH_GIVEN = words(
  'Juan, Maria, Jose, Ana, Mark, Kristine, Jerome, Maricel, Rodel, Joy, Angelica, John Paul, Liza, Ramon, Mary Grace, Jun',
);
const PH_FAMILY = words(
  'dela Cruz, Santos, Reyes, Garcia, Villanueva, Bautista, Mendoza, Ramos, Aquino, Castillo, Navarro, Torres, Gonzales',
);
const VN_FAMILY = words('Nguyễn, Nguyễn, Trần, Lê, Phạm, Hoàng, Vũ, Đặng, Bùi, Đỗ, Phan, Huỳnh');
const VN_MIDDLE = words('Văn, Thị, Minh, Thu, Đức, Ngọc, Quang, Thanh, Hữu, Kim');
const VN_GIVEN = words(
  'An, Bích, Tuấn, Hà, Anh, Lan, Hùng, Hương, Dũng, Mai, Phương, Long, Trang, Khoa, Linh',
);
const KH_FAMILY = words('Sok, Chan, Kim, Chea, Heng, Ly, Meas, Pich, Keo, Touch');
const KH_GIVEN = words('Dara, Sreymom, Vannak, Sophea, Rathana, Bopha, Piseth, Sokha, Chenda');
const MM_NAMES = words(
  'Aung Kyaw, Thida Win, Zaw Min Htut, Hnin Wai, Kyaw Zin, Su Myat Noe, Min Thu, Ei Phyu, Thet Naing, Khin Myo',
);
const LA_GIVEN = words('Somphone, Khamla, Souksavanh, Bounmy, Noy, Phonesavanh, Vilay, Manivone');
const LA_FAMILY = words('Keomany, Phommachanh, Sisouphanh, Vongsa, Inthavong, Sengdara');
const BN_GIVEN = words('Mohd Hafiz, Nurul Huda, Siti Aminah, Haji Ahmad, Dayang Norhayati, Awang Rosli');
const BN_FATHERS = words('Abdullah, Hamid, Yusof, Ali, Bakar');
const TL_GIVEN = words('João, Maria, José, Ana, Francisco, Rosa, Mateus, Joana');
const TL_FAMILY = words('da Costa, Soares, dos Santos, Pereira, Ximenes, Belo, Guterres');

const malaysian: NameMaker = (rng) => {
  const roll = rng.next();
  if (roll < 0.55) {
    const female = rng.chance(0.5);
    return `${rng.pick(female ? MY_MALAY_F : MY_MALAY_M)} ${female ? 'binti' : 'bin'} ${rng.pick(MY_FATHERS)}`;
  }
  if (roll < 0.85) return `${rng.pick(CHINESE_FAMILY)} ${rng.pick(CHINESE_GIVEN)}`;
  return `${rng.pick(INDIAN_GIVEN)} ${rng.chance(0.5) ? 'a/l' : 'a/p'} ${rng.pick(INDIAN_FATHERS)}`;
};

const NAME_MAKERS: Record<AseanCountry, NameMaker> = {
  ID: (rng) => (rng.chance(0.2) ? rng.pick(ID_GIVEN) : `${rng.pick(ID_GIVEN)} ${rng.pick(ID_FAMILY)}`),
  TH: (rng) => `${rng.pick(TH_GIVEN)} ${rng.pick(TH_FAMILY)}`,
  MY: malaysian,
  PH: (rng) => `${rng.pick(PH_GIVEN)} ${rng.pick(PH_FAMILY)}`,
  VN: (rng) => `${rng.pick(VN_FAMILY)} ${rng.pick(VN_MIDDLE)} ${rng.pick(VN_GIVEN)}`,
  SG: (rng) => (rng.chance(0.75) ? `${rng.pick(CHINESE_FAMILY)} ${rng.pick(CHINESE_GIVEN)}` : malaysian(rng)),
  KH: (rng) => `${rng.pick(KH_FAMILY)} ${rng.pick(KH_GIVEN)}`,
  MM: (rng) => rng.pick(MM_NAMES),
  LA: (rng) => `${rng.pick(LA_GIVEN)} ${rng.pick(LA_FAMILY)}`,
  BN: (rng) => `${rng.pick(BN_GIVEN)} ${rng.chance(0.5) ? 'bin' : 'binti'} ${rng.pick(BN_FATHERS)}`,
  TL: (rng) => `${rng.pick(TL_GIVEN)} ${rng.pick(TL_FAMILY)}`,
};

export function personName(country: AseanCountry, rng: Random): string {
  return NAME_MAKERS[country](rng);
}

/** Latin given names for e-mail local parts where names are written in another script. */
const TH_LATIN = words(
  'somchai, somsri, wichai, sudarat, prasert, kanokwan, anucha, napaporn, thanakorn, piyanuch',
);
const EMAIL_DOMAINS = words(
  'gmail.com, gmail.com, gmail.com, yahoo.com, hotmail.com, outlook.com, icloud.com',
);
const LOCAL_EMAIL_DOMAINS: Partial<Record<AseanCountry, string>> = {
  ID: 'yahoo.co.id',
  TH: 'hotmail.co.th',
  VN: 'yahoo.com.vn',
  SG: 'singnet.com.sg',
};

/** An e-mail address a person with this name might use. */
export function personEmail(country: AseanCountry, name: string, rng: Random): string {
  const ascii = emailParts(name);
  const parts = ascii[0] ? ascii : [rng.pick(TH_LATIN)];
  const first = parts[0]!;
  const last = parts.length > 1 ? parts[parts.length - 1]! : '';
  const style = rng.int(4);
  const local =
    style === 0
      ? `${first}.${last || rng.digits(3)}`
      : style === 1
        ? `${first}${last.slice(0, 1)}${rng.between(70, 99)}`
        : style === 2
          ? `${first}_${last}${rng.digits(2)}`
          : `${first}${rng.between(1, 2024)}`;
  const localDomain = LOCAL_EMAIL_DOMAINS[country];
  const domain = localDomain && rng.chance(0.2) ? localDomain : rng.pick(EMAIL_DOMAINS);
  return `${local.replace(/\.$|_$/, '')}@${domain}`;
}

/** Names come from small lists, so their folded forms are few: remembered rather than recomputed. */
const foldedNames = new Map<string, string[]>();

function emailParts(name: string): string[] {
  let parts = foldedNames.get(name);
  if (!parts) {
    parts = asciiFold(name)
      .toLowerCase()
      .replace(/\b(bin|binti|a\/l|a\/p)\b/g, '')
      .replace(/[^a-z ]/g, '')
      .trim()
      .split(/\s+/);
    foldedNames.set(name, parts);
  }
  return parts;
}

/** Strips diacritics: `Nguyễn Đức` → `Nguyen Duc`. Thai and other scripts come out empty. */
export function asciiFold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}
