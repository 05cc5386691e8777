// Nouns for a person of a country or nation, or of a city or a county, which sports and news writing use in place of
// a name already given ("Lindsay Davenport … the American said", "the Scot added", "the 25-year-old Dubliner").
// Chosen by hand from the countries and nations most often in English-language news; adjectives that are not also
// nouns for a person ("French", "British") are left out.
export const DEMONYMS: ReadonlySet<string> = new Set(
  (
    'american briton scot scotsman scotswoman welshman welshwoman englishman englishwoman irishman irishwoman ' +
    'frenchman frenchwoman dutchman dutchwoman spaniard german italian russian australian canadian kenyan ' +
    'ethiopian nigerian ghanaian jamaican brazilian argentine argentinian chilean colombian mexican cuban ' +
    'indian pakistani bangladeshi lankan chinese japanese korean thai filipino indonesian malaysian ' +
    'swede dane norwegian finn icelander pole czech slovak hungarian romanian bulgarian serb croat slovenian ' +
    'greek turk israeli palestinian iranian iraqi egyptian moroccan algerian tunisian saudi lebanese syrian ' +
    'ukrainian belarusian georgian armenian swiss austrian belgian portuguese zimbabwean zambian ugandan ' +
    'tanzanian african kiwi zealander ulsterman ' +
    // ("the Serbian admitted": a nation's adjective that is also a noun for its people, as "the Russian" is)
    'serbian croatian estonian latvian lithuanian bosnian albanian macedonian montenegrin cypriot ' +
    // … and the people of a city or a county, as sports copy writes them ("the 25-year-old Dubliner")
    'dubliner londoner glaswegian liverpudlian mancunian geordie scouser yorkshireman cornishman texan'
  ).split(' '),
);
