/**
 * Occupations that stand before a name in news copy like a title ("Broadcaster Ann Lee commented", "chef Tom Reyes
 * said") but are no part of the name, beyond the titles and roles in people.ts. Chosen by hand from common news
 * occupations; a word that is also a common surname (Baker, Carter, Cook, Fisher, Hunter, Mason, Porter, Taylor,
 * Turner, Walker) is left out, since it may open a person's name.
 */
export const OCCUPATIONS: ReadonlySet<string> = new Set(
  (
    'broadcaster presenter newsreader columnist blogger podcaster journalist filmmaker photographer rapper ' +
    'musician songwriter composer businessman businesswoman tycoon billionaire investor banker accountant ' +
    'realtor chef restaurateur farmer rancher fisherman pilot driver mechanic electrician plumber builder ' +
    'activist campaigner protester veteran soldier sailor coroner pathologist pharmacist dentist ' +
    'psychologist psychiatrist sociologist biologist chemist physicist epidemiologist virologist ' +
    'novelist playwright artist sculptor painter dancer model athlete cyclist swimmer runner boxer ' +
    'wrestler jockey skier golfer footballer cricketer climber explorer astronaut ' +
    // the market's people a wire story quotes unnamed ("said one dealer at a top European bank", Reuters-21578)
    'dealer trader broker'
  ).split(' '),
);

/**
 * Occupations of the bystanders news quotes about someone else ("the driver said", "the coroner said"): "the
 * protester" in an article about a minister is another person, so these never stand for the person the article is
 * about. Chosen by hand from the list above.
 */
export const BYSTANDER_OCCUPATIONS: ReadonlySet<string> = new Set(
  'activist campaigner protester soldier sailor driver pilot coroner pathologist mechanic electrician plumber'.split(
    ' ',
  ),
);

/**
 * Titles by which news refers back to the person a story is about ("The actor repeatedly refused", "the striker
 * said"), beyond the occupations above; chosen by hand from arts and sports copy. A spokesman or a lawyer is someone
 * else.
 */
export const SUBJECT_EPITHETS: ReadonlySet<string> = new Set(
  (
    'actor actress singer star player striker goalkeeper midfielder performer comedian author writer ' +
    // a club's manager named by his club ("The Man Utd boss continued")
    'boss ' +
    // the positions of rugby, football and cricket and the kinds of athlete ("Prop Jones ready …" … "The prop said")
    'prop hooker lock flanker winger fly-half scrum-half full-back centre defender forward batsman bowler sprinter ' +
    'hurdler jockey boxer golfer champion ' +
    // … and a tennis player by seeding ("said the top seed")
    'seed ' +
    // … and one known for a prize ("The Oscar winner said"), a capped player ("the former Scotland international")
    'winner international ' +
    // … and a member named by seat or party ("said the Ealing North MP", "The Glasgow Kelvin MP accused")
    'mp mep msp mla ' +
    // … and one a news story follows by public role or plight ("Freed hostage Íngrid Betancourt arrived … The
    // Colombian-French politician was greeted …", blind round 292)
    'politician activist campaigner hostage ' +
    // … and a scientist named by field ("Sheppard said, “…” The astronomer also said", blind round 349)
    'astronomer astrophysicist physicist biologist chemist geologist archaeologist palaeontologist paleontologist ' +
    'zoologist botanist mathematician'
  ).split(' '),
);

/**
 * Words that describe a person before the name the way an occupation does, at the opening of a sentence where every
 * word is capitalised ("Teenager Sania Mirza completed …", "Goalscorer Jimmy Floyd Hasselbaink added"): no part of
 * the name ("Wing Christophe Dominici"). Chosen by hand from sports and general news copy; "Star" and "Player" are left
 * out (titles, surnames).
 */
export const PERSON_DESCRIPTORS: ReadonlySet<string> = new Set(
  (
    'teenager youngster goalscorer newcomer rookie debutant schoolboy schoolgirl striker goalkeeper keeper boss ' +
    'midfielder winger wing defender skipper prop hooker flanker sprinter hurdler batsman bowler champion'
  ).split(' '),
);

/**
 * Plain words for a person that a place before them turns into the story's subject ("says the Waterford man", "the
 * Wigan-born woman added"): sports and profile writing name its subject by hometown. Chosen by hand.
 */
export const HOMETOWN_PEOPLE: ReadonlySet<string> = new Set(
  'man woman lad girl boy youngster teenager'.split(' '),
);
