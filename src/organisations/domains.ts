/**
 * Website and e-mail domains as evidence that two signatories are one
 * organisation. Domains are compared as text and never fetched.
 */

// Mail providers shared by many unrelated organisations: a shared address there proves nothing.
const FREE_MAIL = new Set(
  (
    'gmail.com googlemail.com yahoo.com yahoo.fr yahoo.es yahoo.co.uk yahoo.co.in yahoo.com.br yahoo.de yahoo.it ymail.com ' +
    'rocketmail.com hotmail.com hotmail.fr hotmail.es hotmail.co.uk hotmail.it hotmail.de outlook.com outlook.fr outlook.es ' +
    'live.com live.fr live.co.uk msn.com aol.com icloud.com me.com mac.com proton.me protonmail.com protonmail.ch pm.me ' +
    'tutanota.com tutanota.de tuta.io mail.ru inbox.ru list.ru bk.ru yandex.ru yandex.com yandex.ua ya.ru rambler.ru ' +
    'gmx.de gmx.net gmx.com gmx.at gmx.ch web.de t-online.de freenet.de posteo.de mailbox.org orange.fr wanadoo.fr free.fr ' +
    'laposte.net sfr.fr libero.it virgilio.it tiscali.it alice.it zoho.com mail.com email.com usa.net rediffmail.com ' +
    'qq.com 163.com 126.com sina.com naver.com hanmail.net daum.net bol.com.br uol.com.br terra.com.br ig.com.br ' +
    'hushmail.com fastmail.com fastmail.fm riseup.net disroot.org autistici.org seznam.cz wp.pl o2.pl interia.pl onet.pl ' +
    'abv.bg ukr.net i.ua meta.ua btinternet.com sky.com comcast.net verizon.net att.net bigpond.com optusnet.com.au ' +
    'xtra.co.nz shaw.ca rogers.com sympatico.ca videotron.ca yahoo.ca'
  ).split(' '),
);

// Sites that host many organisations' pages: the domain is the host's, not the organisation's.
const SHARED_HOSTS = new Set(
  (
    'facebook.com fb.com twitter.com x.com instagram.com linkedin.com youtube.com wordpress.com blogspot.com wixsite.com ' +
    'wix.com weebly.com squarespace.com google.com github.io medium.com tumblr.com linktr.ee jimdo.com webnode.com ' +
    'carrd.co t.me vk.com ok.ru wa.me'
  ).split(' '),
);

const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'ac', 'gov', 'edu', 'or', 'ne', 'go', 'gob', 'nic', 'asso', 'gouv', 'ngo', 'info']);

/** The domain an organisation registered ("www.hri.global/x" → "hri.global", "a.org.uk" → "a.org.uk"). */
export function registrableDomain(urlOrHost: string | null | undefined): string | null {
  if (!urlOrHost) return null;
  const host = urlOrHost
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/^[^@/]*@/, '')
    .replace(/[/?#:].*$/, '')
    .replace(/\.$/, '');
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host)) return null;
  const labels = host.split('.');
  const tld = labels[labels.length - 1]!;
  const take = tld.length === 2 && labels.length >= 3 && SECOND_LEVEL.has(labels[labels.length - 2]!) ? 3 : 2;
  return labels.slice(-take).join('.');
}

export function isFreeMailDomain(domain: string): boolean {
  const d = domain.toLowerCase();
  return FREE_MAIL.has(d) || /^(yahoo|hotmail|outlook|live|gmx|yandex)\.[a-z.]+$/.test(d);
}

/** The domain of an e-mail address or domain, or null when it is a free-mail provider's and so says nothing. */
export function organisationEmailDomain(emailOrDomain: string | null | undefined): string | null {
  if (!emailOrDomain) return null;
  const domain = registrableDomain(emailOrDomain.includes('@') ? emailOrDomain.split('@').pop()! : emailOrDomain);
  return domain && !isFreeMailDomain(domain) ? domain : null;
}

/** The domain of a website, or null when the site is a page on a shared host (Facebook, WordPress.com…). */
export function organisationWebsiteDomain(website: string | null | undefined): string | null {
  const domain = registrableDomain(website);
  return domain && !SHARED_HOSTS.has(domain) && !isFreeMailDomain(domain) ? domain : null;
}
