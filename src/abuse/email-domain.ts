/** The domain of a contact email, lower-cased (the part after the last @). */
export const emailDomain = (email: string): string => email.slice(email.lastIndexOf('@') + 1).toLowerCase();

/**
 * Mailbox providers where one domain is millions of unrelated people: a limit per domain there
 * would hold ordinary signatories, so their limit is FREE_MAIL_FACTOR times the ordinary one
 * (see docs/decisions/sign-on-limits-and-holding.md).
 */
export const FREE_MAIL_DOMAINS: ReadonlySet<string> = new Set([
  'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'hotmail.fr', 'hotmail.es', 'hotmail.co.uk', 'live.com', 'live.fr', 'msn.com',
  'yahoo.com', 'yahoo.fr', 'yahoo.es', 'yahoo.co.uk', 'yahoo.com.br', 'ymail.com', 'aol.com', 'icloud.com', 'me.com', 'mac.com',
  'proton.me', 'protonmail.com', 'pm.me', 'tutanota.com', 'tuta.io', 'zoho.com', 'gmx.com', 'gmx.de', 'gmx.net', 'web.de', 'mail.com',
  'yandex.ru', 'yandex.com', 'ya.ru', 'mail.ru', 'bk.ru', 'inbox.ru', 'list.ru', 'rambler.ru', 'orange.fr', 'wanadoo.fr', 'free.fr',
  'laposte.net', 'sfr.fr', 'uol.com.br', 'bol.com.br', 'terra.com.br', 'ig.com.br', 'sapo.pt', 'qq.com', '163.com', '126.com',
  'naver.com', 'rediffmail.com', 'yahoo.co.in', 'outlook.fr', 'outlook.es', 'libero.it', 'virgilio.it', 'seznam.cz', 'wp.pl', 'o2.pl',
]);

export const FREE_MAIL_FACTOR = 10;

export const isFreeMail = (domain: string): boolean => FREE_MAIL_DOMAINS.has(domain);
