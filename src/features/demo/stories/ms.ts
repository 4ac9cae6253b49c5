import type { StoryPack } from './pack.js';

export const ms: StoryPack = {
  stories: {
    investment: [
      'Saya dimasukkan ke dalam grup pelaburan saham oleh {contact}. Mentor suruh deposit ke {pay} dan berdagang di {link}. Keuntungan nampak besar tetapi bila mahu keluarkan wang, diminta bayar cukai 20% dahulu. Jumlah kerugian {amount}.',
      'Kenal di Facebook, kemudian diajak melabur kripto melalui {contact}. Sudah pindahkan wang ke {pay}, akaun di {link} dibekukan selepas {days} hari. Rugi {amount}.',
      'Ditawarkan pelaburan emas dengan pulangan 30% sebulan. Admin {contact}, deposit ke {pay}. Sekarang laman {link} tidak boleh dibuka. Kerugian saya {amount}.',
    ],
    job: [
      'Dapat mesej tawaran kerja sambilan like video, dibayar ikut tugasan. HR di {contact} masukkan saya ke grup, kemudian suruh top up untuk tugasan ke {pay}. Selepas {days} hari akaun dibekukan kecuali saya bayar lagi. Jumlah {amount}.',
      'Kerja online dari rumah. Disuruh daftar di {link} dan deposit untuk buka tugasan, pindahan ke {pay}. Hubungi {contact}. Saya rugi {amount}.',
      'Penipuan tugasan dalam talian. Mula-mula komisen kecil dibayar, lepas itu kena top up lebih besar. Sudah bayar {amount} ke {pay}. Perekrut: {contact}.',
    ],
    romance: [
      'Kenal seorang lelaki di aplikasi temu janji, mengaku jurutera di Singapura. Selepas berminggu-minggu berbual di {contact} dia ajak melabur di {link}. Saya hantar {amount} ke {pay} dan sekarang dia sekat saya.',
      'Bercinta secara online selama {days} hari melalui {contact}. Dia kata perlukan wang untuk tiket kapal terbang dan cukai kastam. Saya pindahkan ke {pay}, jumlah {amount}.',
      'Berbual setiap hari di {contact}. Dia tunjuk keuntungan dan bantu saya buka akaun di {link}. Deposit ke {pay}. Hilang {amount} semuanya.',
    ],
    impersonation: [
      'Seseorang telefon dari {contact} mengaku pegawai polis, kata nama saya terlibat dengan pengubahan wang haram. Saya disuruh pindahkan simpanan ke "akaun selamat" {pay}. Rugi {amount}.',
      'Dapat panggilan dari {contact} kononnya pegawai bank, kata kad saya disekat dan perlu pindahkan {amount} ke {pay} untuk aktifkan semula.',
      'Kononnya kurier dari {contact} kata bungkusan saya ditahan kastam dan perlu bayar denda melalui {link}. Sudah bayar {amount} ke {pay}.',
    ],
    ecommerce: [
      'Beli telefon di Facebook Marketplace. Penjual di {contact} minta bayar penuh ke {pay}. Barang tak pernah sampai. Rugi {amount}.',
      'Beli tiket konsert dari {contact}. Sudah pindahkan {amount} ke {pay}, penjual terus hilang dan tak jawab panggilan.',
      'Kedai online {link} beri diskaun besar. Bayar {amount} ke {pay}, sudah {days} hari barang tak sampai dan {contact} tidak jawab.',
    ],
    loan: [
      'Mohon pinjaman segera di {link}. Diminta bayar yuran proses sebelum pinjaman dikeluarkan, bayar ke {pay}. Pinjaman tak masuk dan {contact} terus minta wang. Rugi {amount}.',
      'Ejen pinjaman {contact} janji lulus dalam 1 jam. Saya bayar insurans dan yuran {amount} ke {pay}. Sudah {days} hari masih tiada.',
      'Lepas pasang aplikasi pinjaman {link}, senarai kenalan saya disalin dan saya diugut. Saya bayar {amount} ke {pay}. Nombor pemungut hutang {contact}.',
    ],
    sextortion: [
      'Seorang wanita buat panggilan video melalui {contact} dan rakam saya. Mereka ugut hantar video kepada keluarga jika tidak bayar {amount} ke {pay}.',
      'Diugut selepas panggilan video. Mereka minta wang ke {pay} dan hantar pautan video {link}. Hubungi {contact}. Sudah bayar {amount}.',
      'Orang dari {contact} ugut nak sebar gambar peribadi saya. Sudah bayar {amount} melalui {pay} tapi masih minta lagi.',
    ],
    gambling: [
      'Diajak main judi dalam talian di {link} oleh {contact}. Mula-mula menang tapi tak boleh keluarkan wang kecuali deposit lagi ke {pay}. Rugi {amount}.',
      'Ejen slot {contact} janji pasti menang. Deposit ke {pay} berjumlah {amount}, akaun dikunci selepas {days} hari.',
      'Laman pertaruhan {link}. "Yuran pengeluaran" dibayar ke {pay}. Kerugian {amount}. Ejen: {contact}.',
    ],
    phishing: [
      'Dapat SMS dari {contact} kata akaun bank akan disekat. Saya klik {link} dan masukkan ID pengguna dan TAC. Wang {amount} dipindahkan ke {pay}.',
      'Mesej tentang bayaran balik cukai LHDN dengan pautan {link}. Selepas isi borang, {amount} keluar dari akaun saya ke {pay}. Pengirim {contact}.',
      'Dapat fail APK jemputan kahwin dari {contact}. Selepas dibuka, akaun bank saya dicerobohi dan {amount} dipindahkan ke {pay}.',
    ],
    other: [
      'Orang di {contact} minta saya bayar {amount} ke {pay} untuk perkhidmatan yang tak pernah wujud. Baru sedar selepas {days} hari.',
      'Ada permintaan derma dari {contact}. Saya pindahkan {amount} ke {pay}, rupanya pertubuhan itu palsu.',
      'Dikatakan menang cabutan bertuah oleh {contact}, kemudian disuruh bayar cukai hadiah {amount} ke {pay}.',
    ],
  },
  phrases: {
    phone: ['nombor {v}', 'no. WhatsApp {v}', 'WhatsApp {v}'],
    social: ['{label} {v}', 'akaun {label} {v}'],
    email: ['emel {v}'],
    bank_account: ['akaun {label} {v}', 'akaun {label} {v} atas nama {holder}', '{label} {v}'],
    ewallet: ['{label} {v}', 'akaun {label} {v}'],
    crypto: ['alamat {label} {v}', 'wallet {v}'],
    url: ['laman web {v}', 'pautan {v}', 'link {v}'],
    domain: ['laman {v}'],
    app: ['aplikasi {v}'],
  },
  fallback: {
    contact: ['WhatsApp', 'Telegram', 'mesej'],
    pay: ['akaun yang diberi', 'beberapa akaun berbeza'],
    link: ['pautan yang dihantar', 'laman web mereka'],
  },
  and: 'dan',
  also: 'Mereka juga guna {x}.',
  closers: [
    'Mohon bantuan.',
    'Saya sudah buat laporan di bank.',
    'Saya ada bukti pindahan dan tangkap layar perbualan.',
    'Tolong sekat akaun ini supaya tiada mangsa lain.',
  ],
};
