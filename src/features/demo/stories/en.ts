import type { StoryPack } from './pack.js';

export const en: StoryPack = {
  stories: {
    investment: [
      'I met someone on Facebook who introduced me to a crypto trading mentor on {contact}. They told me to register on {link} and deposit to {pay}. My balance showed big profits but when I tried to withdraw they asked for a 20% tax first. In total I lost {amount}.',
      'Joined a stock investment group through {contact}. The "professor" gave daily signals and asked us to top up via {pay}. The platform {link} froze my account after {days} days. Lost {amount}.',
      'Was promised 30% monthly returns on a gold investment. Contact was {contact}, deposits went to {pay}. The website {link} is now down. I lost {amount}.',
    ],
    job: [
      'Got a message offering a part-time job liking videos, paid per task. The HR on {contact} added me to a group and then asked me to prepay for "merchant orders" to {pay}. After {days} days they said my account was frozen unless I paid more. Total lost {amount}.',
      'Applied for online work from home. They sent {link} to register and asked for a deposit to unlock tasks, transferred to {pay}. Contact person {contact}. I lost {amount}.',
      'Task scam. The first tasks paid a small commission, then bigger and bigger top-ups were required. Paid {amount} to {pay}. Recruiter: {contact}.',
    ],
    romance: [
      'I met a man on a dating app who said he was an engineer in Singapore. After weeks of chatting on {contact} he convinced me to invest on {link}. I sent {amount} to {pay} and now he has blocked me.',
      'Online relationship for {days} days via {contact}. She said she needed money for a flight ticket and customs fees. I sent money to {pay}, total {amount}.',
      'We talked every day on {contact}. She showed me her profits and helped me open an account at {link}. Deposits to {pay}. Lost {amount} altogether.',
    ],
    impersonation: [
      'Someone called from {contact} claiming to be from the police, saying my ID was used for money laundering. They told me to move my savings to a "safe account" {pay} for verification. I lost {amount}.',
      'Received a call from {contact} pretending to be a bank officer. He said my card was blocked and I had to transfer {amount} to {pay} to reactivate it.',
      'A courier company "agent" at {contact} said my parcel was held by customs and I had to pay a fee via {link}. Paid {amount} to {pay}.',
    ],
    ecommerce: [
      'Ordered a phone from a seller on Facebook Marketplace. The seller on {contact} asked for full payment to {pay}. Never received the item. Lost {amount}.',
      'Bought concert tickets from {contact}. Paid {amount} to {pay} and the seller disappeared.',
      'The online shop {link} had huge discounts. Paid {amount} to {pay}, no delivery after {days} days and {contact} stopped replying.',
    ],
    loan: [
      'Applied for a quick loan on {link}. They asked for an admin fee before release, paid to {pay}. No loan came, and {contact} keeps asking for more. Lost {amount}.',
      'Loan agent {contact} promised approval in 1 hour. I paid insurance and processing fees of {amount} to {pay}. Still no loan after {days} days.',
      'After installing the loan app {link} they copied my contacts and threatened to shame me. I paid {amount} to {pay}. Debt collector number {contact}.',
    ],
    sextortion: [
      'A woman video-called me on {contact} and recorded me. They threatened to send the video to my family unless I paid {amount} to {pay}.',
      'Blackmailed after a video chat. They demanded money to {pay} and sent the video link {link}. Contact {contact}. Paid {amount}.',
      'Someone from {contact} said they will post my private photos. I paid {amount} via {pay} but they want more.',
    ],
    gambling: [
      'Invited to an online casino {link} by {contact}. I won at first but could not withdraw unless I deposited more to {pay}. Lost {amount}.',
      'Slot site agent {contact} promised guaranteed wins. Deposits to {pay} total {amount}, account locked after {days} days.',
      'Betting platform {link}. The withdrawal "processing fee" was paid to {pay}. Lost {amount}. Agent: {contact}.',
    ],
    phishing: [
      'Got an SMS from {contact} saying my bank account would be suspended. Clicked {link} and entered my login and OTP. {amount} was transferred out to {pay}.',
      'Email from {contact} about a tax refund with the link {link}. After I filled in the form, {amount} was taken from my account. The money went to {pay}.',
      'A message said I had unclaimed reward points, with the link {link}. I entered my details and {amount} left my account to {pay}. Sender {contact}.',
    ],
    other: [
      'Someone on {contact} asked me to pay {amount} to {pay} for a service that never happened. I only realised it was a scam after {days} days.',
      'Charity donation request from {contact}. I transferred {amount} to {pay} and later found out the charity was fake.',
      'I was told by {contact} that I won a lucky draw and was asked to pay a tax of {amount} to {pay} to claim the prize.',
    ],
  },
  phrases: {
    phone: ['WhatsApp {v}', 'the number {v}', '{v}', '{v} on WhatsApp'],
    social: ['{label} {v}', '{label} account {v}'],
    email: ['the email {v}', '{v}'],
    bank_account: ['{label} account {v}', 'account {v} ({label})', '{label} {v} under the name {holder}'],
    ewallet: ['{label} {v}', '{label} number {v}'],
    crypto: ['the {label} wallet {v}', 'the address {v}'],
    url: ['{v}', 'the website {v}', 'the link {v}'],
    domain: ['the site {v}', '{v}'],
    app: ['the app {v}', 'an app ({v})'],
  },
  fallback: {
    contact: ['WhatsApp', 'a chat app', 'Facebook Messenger'],
    pay: ['the account they gave me', 'several different accounts'],
    link: ['their website', 'a link they sent'],
  },
  and: 'and',
  also: 'They also used {x}.',
  closers: [
    'Please help me get my money back.',
    'I have reported this to my bank.',
    'I have screenshots of the chat and the transfer receipts.',
    'Please block these accounts so nobody else gets cheated.',
  ],
};

/** Words for an institution's report whose slot has no indicator. */
export const institutionalFallback = {
  contact: ['an unidentified contact'],
  pay: ['accounts not yet identified'],
  link: ['a website not yet identified'],
};

export const institutionalClosers = [
  'Evidence preserved; details available on request.',
  'Freeze request sent to the receiving bank.',
  'Further victims are being identified.',
];

/** Reports written by institutions rather than victims: terse, in English, about the indicators. */
export const institutional: Record<'bank' | 'police' | 'telco' | 'platform' | 'other', readonly string[]> = {
  bank: [
    'Fraud monitoring flagged {pay}: incoming transfers from {days} unrelated customers within 48 hours, each withdrawn within minutes. Customer complaints mention {contact}.',
    'Mule account suspected. {pay} received victim funds totalling {amount}; funds moved out in under 10 minutes. Victims were contacted via {contact}.',
  ],
  police: [
    'Case opened on complaint of victim. Suspects contacted the victim via {contact} and instructed payment to {pay}. Loss approx. {amount}. Related link: {link}.',
    'Police report: the victim was deceived over {days} days by a person using {contact}; payments were made to {pay}. Total loss {amount}.',
  ],
  telco: [
    'Number reported by {days} subscribers for scam calls and SMS: {contact}. Messages contained the link {link}. Blocking requested.',
    'Spam SMS campaign from {contact} pointing to {link}. Recipients were asked to pay to {pay}.',
  ],
  platform: [
    'Account {contact} removed for fraud after user reports. It promoted {link} and asked users to pay {pay}.',
    'Scam advertisement takedown: the ad linked to {link}; the advertiser contact was {contact}. Reported by {days} users.',
  ],
  other: [
    'Report received from a partner organisation: {contact} used in scam activity; payments to {pay}; site {link}.',
  ],
};
