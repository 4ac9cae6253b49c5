import type { StoryPack } from './pack.js';

/** Filipino as victims write it online: Taglish. */
export const fil: StoryPack = {
  stories: {
    investment: [
      'May nag-add sa akin sa isang investment group sa {contact}. Pinag-deposit ako ng mentor sa {pay} at mag-trade sa {link}. Malaki daw ang kita pero nung mag-withdraw na ako, kailangan daw munang magbayad ng 20% tax. Total na nawala {amount}.',
      'Nakilala ko siya sa Facebook tapos inalok ako mag-invest sa crypto through {contact}. Nag-send na ako sa {pay}, pero na-freeze yung account ko sa {link} after {days} days. Nawalan ako ng {amount}.',
      'In-offer-an ako ng gold investment na 30% kada buwan. Admin ay si {contact}, deposit sa {pay}. Ngayon hindi na ma-open yung {link}. Nawala sa akin {amount}.',
    ],
    job: [
      'Naka-receive ako ng message na may part-time job, mag-like lang ng videos tapos bayad per task. Yung HR sa {contact} inadd ako sa group tapos pinag-top up ako para sa tasks sa {pay}. After {days} days, frozen daw account ko unless magbayad pa ako. Total {amount}.',
      'Work from home daw. Pinag-register ako sa {link} tapos kailangan mag-deposit para ma-unlock ang tasks, send sa {pay}. Contact person {contact}. Nawala {amount}.',
      'Task scam ito. Sa umpisa may maliit na commission, tapos palaki nang palaki ang top up. Nakapagbayad na ako ng {amount} sa {pay}. Recruiter: {contact}.',
    ],
    romance: [
      'May nakilala akong lalaki sa dating app, engineer daw siya sa Singapore. Ilang linggo kaming nag-chat sa {contact} tapos inaya niya akong mag-invest sa {link}. Nag-send ako ng {amount} sa {pay} at ngayon naka-block na ako.',
      'Online relationship ng {days} days sa {contact}. Kailangan daw niya ng pera para sa plane ticket at customs fee. Nag-send ako sa {pay}, total {amount}.',
      'Araw-araw kaming nag-uusap sa {contact}. Pinakita niya yung profits niya at tinulungan akong mag-open ng account sa {link}. Deposit sa {pay}. Nawala lahat, {amount}.',
    ],
    impersonation: [
      'May tumawag mula sa {contact}, pulis daw siya at ginamit daw ang pangalan ko sa money laundering. Pinalipat niya ang ipon ko sa "safe account" {pay}. Nawala {amount}.',
      'Tumawag ang {contact}, taga-bank daw, blocked daw ang card ko at kailangan kong i-transfer ang {amount} sa {pay} para ma-reactivate.',
      'Fake courier sa {contact} nagsabi na hinold ng customs ang parcel ko at kailangan magbayad ng fee sa {link}. Nagbayad ako ng {amount} sa {pay}.',
    ],
    ecommerce: [
      'Bumili ako ng cellphone sa Facebook Marketplace. Yung seller sa {contact} nagpa-full payment sa {pay}. Hindi dumating ang item. Nawala {amount}.',
      'Bumili ng concert tickets sa {contact}. Nag-send ako ng {amount} sa {pay} tapos bigla siyang nawala, hindi na ma-contact.',
      'Yung online shop na {link} may malaking discount. Nagbayad ako ng {amount} sa {pay}, {days} days na walang delivery at hindi na sumasagot ang {contact}.',
    ],
    loan: [
      'Nag-apply ako ng quick loan sa {link}. Pinagbayad ako ng processing fee bago i-release, send sa {pay}. Walang dumating na loan at ang {contact} humihingi pa ng pera. Nawala {amount}.',
      'Loan agent sa {contact} nangako ng approval in 1 hour. Nagbayad ako ng insurance at processing fee na {amount} sa {pay}. {days} days na, wala pa rin.',
      'Pagka-install ko ng loan app na {link}, kinuha nila contacts ko at tinakot akong ipapahiya. Nagbayad ako ng {amount} sa {pay}. Collector number {contact}.',
    ],
    sextortion: [
      'May babaeng nag-video call sa akin sa {contact} at ni-record ako. Ipapadala daw nila ang video sa pamilya ko kapag hindi ako nagbayad ng {amount} sa {pay}.',
      'Na-blackmail ako after video call. Pinapadala nila ang pera sa {pay} at sinend ang video link {link}. Contact {contact}. Nakapagbayad na ako ng {amount}.',
      'Yung nasa {contact} nagbanta na ipo-post ang private photos ko. Nagbayad na ako ng {amount} sa {pay} pero gusto pa ng dagdag.',
    ],
    gambling: [
      'Inaya ako ng {contact} maglaro sa online casino na {link}. Nanalo ako sa umpisa pero hindi maka-withdraw unless mag-deposit pa sa {pay}. Nawala {amount}.',
      'Slot agent sa {contact}, sure win daw. Deposit sa {pay} total {amount}, na-lock ang account after {days} days.',
      'Betting site na {link}. "Withdrawal fee" binayaran sa {pay}. Nawala {amount}. Agent: {contact}.',
    ],
    phishing: [
      'May text mula sa {contact} na ma-suspend daw ang bank account ko. Kinlick ko ang {link} at nilagay ang login at OTP. {amount} ang na-transfer sa {pay}.',
      'May message tungkol sa reward points na mag-e-expire, may link {link}. Pagka-fill up ko ng details, {amount} ang nawala papunta sa {pay}. Sender: {contact}.',
      'Nag-text ang {contact} na may problema daw ang account ko at kailangan i-verify. Binigay ko ang OTP at na-transfer ang {amount} sa {pay}.',
    ],
    other: [
      'Yung tao sa {contact} pinagbayad ako ng {amount} sa {pay} para sa service na hindi naman totoo. After {days} days ko lang nalaman na scam.',
      'May humingi ng donation sa {contact}. Nag-send ako ng {amount} sa {pay}, fake pala yung charity.',
      'Sabi ng {contact} nanalo daw ako sa raffle, kailangan magbayad ng tax na {amount} sa {pay} para makuha ang premyo.',
    ],
  },
  phrases: {
    phone: ['number na {v}', 'yung number {v}', '{v}'],
    social: ['{label} {v}', '{label} account na {v}'],
    email: ['email na {v}'],
    bank_account: ['{label} account {v}', '{label} account na {v} (name: {holder})'],
    ewallet: ['{label} {v}', '{label} number {v}'],
    crypto: ['{label} wallet {v}', 'wallet address {v}'],
    url: ['link {v}', 'website {v}', 'site na {v}'],
    domain: ['site na {v}'],
    app: ['app na {v}'],
  },
  fallback: {
    contact: ['Messenger', 'Telegram', 'text'],
    pay: ['account na binigay nila', 'iba-ibang account'],
    link: ['link na sinend nila', 'website nila'],
  },
  and: 'at',
  also: 'Gumamit din sila ng {x}.',
  closers: [
    'Sana matulungan niyo ako.',
    'Nag-report na ako sa bank pero wala pang sagot.',
    'May screenshots ako ng chat at resibo.',
    'Pakiblock po ang mga account na ito para wala nang ibang mabiktima.',
  ],
};
