/**
 * The last parts of web addresses that news names as outlets ("News.com.au", "Computerandvideogames.com",
 * "bbc.co.uk"): the common generic endings and the country endings of English-language news, chosen by hand.
 */
export const WEB_DOMAIN_ENDINGS: ReadonlySet<string> = new Set(
  'com org net gov edu info biz io tv uk au nz ca ie eu in za'.split(' '),
);
