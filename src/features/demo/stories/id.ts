import type { StoryPack } from './pack.js';

export const id: StoryPack = {
  stories: {
    investment: [
      'Saya dimasukkan ke grup saham oleh {contact}. Mentornya menyuruh deposit ke {pay} dan trading di {link}. Saldo terlihat untung besar, tapi saat mau tarik dana diminta bayar pajak 20% dulu. Total kerugian {amount}.',
      'Awalnya kenalan di Facebook, lalu diajak investasi crypto lewat {contact}. Sudah transfer ke {pay}, akun di {link} dibekukan setelah {days} hari. Rugi {amount}.',
      'Ditawari investasi emas dengan profit 30% per bulan. Admin {contact}, setoran ke {pay}. Sekarang webnya {link} tidak bisa dibuka. Kerugian saya {amount}.',
    ],
    job: [
      'Dapat WA tawaran kerja paruh waktu like video, dibayar per tugas. HR di {contact} memasukkan saya ke grup, lalu suruh top up untuk "order merchant" ke {pay}. Setelah {days} hari akun dibekukan kecuali saya bayar lagi. Total {amount}.',
      'Lowongan kerja online dari rumah. Disuruh daftar di {link} dan deposit untuk membuka misi, transfer ke {pay}. Kontak {contact}. Saya rugi {amount}.',
      'Penipuan tugas online. Awalnya komisi kecil dibayar, lalu diminta top up makin besar. Sudah bayar {amount} ke {pay}. Perekrut: {contact}.',
    ],
    romance: [
      'Kenal pria di aplikasi kencan, ngaku pengusaha di Singapura. Setelah chat berminggu-minggu di {contact} dia ajak investasi di {link}. Saya kirim {amount} ke {pay} dan sekarang saya diblokir.',
      'Pacaran online {days} hari lewat {contact}. Dia bilang butuh uang untuk tiket pesawat dan bea cukai. Saya transfer ke {pay}, total {amount}.',
      'Tiap hari ngobrol di {contact}. Dia tunjukkan profitnya dan bantu saya buka akun di {link}. Deposit ke {pay}. Total hilang {amount}.',
    ],
    impersonation: [
      'Ada yang telepon dari {contact} mengaku polisi, katanya KTP saya dipakai untuk pencucian uang. Saya disuruh pindahkan tabungan ke "rekening aman" {pay}. Rugi {amount}.',
      'Ditelepon {contact} yang mengaku petugas bank, katanya kartu saya diblokir dan harus transfer {amount} ke {pay} untuk aktivasi ulang.',
      'Kurir palsu dari {contact} bilang paket saya ditahan bea cukai dan harus bayar denda lewat {link}. Sudah bayar {amount} ke {pay}.',
    ],
    ecommerce: [
      'Beli HP di Facebook Marketplace. Penjual di {contact} minta bayar penuh ke {pay}. Barang tidak pernah dikirim. Rugi {amount}.',
      'Beli tiket konser dari {contact}. Sudah transfer {amount} ke {pay}, penjual langsung menghilang dan nomornya tidak aktif.',
      'Toko online {link} kasih diskon besar. Bayar {amount} ke {pay}, sudah {days} hari barang tidak datang dan {contact} tidak bisa dihubungi.',
    ],
    loan: [
      'Ajukan pinjaman cepat di {link}. Diminta biaya admin sebelum pencairan, bayar ke {pay}. Pinjaman tidak cair dan {contact} terus minta uang. Rugi {amount}.',
      'Agen pinjol {contact} janji cair 1 jam. Saya bayar biaya asuransi dan proses {amount} ke {pay}. Sudah {days} hari belum cair.',
      'Setelah install aplikasi pinjaman {link}, kontak saya disalin dan saya diancam disebar. Saya bayar {amount} ke {pay}. Nomor penagih {contact}.',
    ],
    sextortion: [
      'Seorang wanita video call saya lewat {contact} lalu merekam. Mereka ancam sebar video ke keluarga kalau tidak bayar {amount} ke {pay}.',
      'Diperas setelah video call. Mereka minta uang ke {pay} dan kirim link video {link}. Kontak {contact}. Sudah bayar {amount}.',
      'Orang dari {contact} mengancam akan menyebarkan foto pribadi saya. Sudah bayar {amount} lewat {pay} tapi masih minta lagi.',
    ],
    gambling: [
      'Diajak main judi online di {link} oleh {contact}. Awalnya menang tapi tidak bisa withdraw kecuali deposit lagi ke {pay}. Rugi {amount}.',
      'Agen slot {contact} janji pasti maxwin. Deposit ke {pay} total {amount}, akun dikunci setelah {days} hari.',
      'Situs taruhan {link}. Biaya "proses penarikan" dibayar ke {pay}. Kerugian {amount}. Agen: {contact}.',
    ],
    phishing: [
      'Dapat SMS dari {contact} katanya rekening akan diblokir. Saya klik {link} dan isi user id serta OTP. Saldo {amount} pindah ke {pay}.',
      'Ada pesan soal perubahan tarif transfer bank dengan link {link}. Setelah isi formulir, uang {amount} terkirim ke {pay}. Pengirim {contact}.',
      'Dapat undangan pernikahan berupa file APK dari {contact}. Setelah dibuka, m-banking saya dibobol dan {amount} ditransfer ke {pay}.',
    ],
    other: [
      'Orang di {contact} minta saya bayar {amount} ke {pay} untuk jasa yang tidak pernah ada. Baru sadar tertipu setelah {days} hari.',
      'Ada permintaan donasi dari {contact}. Saya transfer {amount} ke {pay}, ternyata yayasannya palsu.',
      'Dibilang menang undian oleh {contact}, lalu disuruh bayar pajak hadiah {amount} ke {pay}.',
    ],
  },
  phrases: {
    phone: ['nomor WA {v}', 'nomor {v}', 'WA {v}', 'no. {v}'],
    social: ['{label} {v}', 'akun {label} {v}'],
    email: ['email {v}'],
    bank_account: ['rekening {label} {v}', 'rek {label} {v} a.n. {holder}', '{label} {v} atas nama {holder}'],
    ewallet: ['{label} {v}', 'akun {label} {v}'],
    crypto: ['{label} ke alamat {v}', 'wallet {v}'],
    url: ['situs {v}', 'link {v}', 'web {v}'],
    domain: ['situs {v}', 'website {v}'],
    app: ['aplikasi {v}'],
  },
  fallback: {
    contact: ['WhatsApp', 'chat', 'Telegram'],
    pay: ['rekening yang mereka kasih', 'beberapa rekening berbeda'],
    link: ['link yang dikirim', 'website mereka'],
  },
  and: 'dan',
  also: 'Mereka juga pakai {x}.',
  closers: [
    'Mohon bantuannya.',
    'Sudah lapor ke bank tapi belum ada respon.',
    'Saya punya bukti transfer dan screenshot chat.',
    'Tolong blokir rekening ini supaya tidak ada korban lain.',
  ],
};
