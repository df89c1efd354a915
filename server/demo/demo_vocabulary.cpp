// SPDX-License-Identifier: GPL-3.0-or-later
// Word lists the demo seeder draws from: names, cities, schools and profile texts per country, in
// that country's language and script. All strings are UTF-8. Name lists are ordered roughly by
// frequency; city lists roughly by population. Note: in languages with gendered surnames (bg, cs,
// sk, pl, lv, lt, el, is, mk, az) the last-name lists mix both forms. Each name list has a parallel
// gender string (xxFirstGenders / xxLastGenders, one char per name): first names 'f' or 'm'; last
// names 'f' (feminine form), 'm' (masculine form with a distinct feminine) or 'n' (same for both).
#include "demo_vocabulary.h"

#include <iterator>

namespace etw::demo {
namespace {

// ---------------------------------------------------------------- AT (de)
static constexpr const char *const atFirst[] = {
    "Maria",     "Anna",      "Michael",   "Thomas",    "Andreas",  "Elisabeth", "Stefan",
    "Christian", "Sabine",    "Barbara",   "Markus",    "Claudia",  "Martin",    "Monika",
    "Alexander", "Christina", "Daniel",    "Katharina", "Wolfgang", "Petra",     "Peter",
    "Julia",     "Manfred",   "Andrea",    "Franz",     "Birgit",   "Gerhard",   "Karin",
    "Johann",    "Susanne",   "Josef",     "Lukas",     "Sandra",   "Florian",   "Elke",
    "Helmut",    "Ursula",    "Bernhard",  "Brigitte",  "Günther",  "Verena",    "Jürgen",
    "Theresa",   "Matthias",  "Magdalena", "Sebastian", "Ingrid",   "Doris",
};
static constexpr const char *const atLast[] = {
    "Gruber",  "Huber",   "Bauer",   "Wagner", "Pirker",      "Pichler", "Steiner", "Moser",
    "Mayer",   "Hofer",   "Leitner", "Berger", "Fuchs",       "Eder",    "Fischer", "Schmid",
    "Winkler", "Weber",   "Schwarz", "Maier",  "Schneider",   "Reiter",  "Mayr",    "Schmidt",
    "Wimmer",  "Egger",   "Brunner", "Lang",   "Baumgartner", "Auer",    "Binder",  "Lechner",
    "Wolf",    "Wallner", "Aigner",  "Ebner",  "Koller",      "Lehner",  "Haas",    "Schuster",
    "Holzer",  "Straßer", "Böhm",    "Wieser", "Stadler",     "Pöll",    "Hörmann", "Kofler",
};
static constexpr char atFirstGenders[] = "ffmmmfmm"
                                         "ffmfmfmf"
                                         "mfmfmfmf"
                                         "mfmfmfmm"
                                         "fmfmfmfm"
                                         "fmfmfmff";
static constexpr char atLastGenders[] = "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn";
static_assert(std::size(atFirst) == sizeof(atFirstGenders) - 1);
static_assert(std::size(atLast) == sizeof(atLastGenders) - 1);
static constexpr const char *const atCities[] = {
    "Wien",
    "Graz",
    "Linz",
    "Salzburg",
    "Innsbruck",
    "Klagenfurt am Wörthersee",
    "Villach",
    "Wels",
    "Sankt Pölten",
    "Dornbirn",
    "Wiener Neustadt",
    "Steyr",
    "Feldkirch",
    "Bregenz",
    "Leonding",
    "Klosterneuburg",
    "Baden",
    "Wolfsberg",
    "Leoben",
    "Krems an der Donau",
    "Traun",
    "Amstetten",
    "Lustenau",
    "Kapfenberg",
    "Hallein",
    "Kufstein",
};
static constexpr const char *const atSchools[] = {
    "Landeskindergarten %1",
    "Volksschule %1",
    "Praxisvolksschule der Pädagogischen Hochschule %1",
    "Mittelschule %1",
    "Sportmittelschule %1",
    "Bundesgymnasium und Bundesrealgymnasium %1",
    "BRG %1",
    "Bertha-von-Suttner-Gymnasium %1",
    "Polytechnische Schule %1",
    "Bundeshandelsakademie und Bundeshandelsschule %1",
    "HTL %1",
    "Höhere Bundeslehranstalt für wirtschaftliche Berufe %1",
    "Landesberufsschule %1",
};
static constexpr const char *const atSchoolTypes[] = {
    "pre_primary",     "primary",         "primary",         "lower_secondary", "lower_secondary",
    "upper_secondary", "upper_secondary", "upper_secondary", "vocational",      "vocational",
    "vocational",      "vocational",      "vocational",
};
static_assert(std::size(atSchools) == std::size(atSchoolTypes));
static constexpr const char *const atBio[] = {
    "Ich unterrichte seit fünfzehn Jahren Deutsch und Geschichte an einer Mittelschule.",
    "Meine Schülerinnen und Schüler sind zwischen zehn und vierzehn Jahre alt.",
    "Wir suchen Partnerschulen für ein Projekt zum Thema Klimaschutz.",
    "Ich unterrichte an einer Volksschule und habe heuer eine dritte Klasse.",
    "Unsere Schule liegt am Stadtrand, mitten im Grünen und nahe am Wald.",
    "Ich unterrichte Mathematik und Physik in der Oberstufe eines Gymnasiums.",
    "Mir ist wichtig, dass meine Klasse Englisch in echten Situationen verwendet.",
    "Wir möchten gerne Briefe und kurze Videos mit einer Klasse aus Südeuropa austauschen.",
    "Seit drei Jahren koordiniere ich die eTwinning-Projekte an unserer Schule.",
    "Besonders interessieren mich Projekte zu Medienkompetenz und sicherem Surfen im Internet.",
    "Wir sind eine Ökolog-Schule und legen großen Wert auf Nachhaltigkeit.",
    "Ich unterrichte Bildnerische Erziehung und liebe kreative Projekte mit Farbe und Papier.",
    "Gemeinsam mit meinen Schülerinnen und Schülern möchte ich das kulturelle Erbe unserer Region "
    "vorstellen.",
    "Wir suchen eine Partnerklasse für ein Projekt über Märchen und Sagen aus ganz Europa.",
    "An unserer HTL unterrichte ich Elektrotechnik und Informatik.",
    "Meine Maturaklasse möchte ihr Englisch im Austausch mit Gleichaltrigen verbessern.",
    "Ein Erasmus+-Austausch mit einer Partnerschule wäre für uns ein großer Wunsch.",
    "Ich unterrichte Französisch als zweite lebende Fremdsprache.",
    "Die Kinder in unserem Kindergarten lieben Lieder und Bewegungsspiele aus anderen Ländern.",
    "Wir möchten ein gemeinsames Projekt zu Demokratie und Kinderrechten starten.",
    "Im MINT-Unterricht experimentieren wir gerne mit Robotik und einfachen Programmiersprachen.",
    "Ich suche Kolleginnen und Kollegen, die Lust auf ein längerfristiges Projekt haben.",
    "Unsere Schule hat rund 400 Schülerinnen und Schüler aus über zwanzig Nationen.",
    "Ich unterrichte Musik und leite außerdem den Schulchor.",
    "Wir arbeiten gerne mit Padlet, Canva und dem TwinSpace.",
    "Ein Projekt über Wasser, Berge und Almen würde perfekt zu unserer Region passen.",
    "Ich freue mich auf Ihre Nachricht und auf eine gute Zusammenarbeit!",
    "Meine Klasse hat bereits an zwei ausgezeichneten eTwinning-Projekten teilgenommen.",
};

// ---------------------------------------------------------------- BE (nl)
static constexpr const char *const beFirst[] = {
    "Maria",  "Jan",      "Marc",    "Luc",      "Peter",  "Patrick", "Anne",      "Sofie",
    "Els",    "Tom",      "Kristof", "Bart",     "An",     "Katrien", "Nathalie",  "Dirk",
    "Wim",    "Hilde",    "Inge",    "Koen",     "Lieve",  "Stijn",   "Jeroen",    "Ann",
    "Veerle", "Nele",     "Joris",   "Pieter",   "Eline",  "Lotte",   "Hannelore", "Sarah",
    "Elke",   "Geert",    "Tine",    "Annelies", "Wouter", "Griet",   "Karolien",  "Filip",
    "Sven",   "Liesbeth", "Jef",     "Lien",     "Dries",  "Ine",     "Mieke",     "Bram",
};
static constexpr const char *const beLast[] = {
    "Peeters",      "Janssens",   "Maes",       "Jacobs",     "Mertens",   "Willems",
    "Claes",        "Goossens",   "Wouters",    "De Smet",    "Dubois",    "Hermans",
    "Aerts",        "Michiels",   "Lambrechts", "Dupont",     "Van Damme", "Vermeulen",
    "De Clercq",    "Pauwels",    "Martens",    "Claeys",     "Desmet",    "Van den Broeck",
    "Smets",        "Verstraete", "Cools",      "Leroy",      "De Backer", "Hendrickx",
    "Van de Velde", "Stevens",    "Segers",     "Lenaerts",   "Bogaert",   "Coppens",
    "Vandenberghe", "Wuyts",      "Verhoeven",  "Vermeersch", "Verbeke",   "De Wilde",
    "Van Acker",    "Geerts",
};
static constexpr char beFirstGenders[] = "fmmmmmff"
                                         "fmmmfffm"
                                         "mffmfmmf"
                                         "ffmmffff"
                                         "fmffmffm"
                                         "mfmfmffm";
static constexpr char beLastGenders[] = "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnn";
static_assert(std::size(beFirst) == sizeof(beFirstGenders) - 1);
static_assert(std::size(beLast) == sizeof(beLastGenders) - 1);
static constexpr const char *const beCities[] = {
    "Antwerpen", "Gent",         "Charleroi", "Liège",       "Brussel",   "Brugge",
    "Namur",     "Leuven",       "Mons",      "Mechelen",    "Aalst",     "Hasselt",
    "Kortrijk",  "Sint-Niklaas", "Oostende",  "Genk",        "Roeselare", "Turnhout",
    "Geel",      "Lier",         "Ieper",     "Dendermonde",
};
static constexpr const char *const beSchools[] = {
    "Gemeentelijke Kleuterschool De Regenboog %1",
    "Vrije Basisschool Sint-Jozef %1",
    "Gemeentelijke Basisschool %1",
    "Stedelijke Basisschool De Vlinder %1",
    "GO! Basisschool %1",
    "Middenschool %1",
    "Sint-Jozefscollege %1",
    "Koninklijk Atheneum %1",
    "Sint-Lutgardisschool %1",
    "Stedelijk Lyceum %1",
    "Technisch Instituut Sint-Vincentius %1",
    "Koninklijk Technisch Atheneum %1",
    "Centrum voor Leren en Werken %1",
};
static constexpr const char *const beSchoolTypes[] = {
    "pre_primary",     "primary",         "primary",         "primary",         "primary",
    "lower_secondary", "upper_secondary", "upper_secondary", "upper_secondary", "upper_secondary",
    "vocational",      "vocational",      "vocational",
};
static_assert(std::size(beSchools) == std::size(beSchoolTypes));
static constexpr const char *const beBio[] = {
    "Ik geef al twaalf jaar Nederlands en Engels in de eerste graad.",
    "Mijn leerlingen zijn tussen twaalf en veertien jaar oud.",
    "Wij zoeken een partnerschool voor een project rond klimaat en duurzaamheid.",
    "Ik sta in de derde kleuterklas en werk met kinderen van vijf jaar.",
    "Onze school ligt in een kleine gemeente in de Kempen.",
    "Ik geef wiskunde en wetenschappen in het secundair onderwijs.",
    "Ik zou graag met mijn klas e-mails en filmpjes uitwisselen met een school in het buitenland.",
    "Sinds vorig jaar ben ik eTwinning-coördinator op onze school.",
    "Onze leerlingen leren Frans als tweede taal en willen die taal graag in de praktijk "
    "gebruiken.",
    "Ik ben op zoek naar collega's voor een project over mediawijsheid en veilig internetgebruik.",
    "In de lessen beeld werken we graag met gerecycleerde materialen.",
    "Wij willen samen met andere scholen het Europese erfgoed ontdekken.",
    "Ik werk in een technische school en geef elektriciteit en elektronica.",
    "Onze leerlingen van het vijfde jaar hebben veel interesse in een uitwisseling.",
    "Ik geef geschiedenis en aardrijkskunde en hou van projecten rond burgerschap.",
    "Op school hebben we een STEM-lab met 3D-printers en robots.",
    "Ik zoek een partnerklas die wil meewerken aan een gezamenlijk prentenboek.",
    "Onze school telt ongeveer 600 leerlingen met heel diverse achtergronden.",
    "Ik werk in het buitengewoon onderwijs, met kleine groepen leerlingen.",
    "Wij zouden graag een Erasmus+-project uitbouwen met een vaste partner.",
    "Ik geef muziek in de lagere school en we zingen graag liedjes uit andere landen.",
    "Mijn leerlingen vinden het geweldig om hun stad voor te stellen aan buitenlandse jongeren.",
    "Ik werk graag met digitale tools zoals Padlet, Book Creator en Genially.",
    "Een project over fietsen, mobiliteit en een gezonde levensstijl lijkt ons erg boeiend.",
    "Ik heb al aan drie eTwinning-projecten deelgenomen en we kregen twee kwaliteitslabels.",
    "Wij zoeken een school die op lange termijn wil samenwerken.",
    "Neem gerust contact met mij op als je interesse hebt!",
    "Dit schooljaar werken we rond water: van de Schelde tot aan de zee.",
};

// ---------------------------------------------------------------- BG (bg)
static constexpr const char *const bgFirst[] = {
    "Мария",    "Иван",     "Георги",     "Елена",   "Димитър", "Николай",   "Иванка", "Петър",
    "Христо",   "Йорданка", "Александър", "Стефка",  "Тодор",   "Милена",    "Стоян",  "Виолета",
    "Васил",    "Надежда",  "Красимир",   "Даниела", "Атанас",  "Радостина", "Пламен", "Десислава",
    "Ангел",    "Галина",   "Борислав",   "Петя",    "Кирил",   "Цветелина", "Емил",   "Снежана",
    "Валентин", "Румяна",   "Асен",       "Силвия",  "Любомир", "Мариана",   "Стела",  "Веселин",
    "Теодора",  "Росица",   "Калоян",     "Гергана", "Яна",     "Мартин",
};
static constexpr const char *const bgLast[] = {
    "Иванова",   "Иванов",    "Георгиева", "Георгиев", "Димитрова", "Димитров", "Петрова",
    "Петров",    "Николова",  "Николов",   "Христова", "Христов",   "Стоянова", "Стоянов",
    "Тодорова",  "Тодоров",   "Илиева",    "Илиев",    "Василева",  "Василев",  "Атанасова",
    "Атанасов",  "Петкова",   "Петков",    "Ангелова", "Ангелов",   "Колева",   "Колев",
    "Йорданова", "Йорданов",  "Маринова",  "Маринов",  "Попова",    "Попов",    "Стефанова",
    "Стефанов",  "Михайлова", "Михайлов",  "Костова",  "Костов",    "Русева",   "Русев",
};
static constexpr char bgFirstGenders[] = "fmmfmmfm"
                                         "mfmfmfmf"
                                         "mfmfmfmf"
                                         "mfmfmfmf"
                                         "mfmfmffm"
                                         "ffmffm";
static constexpr char bgLastGenders[] = "fmfmfmfm"
                                        "fmfmfmfm"
                                        "fmfmfmfm"
                                        "fmfmfmfm"
                                        "fmfmfmfm"
                                        "fm";
static_assert(std::size(bgFirst) == sizeof(bgFirstGenders) - 1);
static_assert(std::size(bgLast) == sizeof(bgLastGenders) - 1);
static constexpr const char *const bgCities[] = {
    "София",      "Пловдив",   "Варна",       "Бургас",         "Русе",   "Стара Загора",
    "Плевен",     "Сливен",    "Добрич",      "Шумен",          "Перник", "Хасково",
    "Ямбол",      "Пазарджик", "Благоевград", "Велико Търново", "Враца",  "Габрово",
    "Асеновград", "Видин",     "Казанлък",    "Кюстендил",
};
static constexpr const char *const bgSchools[] = {
    "Детска градина „Слънчице“, %1",
    "Начално училище „Иван Вазов“, %1",
    "Основно училище „Христо Ботев“, %1",
    "Средно училище „Васил Левски“, %1",
    "Профилирана гимназия „Гео Милев“, %1",
    "Езикова гимназия „Пейо Яворов“, %1",
    "Природо-математическа гимназия, %1",
    "Професионална гимназия по туризъм, %1",
    "Професионална гимназия по електротехника и електроника, %1",
    "Спортно училище „Георги Бенковски“, %1",
};
static constexpr const char *const bgSchoolTypes[] = {
    "pre_primary",     "primary",         "primary",    "upper_secondary", "upper_secondary",
    "upper_secondary", "upper_secondary", "vocational", "vocational",      "upper_secondary",
};
static_assert(std::size(bgSchools) == std::size(bgSchoolTypes));
static constexpr const char *const bgBio[] = {
    "Преподавам английски език в основно училище от десет години.",
    "Учениците ми са на възраст между 11 и 14 години.",
    "Търсим партньори за проект, свързан с опазването на околната среда.",
    "Работя като начален учител и тази година съм с трети клас.",
    "Нашето училище се намира в малък град в подножието на Балкана.",
    "Преподавам математика и информатика в профилирана гимназия.",
    "Искам учениците ми да общуват с връстници от други европейски страни.",
    "От три години съм координатор на eTwinning проектите в нашето училище.",
    "Интересуват ме проекти, посветени на безопасността в интернет.",
    "Преподавам история и цивилизации и обичам проектите за културно наследство.",
    "Моите ученици се подготвят за матури и искат да подобрят английския си.",
    "Работя в детска градина с деца на пет и шест години.",
    "Търся партньорско училище за обмен на писма, рисунки и видеоклипове.",
    "Преподавам биология и химия и проявявам интерес към STEM проекти.",
    "Бихме искали да представим българските народни традиции и обичаи.",
    "Училището ни има около 500 ученици и модерен компютърен кабинет.",
    "Искаме да участваме в проект за гражданско образование и права на детето.",
    "Преподавам изобразително изкуство и обичам творческите предизвикателства.",
    "Работя в професионална гимназия и преподавам специални предмети по туризъм.",
    "Търсим партньори за дългосрочно сътрудничество, включително по програма „Еразъм+“.",
    "Учениците ми обичат да програмират роботи и да правят опити в лабораторията.",
    "Преподавам немски език като втори чужд език.",
    "С радост ще се включа в проект за четене и любими детски книги.",
    "Имам опит в работата с Canva, Padlet и TwinSpace.",
    "Предлагам проект за водата и реките в нашите региони.",
    "Миналата година проектът ни получи Европейски знак за качество.",
    "Ще се радвам да се свържете с мен!",
    "Преподавам музика и всяка година подготвяме коледен концерт с учениците.",
};

// ---------------------------------------------------------------- HR (hr)
static constexpr const char *const hrFirst[] = {
    "Marija",   "Ivan",     "Ana",      "Josip",    "Marko",    "Ivana",    "Petra",    "Tomislav",
    "Kata",     "Ante",     "Nikola",   "Mario",    "Marina",   "Luka",     "Maja",     "Stjepan",
    "Željko",   "Sanja",    "Goran",    "Snježana", "Zoran",    "Kristina", "Davor",    "Jelena",
    "Mirjana",  "Krešimir", "Vesna",    "Dario",    "Martina",  "Igor",     "Ivona",    "Hrvoje",
    "Katarina", "Branka",   "Damir",    "Tanja",    "Matej",    "Lucija",   "Dubravka", "Zdravko",
    "Gordana",  "Filip",    "Nikolina", "Mateja",   "Antonija", "Đurđica",
};
static constexpr const char *const hrLast[] = {
    "Horvat",   "Kovačević", "Babić",    "Marić",   "Jurić",  "Novak",     "Kovačić", "Knežević",
    "Vuković",  "Marković",  "Petrović", "Matić",   "Tomić",  "Pavlović",  "Kovač",   "Božić",
    "Blažević", "Grgić",     "Pavić",    "Radić",   "Perić",  "Filipović", "Šarić",   "Lovrić",
    "Vidović",  "Jurišić",   "Popović",  "Bošnjak", "Jukić",  "Barišić",   "Mikulić", "Vrdoljak",
    "Čović",    "Šimić",     "Klarić",   "Brkić",   "Mandić", "Lončar",    "Galić",   "Ćosić",
    "Buljan",   "Matijević", "Žužić",    "Đurić",
};
static constexpr char hrFirstGenders[] = "fmfmmffm"
                                         "fmmmfmfm"
                                         "mfmfmfmf"
                                         "fmfmfmfm"
                                         "ffmfmffm"
                                         "fmffff";
static constexpr char hrLastGenders[] = "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnn";
static_assert(std::size(hrFirst) == sizeof(hrFirstGenders) - 1);
static_assert(std::size(hrLast) == sizeof(hrLastGenders) - 1);
static constexpr const char *const hrCities[] = {
    "Zagreb",         "Split",     "Rijeka",   "Osijek",     "Zadar",   "Velika Gorica",
    "Slavonski Brod", "Pula",      "Karlovac", "Varaždin",   "Šibenik", "Sisak",
    "Vinkovci",       "Dubrovnik", "Bjelovar", "Koprivnica", "Samobor", "Vukovar",
    "Čakovec",        "Požega",    "Đakovo",   "Makarska",
};
static constexpr const char *const hrSchools[] = {
    "Dječji vrtić Maslačak, %1",
    "Osnovna škola %1",
    "Osnovna škola Ivana Gorana Kovačića, %1",
    "Osnovna škola Vladimira Nazora, %1",
    "Gimnazija %1",
    "Gimnazija Antuna Gustava Matoša, %1",
    "Srednja škola %1",
    "Tehnička škola %1",
    "Ekonomska škola %1",
    "Turističko-ugostiteljska škola %1",
    "Strukovna škola %1",
    "Glazbena škola %1",
};
static constexpr const char *const hrSchoolTypes[] = {
    "pre_primary",     "primary",         "primary",         "primary",
    "upper_secondary", "upper_secondary", "upper_secondary", "vocational",
    "vocational",      "vocational",      "vocational",      "primary",
};
static_assert(std::size(hrSchools) == std::size(hrSchoolTypes));
static constexpr const char *const hrBio[] = {
    "Predajem engleski jezik u osnovnoj školi već dvanaest godina.",
    "Moji učenici imaju između deset i četrnaest godina.",
    "Tražimo partnere za projekt o zaštiti okoliša i recikliranju.",
    "U razrednoj nastavi ove godine vodim treći razred.",
    "Naša škola nalazi se u malom mjestu uz more.",
    "Predajem matematiku i fiziku u gimnaziji.",
    "Želim da moji učenici komuniciraju s vršnjacima iz cijele Europe.",
    "Već tri godine koordiniram eTwinning projekte u našoj školi.",
    "Zanimaju me projekti o sigurnosti na internetu i medijskoj pismenosti.",
    "Predajem povijest i volim projekte o kulturnoj baštini.",
    "Naši maturanti žele usavršiti engleski jezik prije državne mature.",
    "Radim u dječjem vrtiću s djecom od četiri do šest godina.",
    "Tražimo partnersku školu za razmjenu pisama, crteža i videozapisa.",
    "Predajem biologiju i kemiju te me posebno zanimaju STEM projekti.",
    "Htjeli bismo predstaviti hrvatske narodne običaje i tradicionalnu kuhinju.",
    "Naša škola ima oko 450 učenika i dobro opremljenu informatičku učionicu.",
    "Voljeli bismo sudjelovati u projektu o građanskom odgoju i pravima djece.",
    "Predajem likovnu kulturu i obožavam kreativne izazove.",
    "Radim u strukovnoj školi i predajem stručne predmete iz turizma i ugostiteljstva.",
    "Tražimo partnere za dugoročnu suradnju, a možda i za Erasmus+ projekt.",
    "Moji učenici rado programiraju robote i izvode pokuse.",
    "Predajem njemački jezik kao drugi strani jezik.",
    "Rado ću se uključiti u projekt o čitanju i omiljenim knjigama.",
    "U nastavi koristim Canvu, Padlet i TwinSpace.",
    "Predlažem projekt o moru, rijekama i vodi kao zajedničkom dobru.",
    "Prošle godine naš je projekt dobio Europsku oznaku kvalitete.",
    "Slobodno mi se javite ako vas zanima suradnja!",
    "Predajem glazbenu kulturu, a sa školskim zborom svake godine pripremamo božićni koncert.",
};

// ---------------------------------------------------------------- CY (el)
static constexpr const char *const cyFirst[] = {
    "Μαρία",       "Ανδρέας",   "Γιώργος",     "Ελένη",    "Χρίστος",    "Κώστας",     "Νίκος",
    "Άννα",        "Παναγιώτα", "Μιχάλης",     "Σάββας",   "Χαράλαμπος", "Κυριάκος",   "Στέλιος",
    "Παναγιώτης",  "Δέσποινα",  "Χριστίνα",    "Γεωργία",  "Μαρίνα",     "Σωτήρης",    "Δήμητρα",
    "Λουκάς",      "Παύλος",    "Ευαγγελία",   "Θεόδωρος", "Κατερίνα",   "Αλέξανδρος", "Ραφαέλλα",
    "Στέφανος",    "Φανή",      "Μάριος",      "Έλενα",    "Πέτρος",     "Νεόφυτος",   "Ξένια",
    "Ανθή",        "Σοφία",     "Γιάννης",     "Λεωνίδας", "Αθηνά",      "Μυρτώ",      "Βαρνάβας",
    "Χρυσταλλένη", "Παντελής",  "Κωνσταντίνα", "Έλλη",
};
static constexpr const char *const cyLast[] = {
    "Γεωργίου",      "Ιωάννου",          "Κωνσταντίνου",    "Χαραλάμπους",
    "Νικολάου",      "Χριστοδούλου",     "Αντωνίου",        "Δημητρίου",
    "Ανδρέου",       "Μιχαήλ",           "Παναγιώτου",      "Κυριάκου",
    "Σάββα",         "Χριστοφόρου",      "Θεοδώρου",        "Παύλου",
    "Στυλιανού",     "Λοΐζου",           "Αθανασίου",       "Ευαγγέλου",
    "Ηλία",          "Νεοφύτου",         "Σολωμού",         "Ματθαίου",
    "Φιλίππου",      "Λαζάρου",          "Αριστείδου",      "Ευσταθίου",
    "Ζαχαρίου",      "Κλεάνθους",        "Περικλέους",      "Σωκράτους",
    "Μιλτιάδους",    "Ιακώβου",          "Κυπριανού",       "Χατζηγεωργίου",
    "Χατζηνικολάου", "Χατζηχαραλάμπους", "Παπαγεωργίου",    "Παπαϊωάννου",
    "Γαβριήλ",       "Στεφάνου",         "Παπαχριστοφόρου", "Τρύφωνος",
};
static constexpr char cyFirstGenders[] = "fmmfmmmf"
                                         "fmmmmmmf"
                                         "fffmfmmf"
                                         "mfmfmfmf"
                                         "mmfffmmf"
                                         "fmfmff";
static constexpr char cyLastGenders[] = "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnn";
static_assert(std::size(cyFirst) == sizeof(cyFirstGenders) - 1);
static_assert(std::size(cyLast) == sizeof(cyLastGenders) - 1);
static constexpr const char *const cyCities[] = {
    "Λευκωσία",    "Λεμεσός",         "Στρόβολος",  "Λάρνακα",   "Λακατάμια",     "Πάφος",
    "Γερμασόγεια", "Έγκωμη",          "Αγλαντζιά",  "Αραδίππου", "Μέσα Γειτονιά", "Λατσιά",
    "Παραλίμνι",   "Ύψωνας",          "Δάλι",       "Δερύνεια",  "Πέγεια",        "Αγία Νάπα",
    "Αθηένου",     "Πόλις Χρυσοχούς", "Κυπερούντα",
};
static constexpr const char *const cySchools[] = {
    "Δημόσιο Νηπιαγωγείο Αγίου Αντωνίου, %1",
    "Α΄ Δημοτικό Σχολείο, %1",
    "Δημοτικό Σχολείο Αγίου Νικολάου, %1",
    "Γυμνάσιο Αγίου Σπυρίδωνα, %1",
    "Γυμνάσιο Κύκκου, %1",
    "Λύκειο Αρχιεπισκόπου Μακαρίου Γ΄, %1",
    "Λύκειο Αγίου Γεωργίου, %1",
    "Τεχνική Σχολή, %1",
    "Εσπερινή Τεχνική Σχολή, %1",
    "Μουσικό Σχολείο, %1",
    "Παγκύπριο Γυμνάσιο",
};
static constexpr const char *const cySchoolTypes[] = {
    "pre_primary",     "primary",         "primary",         "lower_secondary",
    "lower_secondary", "upper_secondary", "upper_secondary", "vocational",
    "vocational",      "upper_secondary", "upper_secondary",
};
static_assert(std::size(cySchools) == std::size(cySchoolTypes));
static constexpr const char *const cyBio[] = {
    "Διδάσκω αγγλικά σε δημοτικό σχολείο εδώ και δώδεκα χρόνια.",
    "Οι μαθητές μου είναι ηλικίας δέκα έως δώδεκα ετών.",
    "Αναζητούμε συνεργάτες για ένα πρόγραμμα για την προστασία του περιβάλλοντος.",
    "Είμαι εκπαιδευτικός προδημοτικής και εργάζομαι σε δημόσιο νηπιαγωγείο.",
    "Το σχολείο μας βρίσκεται σε ένα χωριό της επαρχίας Λεμεσού, κοντά στο Τρόοδος.",
    "Διδάσκω μαθηματικά στο λύκειο και με ενδιαφέρουν τα προγράμματα STEM.",
    "Θα ήθελα οι μαθητές μου να επικοινωνούν με συνομηλίκους τους από άλλες χώρες της Ευρώπης.",
    "Τα τελευταία τρία χρόνια συντονίζω τα προγράμματα eTwinning του σχολείου μας.",
    "Με ενδιαφέρουν ιδιαίτερα θέματα ασφάλειας στο διαδίκτυο.",
    "Διδάσκω ιστορία και μου αρέσει να αναδεικνύω την πολιτιστική κληρονομιά της Κύπρου.",
    "Αναζητούμε σχολείο για ανταλλαγή επιστολών, ζωγραφιών και βίντεο.",
    "Οι μαθητές του γυμνασίου μας αγαπούν τη ρομποτική και τον προγραμματισμό.",
    "Θα θέλαμε να παρουσιάσουμε τα κυπριακά έθιμα και την παραδοσιακή μας κουζίνα.",
    "Το σχολείο μας έχει περίπου 350 μαθητές από διαφορετικές χώρες.",
    "Θέλουμε να συμμετάσχουμε σε πρόγραμμα για την αγωγή του πολίτη και τα δικαιώματα του παιδιού.",
    "Διδάσκω τέχνη και αγαπώ τα δημιουργικά προγράμματα.",
    "Εργάζομαι σε Τεχνική Σχολή και διδάσκω ηλεκτρολογία.",
    "Επιδιώκουμε μακροχρόνια συνεργασία, ίσως και στο πλαίσιο του Erasmus+.",
    "Διδάσκω γαλλικά ως δεύτερη ξένη γλώσσα.",
    "Θα χαρώ να συμμετάσχω σε ένα πρόγραμμα φιλαναγνωσίας.",
    "Χρησιμοποιώ συχνά το Padlet, το Canva και το TwinSpace στην τάξη.",
    "Προτείνω ένα πρόγραμμα για το νερό και την εξοικονόμησή του, θέμα πολύ σημαντικό για το νησί "
    "μας.",
    "Πέρσι το πρόγραμμά μας βραβεύτηκε με Ευρωπαϊκή Ετικέτα Ποιότητας.",
    "Μη διστάσετε να επικοινωνήσετε μαζί μου!",
    "Διδάσκω μουσική και κάθε χρόνο ετοιμάζουμε χριστουγεννιάτικη συναυλία.",
    "Οι μαθητές της Γ΄ Λυκείου θέλουν να βελτιώσουν τα αγγλικά τους μέσα από πραγματική "
    "επικοινωνία.",
    "Διδάσκω φυσική αγωγή και θα ήθελα ένα πρόγραμμα για την υγιεινή διατροφή και την άσκηση.",
    "Εργάζομαι σε ειδική μονάδα με μικρές ομάδες παιδιών.",
};

// ---------------------------------------------------------------- CZ (cs)
static constexpr const char *const czFirst[] = {
    "Jana",      "Jan",       "Petr",     "Marie",  "Eva",     "Jiří",     "Josef",    "Hana",
    "Pavel",     "Anna",      "Martin",   "Lenka",  "Tomáš",   "Kateřina", "Lucie",    "Jaroslav",
    "Věra",      "Miroslav",  "Alena",    "Zdeněk", "Petra",   "Václav",   "Michal",   "Veronika",
    "Jaroslava", "František", "Martina",  "Jakub",  "Ludmila", "Lukáš",    "Helena",   "David",
    "Tereza",    "Ondřej",    "Michaela", "Radka",  "Karel",   "Zuzana",   "Vladimír", "Ivana",
    "Roman",     "Markéta",   "Jitka",    "Milan",  "Šárka",   "Ilona",
};
static constexpr const char *const czLast[] = {
    "Nováková",  "Novák",   "Svobodová", "Svoboda",     "Novotná",   "Novotný",  "Dvořáková",
    "Dvořák",    "Černá",   "Černý",     "Procházková", "Procházka", "Kučerová", "Kučera",
    "Veselá",    "Veselý",  "Horáková",  "Horák",       "Němcová",   "Němec",    "Marková",
    "Marek",     "Pokorná", "Pokorný",   "Pospíšilová", "Pospíšil",  "Hájková",  "Hájek",
    "Jelínková", "Jelínek", "Králová",   "Král",        "Růžičková", "Růžička",  "Benešová",
    "Beneš",     "Fialová", "Fiala",     "Sedláčková",  "Sedláček",  "Zemanová", "Zeman",
};
static constexpr char czFirstGenders[] = "fmmffmmf"
                                         "mfmfmffm"
                                         "fmfmfmmf"
                                         "fmfmfmfm"
                                         "fmffmfmf"
                                         "mffmff";
static constexpr char czLastGenders[] = "fmfmfmfm"
                                        "fmfmfmfm"
                                        "fmfmfmfm"
                                        "fmfmfmfm"
                                        "fmfmfmfm"
                                        "fm";
static_assert(std::size(czFirst) == sizeof(czFirstGenders) - 1);
static_assert(std::size(czLast) == sizeof(czLastGenders) - 1);
static constexpr const char *const czCities[] = {
    "Praha",
    "Brno",
    "Ostrava",
    "Plzeň",
    "Liberec",
    "Olomouc",
    "České Budějovice",
    "Hradec Králové",
    "Ústí nad Labem",
    "Pardubice",
    "Zlín",
    "Havířov",
    "Kladno",
    "Most",
    "Opava",
    "Frýdek-Místek",
    "Jihlava",
    "Karviná",
    "Teplice",
    "Děčín",
    "Karlovy Vary",
    "Chomutov",
    "Třebíč",
    "Kroměříž",
};
static constexpr const char *const czSchools[] = {
    "Mateřská škola Sluníčko, %1",        "Základní škola %1",
    "Základní škola a mateřská škola %1", "Základní škola T. G. Masaryka, %1",
    "Základní umělecká škola %1",         "Gymnázium %1",
    "Gymnázium Jana Nerudy, %1",          "Obchodní akademie %1",
    "Střední průmyslová škola %1",        "Střední odborné učiliště %1",
    "Střední zdravotnická škola %1",
};
static constexpr const char *const czSchoolTypes[] = {
    "pre_primary",     "primary",    "primary",    "primary",    "primary",    "upper_secondary",
    "upper_secondary", "vocational", "vocational", "vocational", "vocational",
};
static_assert(std::size(czSchools) == std::size(czSchoolTypes));
static constexpr const char *const czBio[] = {
    "Učím angličtinu a němčinu na základní škole už patnáct let.",
    "Moji žáci jsou ve věku od jedenácti do patnácti let.",
    "Hledáme partnery pro projekt zaměřený na ochranu životního prostředí.",
    "Na prvním stupni letos učím třetí třídu.",
    "Naše škola se nachází v malém městě na Vysočině.",
    "Vyučuji matematiku a fyziku na gymnáziu.",
    "Chci, aby moji žáci komunikovali se svými vrstevníky z celé Evropy.",
    "Už tři roky koordinuji projekty eTwinning na naší škole.",
    "Zajímají mě projekty o bezpečnosti na internetu a mediální výchově.",
    "Učím dějepis a baví mě projekty o kulturním dědictví.",
    "Naši studenti se připravují na maturitu a chtějí si zlepšit angličtinu.",
    "Pracuji v mateřské škole s dětmi ve věku od tří do šesti let.",
    "Hledáme partnerskou školu pro výměnu dopisů, obrázků a videí.",
    "Učím biologii a chemii a zajímám se o projekty STEM.",
    "Rádi bychom představili české tradice, například Velikonoce a masopust.",
    "Naše škola má kolem 600 žáků a moderní počítačovou učebnu.",
    "Chtěli bychom se zapojit do projektu o občanské výchově a právech dětí.",
    "Učím výtvarnou výchovu a miluji kreativní projekty.",
    "Pracuji na střední průmyslové škole a vyučuji elektrotechniku.",
    "Hledáme dlouhodobé partnery, případně i pro projekt Erasmus+.",
    "Moji žáci rádi programují roboty a dělají pokusy.",
    "Učím francouzštinu jako druhý cizí jazyk.",
    "Rádi se zapojíme do projektu o čtení a oblíbených knihách.",
    "Ve výuce používám Padlet, Canvu a TwinSpace.",
    "Navrhuji projekt o vodě a řekách v našich regionech.",
    "Loni náš projekt získal Evropský certifikát kvality.",
    "Neváhejte mě kontaktovat!",
    "Vedu školní pěvecký sbor a každý rok pořádáme vánoční koncert.",
};

// ---------------------------------------------------------------- DK (da)
static constexpr const char *const dkFirst[] = {
    "Anne",   "Kirsten",  "Dorte",    "Hanne",    "Peter",     "Jens",    "Lars",   "Michael",
    "Henrik", "Søren",    "Anna",     "Helle",    "Susanne",   "Lene",    "Thomas", "Jan",
    "Maria",  "Marianne", "Lone",     "Niels",    "Pia",       "Camilla", "Louise", "Rasmus",
    "Martin", "Flemming", "Morten",   "Jesper",   "Charlotte", "Tina",    "Bente",  "Anders",
    "Mads",   "Karen",    "Birgitte", "Pernille", "Mikkel",    "Trine",   "Jakob",  "Line",
    "Sofie",  "Kasper",   "Signe",    "Rikke",    "Frederik",  "Ida",     "Bjørn",  "Åse",
};
static constexpr const char *const dkLast[] = {
    "Nielsen",    "Jensen",      "Hansen",      "Pedersen",     "Andersen", "Christensen",
    "Larsen",     "Sørensen",    "Rasmussen",   "Jørgensen",    "Petersen", "Madsen",
    "Kristensen", "Olsen",       "Thomsen",     "Christiansen", "Poulsen",  "Johansen",
    "Møller",     "Mortensen",   "Knudsen",     "Jakobsen",     "Jacobsen", "Mathiasen",
    "Olesen",     "Frederiksen", "Laursen",     "Henriksen",    "Lund",     "Schmidt",
    "Holm",       "Eriksen",     "Kristiansen", "Nørgaard",     "Clausen",  "Simonsen",
    "Svendsen",   "Andreasen",   "Iversen",     "Østergaard",   "Jeppesen", "Vestergaard",
    "Lauridsen",  "Dahl",
};
static constexpr char dkFirstGenders[] = "ffffmmmm"
                                         "mmffffmm"
                                         "fffmfffm"
                                         "mmmmfffm"
                                         "mfffmfmf"
                                         "fmffmfmf";
static constexpr char dkLastGenders[] = "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnn";
static_assert(std::size(dkFirst) == sizeof(dkFirstGenders) - 1);
static_assert(std::size(dkLast) == sizeof(dkLastGenders) - 1);
static constexpr const char *const dkCities[] = {
    "København", "Aarhus",   "Odense",     "Aalborg",    "Esbjerg",   "Randers",
    "Kolding",   "Horsens",  "Vejle",      "Roskilde",   "Herning",   "Hørsholm",
    "Silkeborg", "Næstved",  "Fredericia", "Viborg",     "Køge",      "Holstebro",
    "Taastrup",  "Slagelse", "Hillerød",   "Sønderborg", "Svendborg",
};
static constexpr const char *const dkSchools[] = {
    "Børnehaven Solsikken, %1",
    "%1 Skole",
    "%1 Friskole",
    "%1 Private Realskole",
    "%1 Efterskole",
    "%1 Gymnasium",
    "%1 Katedralskole",
    "%1 Handelsgymnasium",
    "%1 Tekniske Skole",
    "HF & VUC %1",
    "%1 Kommunes Ungdomsskole",
};
static constexpr const char *const dkSchoolTypes[] = {
    "pre_primary",     "primary",         "primary",         "primary",
    "lower_secondary", "upper_secondary", "upper_secondary", "upper_secondary",
    "vocational",      "upper_secondary", "lower_secondary",
};
static_assert(std::size(dkSchools) == std::size(dkSchoolTypes));
static constexpr const char *const dkBio[] = {
    "Jeg har undervist i dansk og engelsk i udskolingen i fjorten år.",
    "Mine elever er mellem 11 og 13 år gamle.",
    "Vi søger partnere til et projekt om klima og bæredygtighed.",
    "Jeg er klasselærer for en 3. klasse på en folkeskole.",
    "Vores skole ligger i en lille by tæt på Limfjorden.",
    "Jeg underviser i matematik og fysik på et gymnasium.",
    "Jeg vil gerne have, at mine elever bruger engelsk i virkelige situationer.",
    "De sidste tre år har jeg været eTwinning-koordinator på skolen.",
    "Jeg interesserer mig især for projekter om digital dannelse og sikkerhed på nettet.",
    "Jeg underviser i historie og samfundsfag og brænder for demokrati og medborgerskab.",
    "Vores gymnasieelever vil gerne lære unge fra andre lande at kende.",
    "Jeg arbejder som pædagog i en børnehave med børn på tre til seks år.",
    "Vi søger en partnerklasse, som vil udveksle breve, tegninger og små videoer.",
    "Jeg underviser i natur/teknologi og elsker praktiske forsøg.",
    "Vi vil gerne fortælle om danske traditioner som fastelavn og sankthans.",
    "Skolen har omkring 500 elever fra 0. til 9. klasse.",
    "Jeg underviser i billedkunst og i håndværk og design.",
    "Jeg arbejder på en erhvervsskole og underviser kommende elektrikere.",
    "Vi ønsker et langvarigt samarbejde, gerne også et Erasmus+-projekt.",
    "Mine elever er vilde med at programmere robotter og bygge med LEGO.",
    "Jeg underviser i tysk som andet fremmedsprog.",
    "Jeg vil gerne være med i et projekt om læselyst og yndlingsbøger.",
    "Vi bruger Padlet, Canva og TwinSpace i undervisningen.",
    "Et projekt om havet, kysten og fiskeriet ville passe godt til vores område.",
    "Sidste år fik vores projekt et europæisk kvalitetsmærke.",
    "Du er meget velkommen til at kontakte mig!",
    "Jeg er musiklærer, og hele skolen synger sammen til morgensang.",
    "Vi cykler meget og kunne godt tænke os et projekt om sundhed og bevægelse.",
};

// ---------------------------------------------------------------- EE (et)
static constexpr const char *const eeFirst[] = {
    "Tiina", "Mart",   "Andres", "Anne",   "Kristiina", "Jüri",  "Toomas", "Rein",
    "Tõnu",  "Katrin", "Marju",  "Margus", "Aivar",     "Kadri", "Piret",  "Tiiu",
    "Urmas", "Kersti", "Mati",   "Ülle",   "Anu",       "Marek", "Merike", "Peeter",
    "Liina", "Tarmo",  "Maarja", "Indrek", "Kadi",      "Priit", "Reet",   "Siim",
    "Triin", "Kalle",  "Helen",  "Jaan",   "Eve",       "Raivo", "Margit", "Lauri",
    "Karin", "Meelis", "Ene",    "Sander", "Krista",    "Kaido",
};
static constexpr const char *const eeLast[] = {
    "Tamm",   "Saar",  "Sepp",  "Mägi",  "Kask",  "Kukk",   "Rebane",  "Soosaar", "Pärn",
    "Koppel", "Lepik", "Kruus", "Oja",   "Luik",  "Kaasik", "Karu",    "Lill",    "Raudsepp",
    "Kuusk",  "Vaher", "Põder", "Kõiv",  "Kivi",  "Mets",   "Teder",   "Tamme",   "Laur",
    "Org",    "Unt",   "Sild",  "Järv",  "Paju",  "Laine",  "Tooming", "Mänd",    "Saks",
    "Kütt",   "Kull",  "Valk",  "Aavik", "Roots", "Toom",   "Männik",
};
static constexpr char eeFirstGenders[] = "fmmffmmm"
                                         "mffmmfff"
                                         "mfmffmfm"
                                         "fmfmfmfm"
                                         "fmfmfmfm"
                                         "fmfmfm";
static constexpr char eeLastGenders[] = "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnn";
static_assert(std::size(eeFirst) == sizeof(eeFirstGenders) - 1);
static_assert(std::size(eeLast) == sizeof(eeLastGenders) - 1);
static constexpr const char *const eeCities[] = {
    "Tallinn",  "Tartu",      "Narva",    "Pärnu", "Kohtla-Järve", "Viljandi", "Maardu",
    "Rakvere",  "Kuressaare", "Sillamäe", "Valga", "Võru",         "Jõhvi",    "Keila",
    "Haapsalu", "Paide",      "Saue",     "Elva",  "Tapa",         "Põlva",    "Türi",
};
static constexpr const char *const eeSchools[] = {
    "Lasteaed Päikesejänku, %1",
    "%1 Lasteaed",
    "%1 Algkool",
    "%1 Põhikool",
    "Kesklinna Kool, %1",
    "%1 Gümnaasium",
    "%1 Ühisgümnaasium",
    "Jakob Hurda nimeline kool, %1",
    "%1 Kutsehariduskeskus",
    "%1 Muusikakool",
    "Täiskasvanute Gümnaasium, %1",
};
static constexpr const char *const eeSchoolTypes[] = {
    "pre_primary",     "pre_primary", "primary",    "primary", "primary",         "upper_secondary",
    "upper_secondary", "primary",     "vocational", "primary", "upper_secondary",
};
static_assert(std::size(eeSchools) == std::size(eeSchoolTypes));
static constexpr const char *const eeBio[] = {
    "Õpetan inglise keelt põhikoolis juba kaksteist aastat.",
    "Minu õpilased on 10–14-aastased.",
    "Otsime partnereid keskkonnateemalisse projekti.",
    "Olen klassiõpetaja ja sel aastal on mul kolmas klass.",
    "Meie kool asub väikeses linnas Lõuna-Eestis, metsade ja järvede keskel.",
    "Õpetan gümnaasiumis matemaatikat ja füüsikat.",
    "Soovin, et mu õpilased suhtleksid eakaaslastega üle kogu Euroopa.",
    "Olen juba kolm aastat meie kooli eTwinningu koordinaator.",
    "Mind huvitavad eriti projektid, mis käsitlevad internetiturvalisust ja meediapädevust.",
    "Õpetan ajalugu ja ühiskonnaõpetust ning mulle meeldivad kultuuripärandi projektid.",
    "Meie gümnasistid valmistuvad riigieksamiteks ja tahavad oma inglise keelt parandada.",
    "Töötan lasteaias kolme- kuni kuueaastaste lastega.",
    "Otsime partnerkooli, kellega vahetada kirju, joonistusi ja videoid.",
    "Õpetan bioloogiat ja keemiat ning tunnen huvi STEM-projektide vastu.",
    "Tahaksime tutvustada Eesti traditsioone, näiteks jaanipäeva ja laulupidu.",
    "Meie koolis õpib umbes 500 õpilast.",
    "Sooviksime osaleda projektis, mis käsitleb kodanikuharidust ja lapse õigusi.",
    "Õpetan kunsti ja armastan loovaid projekte.",
    "Töötan kutsehariduskeskuses ja õpetan IT-erialasid.",
    "Otsime pikaajalist koostööpartnerit, võib-olla ka Erasmus+ projekti jaoks.",
    "Minu õpilastele meeldib programmeerida roboteid ja teha katseid.",
    "Õpetan saksa keelt teise võõrkeelena.",
    "Osaleksin hea meelega lugemisprojektis, kus räägime oma lemmikraamatutest.",
    "Kasutan tundides Padletit, Canvat ja TwinSpace'i.",
    "Pakun välja projekti veest, rabadest ja Läänemerest.",
    "Eelmisel aastal sai meie projekt Euroopa kvaliteedimärgi.",
    "Võtke minuga julgelt ühendust!",
    "Õpetan muusikat ja juhatan kooli koori.",
};

// ---------------------------------------------------------------- FI (fi)
static constexpr const char *const fiFirst[] = {
    "Maria", "Juha",  "Timo",  "Anna",  "Matti",  "Kari",    "Mikko", "Tuula", "Antti", "Jari",
    "Päivi", "Sari",  "Pekka", "Anne",  "Riitta", "Heikki",  "Minna", "Leena", "Jukka", "Markku",
    "Tiina", "Marja", "Mika",  "Katja", "Hannu",  "Johanna", "Petri", "Satu",  "Janne", "Elina",
    "Ville", "Heli",  "Sanna", "Jussi", "Laura",  "Tero",    "Eeva",  "Outi",  "Jaana", "Sami",
    "Pirjo", "Henna", "Ari",   "Aino",  "Juho",   "Sirpa",
};
static constexpr const char *const fiLast[] = {
    "Korhonen",  "Virtanen", "Mäkinen",    "Nieminen",    "Mäkelä",   "Hämäläinen", "Laine",
    "Heikkinen", "Koskinen", "Järvinen",   "Lehtonen",    "Lehtinen", "Saarinen",   "Salminen",
    "Heinonen",  "Niemi",    "Heikkilä",   "Kinnunen",    "Salonen",  "Turunen",    "Salo",
    "Laitinen",  "Tuominen", "Rantanen",   "Karjalainen", "Jokinen",  "Mattila",    "Savolainen",
    "Lahtinen",  "Ahonen",   "Hiltunen",   "Leinonen",    "Hirvonen", "Miettinen",  "Pitkänen",
    "Väisänen",  "Kettunen", "Kärkkäinen", "Räsänen",     "Peltonen", "Lindholm",   "Nyström",
};
static constexpr char fiFirstGenders[] = "fmmfmmmf"
                                         "mmffmffm"
                                         "ffmmffmf"
                                         "mfmfmfmf"
                                         "fmfmfffm"
                                         "ffmfmf";
static constexpr char fiLastGenders[] = "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nn";
static_assert(std::size(fiFirst) == sizeof(fiFirstGenders) - 1);
static_assert(std::size(fiLast) == sizeof(fiLastGenders) - 1);
static constexpr const char *const fiCities[] = {
    "Helsinki",     "Espoo",       "Tampere", "Vantaa",    "Oulu",      "Turku",
    "Jyväskylä",    "Kuopio",      "Lahti",   "Pori",      "Kouvola",   "Joensuu",
    "Lappeenranta", "Hämeenlinna", "Vaasa",   "Seinäjoki", "Rovaniemi", "Mikkeli",
    "Kotka",        "Salo",        "Porvoo",  "Kokkola",
};
static constexpr const char *const fiSchools[] = {
    "Päiväkoti Tähtisilmä, %1", "Kirkonkylän koulu, %1",   "Keskuskoulu, %1",
    "Mäntymäen koulu, %1",      "Aleksis Kiven koulu, %1", "Koivurinteen yhtenäiskoulu, %1",
    "Yhteiskoulu, %1",          "Lyseon lukio, %1",        "Kalevan lukio, %1",
    "Ammattiopisto Kärki, %1",  "Musiikkiopisto, %1",
};
static constexpr const char *const fiSchoolTypes[] = {
    "pre_primary",     "primary",         "primary",         "primary",    "primary", "primary",
    "lower_secondary", "upper_secondary", "upper_secondary", "vocational", "primary",
};
static_assert(std::size(fiSchools) == std::size(fiSchoolTypes));
static constexpr const char *const fiBio[] = {
    "Olen opettanut englantia ja ruotsia yläkoulussa viisitoista vuotta.",
    "Oppilaani ovat 10–12-vuotiaita.",
    "Etsimme kumppaneita ympäristö- ja ilmastoaiheiseen projektiin.",
    "Olen luokanopettaja, ja tänä vuonna minulla on kolmasluokkalaiset.",
    "Koulumme sijaitsee pienessä kunnassa järven rannalla.",
    "Opetan lukiossa matematiikkaa ja fysiikkaa.",
    "Haluan, että oppilaani pääsevät käyttämään englantia aidoissa tilanteissa.",
    "Olen toiminut koulumme eTwinning-koordinaattorina kolme vuotta.",
    "Minua kiinnostavat erityisesti mediakasvatus ja turvallinen netin käyttö.",
    "Opetan historiaa ja yhteiskuntaoppia, ja kulttuuriperintöprojektit ovat lähellä sydäntäni.",
    "Lukiolaisemme valmistautuvat ylioppilaskirjoituksiin ja haluavat parantaa kielitaitoaan.",
    "Työskentelen varhaiskasvatuksessa 3–5-vuotiaiden lasten kanssa.",
    "Etsimme kumppaniluokkaa kirjeiden, piirustusten ja videoiden vaihtoon.",
    "Opetan biologiaa ja maantietoa, ja olen kiinnostunut STEM-projekteista.",
    "Haluaisimme esitellä suomalaisia perinteitä, kuten juhannusta ja saunakulttuuria.",
    "Koulussamme on noin 400 oppilasta esikoulusta yhdeksänteen luokkaan.",
    "Haluaisimme osallistua projektiin, joka käsittelee demokratiaa ja lasten oikeuksia.",
    "Opetan kuvataidetta ja rakastan luovia projekteja.",
    "Työskentelen ammattiopistossa ja opetan sähköalan opiskelijoita.",
    "Toivomme pitkäaikaista yhteistyötä, mahdollisesti myös Erasmus+-hanketta.",
    "Oppilaani ohjelmoivat mielellään robotteja ja tekevät kokeita.",
    "Opetan saksaa valinnaisena kielenä.",
    "Lähtisin mielelläni mukaan lukemisprojektiin, jossa esitellään lempikirjoja.",
    "Käytän opetuksessa Padletia, Canvaa ja TwinSpacea.",
    "Ehdotan projektia vedestä, järvistä ja Itämerestä.",
    "Viime vuonna projektimme sai eurooppalaisen laatumerkin.",
    "Ota rohkeasti yhteyttä!",
    "Opetan musiikkia ja johdan koulun kuoroa.",
    "Ulkoilemme paljon, joten haluaisimme tehdä projektin metsästä ja jokamiehenoikeuksista.",
};

// ---------------------------------------------------------------- FR (fr)
static constexpr const char *const frFirst[] = {
    "Marie",    "Jean",       "Nathalie", "Isabelle",  "Philippe",  "Sylvie",    "Catherine",
    "Michel",   "Christine",  "Pierre",   "Sandrine",  "Nicolas",   "Stéphanie", "Laurent",
    "Valérie",  "Céline",     "Frédéric", "Émilie",    "Sébastien", "Julien",    "Aurélie",
    "Caroline", "Christophe", "Anne",     "Véronique", "Thierry",   "Sophie",    "Olivier",
    "Hélène",   "Éric",       "Delphine", "Camille",   "David",     "Élodie",    "Vincent",
    "Agnès",    "Stéphane",   "Audrey",   "Guillaume", "Mathilde",  "Jérôme",    "Béatrice",
    "Cécile",   "François",   "Léa",      "Hugo",      "Chloé",     "Thomas",
};
static constexpr const char *const frLast[] = {
    "Martin",   "Bernard", "Thomas",   "Petit",     "Robert",   "Richard", "Durand",   "Dubois",
    "Moreau",   "Laurent", "Simon",    "Michel",    "Lefèvre",  "Leroy",   "Roux",     "David",
    "Bertrand", "Morel",   "Fournier", "Girard",    "Bonnet",   "Dupont",  "Lambert",  "Fontaine",
    "Rousseau", "Vincent", "Muller",   "Lefebvre",  "Faure",    "André",   "Mercier",  "Blanc",
    "Guérin",   "Boyer",   "Garnier",  "Chevalier", "François", "Legrand", "Gauthier", "Garcia",
    "Perrin",   "Robin",   "Clément",  "Morin",     "Nicolas",  "Henry",   "Roussel",  "Mathieu",
};
static constexpr char frFirstGenders[] = "fmffmffm"
                                         "fmfmfmff"
                                         "mfmmffmf"
                                         "fmfmfmff"
                                         "mfmfmfmf"
                                         "mffmfmfm";
static constexpr char frLastGenders[] = "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn";
static_assert(std::size(frFirst) == sizeof(frFirstGenders) - 1);
static_assert(std::size(frLast) == sizeof(frLastGenders) - 1);
static constexpr const char *const frCities[] = {
    "Paris",        "Marseille",        "Lyon",     "Toulouse", "Nice",     "Nantes",
    "Montpellier",  "Strasbourg",       "Bordeaux", "Lille",    "Rennes",   "Reims",
    "Toulon",       "Saint-Étienne",    "Grenoble", "Dijon",    "Nancy",    "Nîmes",
    "Villeurbanne", "Clermont-Ferrand", "Caen",     "Brest",    "Tours",    "Mulhouse",
    "Limoges",      "Perpignan",        "Metz",     "Besançon", "Poitiers", "Rouen",
};
static constexpr const char *const frSchools[] = {
    "École maternelle Jules Ferry",
    "École maternelle de %1",
    "École élémentaire de %1",
    "École primaire publique Jacques Prévert de %1",
    "Collège Jean Moulin de %1",
    "Collège Albert Camus",
    "Collège Victor Hugo de %1",
    "Lycée Victor Hugo",
    "Lycée général et technologique de %1",
    "Lycée polyvalent Marie Curie de %1",
    "Lycée professionnel Jean Jaurès",
    "Lycée professionnel des métiers de l'hôtellerie de %1",
    "Cité scolaire de %1",
};
static constexpr const char *const frSchoolTypes[] = {
    "pre_primary",     "pre_primary",     "primary",         "primary",         "lower_secondary",
    "lower_secondary", "lower_secondary", "upper_secondary", "upper_secondary", "upper_secondary",
    "vocational",      "vocational",      "upper_secondary",
};
static_assert(std::size(frSchools) == std::size(frSchoolTypes));
static constexpr const char *const frBio[] = {
    "J'enseigne l'histoire-géographie dans un collège depuis douze ans.",
    "Mes élèves ont entre 11 et 15 ans.",
    "Nous cherchons des partenaires pour un projet sur l'eau et le développement durable.",
    "Je suis professeur des écoles et j'ai cette année une classe de CE2.",
    "Notre école se trouve dans un petit village de Bretagne, près de la mer.",
    "J'enseigne les mathématiques et la physique-chimie en lycée.",
    "Je voudrais que mes élèves pratiquent l'anglais dans des situations authentiques.",
    "Depuis trois ans, je coordonne les projets eTwinning de mon établissement.",
    "Je m'intéresse particulièrement à l'éducation aux médias et à la sécurité sur Internet.",
    "J'enseigne les lettres et j'aime faire découvrir le patrimoine culturel de notre région.",
    "Mes élèves de terminale préparent le bac et souhaitent progresser en anglais.",
    "Je travaille en maternelle avec des enfants de moyenne et grande section.",
    "Nous recherchons une classe partenaire pour échanger des lettres, des dessins et des vidéos.",
    "J'enseigne les SVT et les projets STEM me passionnent.",
    "Nous aimerions présenter nos traditions, comme la galette des rois ou la Chandeleur.",
    "Notre collège accueille environ 600 élèves et propose une section européenne.",
    "Nous souhaitons participer à un projet sur la citoyenneté européenne et les droits de "
    "l'enfant.",
    "J'enseigne les arts plastiques et j'adore les projets créatifs.",
    "Je travaille dans un lycée professionnel, en filière hôtellerie-restauration.",
    "Nous cherchons un partenariat durable, pourquoi pas dans le cadre d'Erasmus+.",
    "Mes élèves adorent programmer des robots et réaliser des expériences.",
    "J'enseigne l'allemand en LV2.",
    "Je participerais volontiers à un projet autour de la lecture et des albums jeunesse.",
    "J'utilise régulièrement Padlet, Canva et le TwinSpace avec mes classes.",
    "Je propose un projet sur les rivières et la biodiversité de nos régions.",
    "L'an dernier, notre projet a reçu le label de qualité européen.",
    "N'hésitez pas à me contacter !",
    "J'enseigne l'éducation musicale et je dirige la chorale du collège.",
    "Nos élèves d'ULIS travaillent en petits groupes et adorent les projets concrets.",
};

// ---------------------------------------------------------------- DE (de)
static constexpr const char *const deFirst[] = {
    "Sabine",    "Michael", "Torsten",  "Andrea", "Stefan", "Claudia",   "Andreas",   "Petra",
    "Christian", "Susanne", "Markus",   "Monika", "Frank",  "Birgit",    "Jürgen",    "Katrin",
    "Holger",    "Nicole",  "Peter",    "Ute",    "Uwe",    "Anja",      "Klaus",     "Kerstin",
    "Wolfgang",  "Heike",   "Matthias", "Julia",  "Tobias", "Stephanie", "Jan",       "Melanie",
    "Alexander", "Silke",   "Jörg",     "Tanja",  "Dirk",   "Ulrike",    "Sebastian", "Karin",
    "Florian",   "Lena",    "Jens",     "Anke",   "Björn",  "Jana",      "Sven",      "Gabriele",
};
static constexpr const char *const deLast[] = {
    "Müller",   "Schmidt",  "Schneider", "Fischer",    "Weber",  "Meyer",   "Wagner",  "Becker",
    "Schulz",   "Hoffmann", "Schäfer",   "Koch",       "Bauer",  "Richter", "Klein",   "Wolf",
    "Schröder", "Neumann",  "Schwarz",   "Zimmermann", "Braun",  "Krüger",  "Hofmann", "Hartmann",
    "Lange",    "Schmitt",  "Werner",    "Schmitz",    "Krause", "Meier",   "Lehmann", "Schmid",
    "Schulze",  "Maier",    "Köhler",    "Herrmann",   "König",  "Walter",  "Mayer",   "Huber",
    "Kaiser",   "Fuchs",    "Peters",    "Lang",       "Scholz", "Möller",  "Weiß",    "Jung",
};
static constexpr char deFirstGenders[] = "fmmfmfmf"
                                         "mfmfmfmf"
                                         "mfmfmfmf"
                                         "mfmfmfmf"
                                         "mfmfmfmf"
                                         "mfmfmfmf";
static constexpr char deLastGenders[] = "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn";
static_assert(std::size(deFirst) == sizeof(deFirstGenders) - 1);
static_assert(std::size(deLast) == sizeof(deLastGenders) - 1);
static constexpr const char *const deCities[] = {
    "Berlin",    "Hamburg",    "München",   "Köln",      "Frankfurt am Main",
    "Stuttgart", "Düsseldorf", "Leipzig",   "Dortmund",  "Essen",
    "Bremen",    "Dresden",    "Hannover",  "Nürnberg",  "Duisburg",
    "Bochum",    "Wuppertal",  "Bielefeld", "Bonn",      "Münster",
    "Mannheim",  "Karlsruhe",  "Augsburg",  "Wiesbaden", "Freiburg im Breisgau",
    "Lübeck",    "Rostock",    "Erfurt",    "Kassel",    "Göttingen",
};
static constexpr const char *const deSchools[] = {
    "Kita Sonnenschein, %1",    "Grundschule %1",
    "Grundschule am Park, %1",  "Geschwister-Scholl-Schule %1",
    "Anne-Frank-Realschule %1", "Oberschule %1",
    "Gesamtschule %1",          "Goethe-Gymnasium %1",
    "Humboldt-Gymnasium %1",    "Schiller-Gymnasium %1",
    "Berufskolleg %1",          "Berufsbildende Schulen %1",
    "Förderschule %1",
};
static constexpr const char *const deSchoolTypes[] = {
    "pre_primary",     "primary",         "primary",         "lower_secondary", "lower_secondary",
    "lower_secondary", "lower_secondary", "upper_secondary", "upper_secondary", "upper_secondary",
    "vocational",      "vocational",      "special_needs",
};
static_assert(std::size(deSchools) == std::size(deSchoolTypes));
static constexpr const char *const deBio[] = {
    "Ich unterrichte Englisch und Sport an einer Gesamtschule.",
    "Meine Schülerinnen und Schüler besuchen die 7. und 8. Klasse.",
    "Wir suchen europäische Partner für ein Projekt zu erneuerbaren Energien.",
    "An unserer Grundschule lernen die Kinder ab der ersten Klasse Englisch.",
    "Unsere Schule liegt in einer Kleinstadt an der Ostsee.",
    "Ich unterrichte Chemie und Biologie am Gymnasium und leite die Umwelt-AG.",
    "Mein Ziel ist, dass meine Klasse Fremdsprachen mit Freude anwendet.",
    "An unserer Schule kümmere ich mich um internationale Projekte und Austausche.",
    "Wir möchten mit einer Partnerklasse zum Thema Cybermobbing und Datenschutz arbeiten.",
    "Ich unterrichte Deutsch als Zweitsprache in einer Willkommensklasse.",
    "Unsere Oberstufe interessiert sich sehr für Politik und die Zukunft Europas.",
    "Ich arbeite in einer Kita mit Kindern zwischen drei und sechs Jahren.",
    "Wir würden gern ein gemeinsames E-Book mit Geschichten aus verschiedenen Ländern gestalten.",
    "Mathematik ist mein Lieblingsfach, und ich suche Partner für ein Projekt über Geometrie im "
    "Alltag.",
    "Gern stellen wir Traditionen wie den Martinsumzug oder den Adventskalender vor.",
    "Wir sind eine Europaschule mit etwa 900 Schülerinnen und Schülern.",
    "Ich möchte mit meiner Klasse ein Projekt über Demokratie und Mitbestimmung durchführen.",
    "Im Kunstunterricht arbeiten wir gern mit Fotografie und Stop-Motion-Filmen.",
    "An einem Berufskolleg bilde ich angehende Erzieherinnen und Erzieher aus.",
    "Wir suchen eine feste Partnerschule für einen Schüleraustausch mit Erasmus+.",
    "In unserer Robotik-AG programmieren die Kinder den Calliope mini und LEGO-Roboter.",
    "Ich unterrichte Französisch und Spanisch in der Sekundarstufe I.",
    "Ein Leseprojekt mit Lieblingsbüchern aus ganz Europa fände ich wunderbar.",
    "Wir arbeiten mit iPads, Padlet und dem TwinSpace.",
    "Unsere Stadt hat eine spannende Geschichte, die wir gern mit anderen teilen.",
    "Ich freue mich auf eure Nachrichten!",
    "Ich unterrichte Musik und Geschichte und plane ein Projekt über europäische Komponisten.",
    "Unsere Förderschule sucht Partner für kleine, handlungsorientierte Projekte.",
};

// ---------------------------------------------------------------- GR (el)
static constexpr const char *const grFirst[] = {
    "Μαρία",     "Γιώργος",   "Ελένη",    "Κωνσταντίνος", "Δημήτρης",   "Αικατερίνη", "Ιωάννης",
    "Βασιλική",  "Νικόλαος",  "Σοφία",    "Παναγιώτης",   "Γεωργία",    "Χρήστος",    "Ευαγγελία",
    "Αθανάσιος", "Αναστασία", "Μιχάλης",  "Δήμητρα",      "Ευάγγελος",  "Χριστίνα",   "Σπύρος",
    "Ειρήνη",    "Αντώνης",   "Κατερίνα", "Βασίλης",      "Παρασκευή",  "Σταύρος",    "Ευτυχία",
    "Θανάσης",   "Αγγελική",  "Ηλίας",    "Φωτεινή",      "Αλέξανδρος", "Ζωή",        "Εμμανουήλ",
    "Σταματία",  "Απόστολος", "Κυριακή",  "Πέτρος",       "Χαρίκλεια",  "Θεόδωρος",   "Αργυρώ",
    "Λευτέρης",  "Μαρίνα",    "Στέλιος",  "Ναταλία",
};
static constexpr const char *const grLast[] = {
    "Παπαδοπούλου", "Παπαδόπουλος", "Γεωργίου",    "Οικονόμου",      "Παπαδάκη",
    "Παπαδάκης",    "Νικολάου",     "Ιωάννου",     "Βλάχου",         "Βλάχος",
    "Παπαγεωργίου", "Αντωνίου",     "Μακρή",       "Μακρής",         "Γεωργιάδου",
    "Γεωργιάδης",   "Παπανικολάου", "Δημητρίου",   "Κωνσταντινίδου", "Κωνσταντινίδης",
    "Παπαϊωάννου",  "Αθανασίου",    "Πετροπούλου", "Πετρόπουλος",    "Νικολαΐδου",
    "Νικολαΐδης",   "Χριστοδούλου", "Καραγιάννη",  "Καραγιάννης",    "Μιχαηλίδου",
    "Μιχαηλίδης",   "Αλεξίου",      "Ευαγγέλου",   "Κωνσταντίνου",   "Παππά",
    "Παππάς",       "Ζαχαρίου",     "Λαμπράκη",    "Λαμπράκης",      "Αναγνώστου",
    "Σταθοπούλου",  "Σταθόπουλος",  "Κυριακίδου",  "Θεοδωρίδης",
};
static constexpr char grFirstGenders[] = "fmfmmfmf"
                                         "mfmfmfmf"
                                         "mfmfmfmf"
                                         "mfmfmfmf"
                                         "mfmfmfmf"
                                         "mfmfmf";
static constexpr char grLastGenders[] = "fmnnfmnn"
                                        "fmnnfmfm"
                                        "nnfmnnfm"
                                        "fmnfmfmn"
                                        "nnfmnfmn"
                                        "fmfm";
static_assert(std::size(grFirst) == sizeof(grFirstGenders) - 1);
static_assert(std::size(grLast) == sizeof(grLastGenders) - 1);
static constexpr const char *const grCities[] = {
    "Αθήνα",    "Θεσσαλονίκη", "Πάτρα",   "Πειραιάς", "Ηράκλειο",       "Λάρισα",  "Βόλος",
    "Ιωάννινα", "Τρίκαλα",     "Χαλκίδα", "Σέρρες",   "Αλεξανδρούπολη", "Ξάνθη",   "Κατερίνη",
    "Καλαμάτα", "Καβάλα",      "Χανιά",   "Λαμία",    "Κομοτηνή",       "Ρόδος",   "Αγρίνιο",
    "Δράμα",    "Βέροια",      "Κοζάνη",  "Καρδίτσα", "Ρέθυμνο",        "Κέρκυρα",
};
static constexpr const char *const grSchools[] = {
    "1ο Νηπιαγωγείο, %1",
    "3ο Δημοτικό Σχολείο, %1",
    "Πειραματικό Δημοτικό Σχολείο, %1",
    "Ειδικό Δημοτικό Σχολείο, %1",
    "2ο Γυμνάσιο, %1",
    "Εσπερινό Γυμνάσιο, %1",
    "Μουσικό Σχολείο, %1",
    "1ο Γενικό Λύκειο, %1",
    "Πρότυπο Γενικό Λύκειο, %1",
    "1ο ΕΠΑΛ, %1",
    "Καλλιτεχνικό Σχολείο, %1",
};
static constexpr const char *const grSchoolTypes[] = {
    "pre_primary",     "primary",         "primary",         "special_needs",
    "lower_secondary", "lower_secondary", "upper_secondary", "upper_secondary",
    "upper_secondary", "vocational",      "upper_secondary",
};
static_assert(std::size(grSchools) == std::size(grSchoolTypes));
static constexpr const char *const grBio[] = {
    "Είμαι φιλόλογος και διδάσκω σε γυμνάσιο εδώ και δεκαπέντε χρόνια.",
    "Οι μαθητές μου φοιτούν στη Β΄ και στη Γ΄ Γυμνασίου.",
    "Αναζητούμε εταίρους για ένα έργο σχετικό με την κλιματική αλλαγή.",
    "Διδάσκω σε δημοτικό σχολείο και φέτος έχω την Τετάρτη τάξη.",
    "Το σχολείο μας βρίσκεται σε ένα νησί των Κυκλάδων.",
    "Διδάσκω πληροφορική και με ενδιαφέρουν ο προγραμματισμός και η ρομποτική.",
    "Θέλω οι μαθητές μου να χρησιμοποιούν τα αγγλικά σε πραγματικές συνθήκες επικοινωνίας.",
    "Συμμετέχω στο eTwinning από το 2015 και έχω υλοποιήσει πολλά έργα.",
    "Μας ενδιαφέρει η ασφαλής χρήση του διαδικτύου και η πρόληψη του σχολικού εκφοβισμού.",
    "Διδάσκω ιστορία και θα ήθελα ένα έργο για τα μνημεία της πόλης μας.",
    "Οι μαθητές του λυκείου μας προετοιμάζονται για τις Πανελλαδικές, αλλά αγαπούν τα ευρωπαϊκά "
    "προγράμματα.",
    "Εργάζομαι σε νηπιαγωγείο με παιδιά τεσσάρων έως έξι ετών.",
    "Ψάχνουμε τάξη-εταίρο για ανταλλαγή καρτ ποστάλ και βίντεο.",
    "Διδάσκω φυσική και χημεία και οργανώνω εργαστήρια STEM.",
    "Θα θέλαμε να μοιραστούμε τα έθιμα του Πάσχα και της Αποκριάς.",
    "Στο σχολείο μας φοιτούν περίπου 250 μαθητές.",
    "Θέλουμε να ασχοληθούμε με τα ανθρώπινα δικαιώματα και τον ενεργό πολίτη.",
    "Διδάσκω εικαστικά και μου αρέσει να συνδυάζω την τέχνη με την τεχνολογία.",
    "Εργάζομαι σε ΕΠΑΛ και διδάσκω μαθήματα του τομέα υγείας και πρόνοιας.",
    "Αναζητούμε σταθερούς εταίρους για κοινό έργο Erasmus+.",
    "Οι μαθητές μου λατρεύουν τα πειράματα και τις κατασκευές.",
    "Διδάσκω γερμανικά και γαλλικά στο δημοτικό.",
    "Προτείνω ένα έργο για τους μύθους και τους θρύλους της Ευρώπης.",
    "Χρησιμοποιούμε Padlet, Canva, Genially και φυσικά το TwinSpace.",
    "Ένα έργο για τη θάλασσα και την προστασία των ακτών θα ταίριαζε πολύ στην περιοχή μας.",
    "Τα έργα μας έχουν λάβει Εθνικές και Ευρωπαϊκές Ετικέτες Ποιότητας.",
    "Περιμένω με χαρά τα μηνύματά σας!",
    "Διδάσκω φυσική αγωγή και θα ήθελα ένα έργο για τα παραδοσιακά παιχνίδια.",
    "Θα χαρούμε να παρουσιάσουμε την ελληνική μυθολογία μέσα από το θέατρο.",
};

// ---------------------------------------------------------------- HU (hu)
static constexpr const char *const huFirst[] = {
    "Mária", "László", "Erzsébet", "István", "Katalin",   "József", "Ilona",     "János",
    "Éva",   "Zoltán", "Anna",     "Sándor", "Zsuzsanna", "Ferenc", "Margit",    "Gábor",
    "Judit", "Attila", "Ágnes",    "Péter",  "Andrea",    "Tamás",  "Krisztina", "Zsolt",
    "Erika", "Tibor",  "Mónika",   "András", "Edit",      "Csaba",  "Gabriella", "Imre",
    "Anita", "Lajos",  "Szilvia",  "György", "Eszter",    "Balázs", "Viktória",  "Gergely",
    "Tünde", "Dávid",  "Orsolya",  "Márta",  "Bence",     "Réka",
};
static constexpr const char *const huLast[] = {
    "Nagy",   "Kovács", "Tóth",     "Szabó",  "Horváth", "Varga",   "Kiss",     "Molnár", "Németh",
    "Farkas", "Balogh", "Papp",     "Takács", "Juhász",  "Lakatos", "Mészáros", "Oláh",   "Simon",
    "Rácz",   "Fekete", "Szilágyi", "Török",  "Fehér",   "Balázs",  "Gál",      "Kis",    "Szűcs",
    "Kocsis", "Orsós",  "Pintér",   "Fodor",  "Szalai",  "Sipos",   "Kelemen",  "Lukács", "Gulyás",
    "Biró",   "Király", "Katona",   "László", "Jakab",   "Bogdán",  "Sándor",   "Boros",
};
static constexpr char huFirstGenders[] = "fmfmfmfm"
                                         "fmfmfmfm"
                                         "fmfmfmfm"
                                         "fmfmfmfm"
                                         "fmfmfmfm"
                                         "fmffmf";
static constexpr char huLastGenders[] = "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnn";
static_assert(std::size(huFirst) == sizeof(huFirstGenders) - 1);
static_assert(std::size(huLast) == sizeof(huLastGenders) - 1);
static constexpr const char *const huCities[] = {
    "Budapest",       "Debrecen",
    "Szeged",         "Miskolc",
    "Pécs",           "Győr",
    "Nyíregyháza",    "Kecskemét",
    "Székesfehérvár", "Szombathely",
    "Szolnok",        "Érd",
    "Tatabánya",      "Sopron",
    "Kaposvár",       "Veszprém",
    "Békéscsaba",     "Zalaegerszeg",
    "Eger",           "Nagykanizsa",
    "Dunaújváros",    "Hódmezővásárhely",
    "Baja",           "Gödöllő",
};
static constexpr const char *const huSchools[] = {
    "Napsugár Óvoda, %1",
    "Petőfi Sándor Általános Iskola, %1",
    "Kossuth Lajos Általános Iskola, %1",
    "Szent István Katolikus Általános Iskola, %1",
    "Arany János Gimnázium, %1",
    "Széchenyi István Gimnázium, %1",
    "Bolyai János Gimnázium és Kollégium, %1",
    "Kandó Kálmán Technikum, %1",
    "Bethlen Gábor Szakképző Iskola, %1",
    "Kodály Zoltán Alapfokú Művészeti Iskola, %1",
};
static constexpr const char *const huSchoolTypes[] = {
    "pre_primary",     "primary",         "primary",    "primary",    "upper_secondary",
    "upper_secondary", "upper_secondary", "vocational", "vocational", "primary",
};
static_assert(std::size(huSchools) == std::size(huSchoolTypes));
static constexpr const char *const huBio[] = {
    "Tizenkét éve tanítok angol nyelvet egy általános iskolában.",
    "A tanítványaim 10 és 14 év közöttiek.",
    "Partnereket keresünk egy környezetvédelmi projekthez.",
    "Alsós tanító vagyok, idén harmadikos osztályom van.",
    "Iskolánk egy kisvárosban található, nem messze a Balatontól.",
    "Matematikát és fizikát tanítok egy gimnáziumban.",
    "Szeretném, ha a diákjaim valódi helyzetekben használnák az angolt.",
    "Három éve koordinálom az iskolánk eTwinning-projektjeit.",
    "Különösen érdekelnek a médiatudatossággal és az internetbiztonsággal foglalkozó projektek.",
    "Történelmet tanítok, és szívesen dolgozom a kulturális örökséggel kapcsolatos projekteken.",
    "Végzős diákjaink az érettségire készülnek, és fejleszteni szeretnék a nyelvtudásukat.",
    "Óvodában dolgozom három–hat éves gyerekekkel.",
    "Partneriskolát keresünk levelek, rajzok és videók cseréjéhez.",
    "Biológiát és kémiát tanítok, és nagyon érdekelnek a STEM-projektek.",
    "Szeretnénk bemutatni a magyar hagyományokat, például a busójárást és a húsvéti locsolkodást.",
    "Iskolánkba körülbelül 500 diák jár.",
    "Szívesen részt vennénk egy demokráciáról és a gyermekjogokról szóló projektben.",
    "Vizuális kultúrát tanítok, és imádom a kreatív feladatokat.",
    "Egy technikumban dolgozom, ahol informatikai szakmai tárgyakat tanítok.",
    "Hosszú távú együttműködést keresünk, akár egy Erasmus+ pályázat keretében is.",
    "A diákjaim szeretnek robotokat programozni és kísérletezni.",
    "Németet tanítok második idegen nyelvként.",
    "Örömmel csatlakoznék egy olvasásnépszerűsítő projekthez.",
    "Az órákon Padletet, Canvát és a TwinSpace-t használom.",
    "Egy vízről és folyóinkról szóló projektet javaslok.",
    "Tavaly a projektünk Európai Minőségi Címkét kapott.",
    "Bátran keressenek meg!",
    "Ének-zenét tanítok, és én vezetem az iskolai kórust.",
};

// ---------------------------------------------------------------- IE (en)
static constexpr const char *const ieFirst[] = {
    "Mary",   "John",    "Patrick", "Catherine", "Michael", "Margaret", "Séamus",  "Siobhán",
    "Aoife",  "Ciarán",  "Niamh",   "Declan",    "Sinéad",  "Eoin",     "Gráinne", "Brian",
    "Róisín", "Conor",   "Deirdre", "Kevin",     "Orla",    "Colm",     "Áine",    "Fiona",
    "Liam",   "Clodagh", "Dermot",  "Maeve",     "Cathal",  "Bríd",     "Paul",    "Emer",
    "Donal",  "Sarah",   "Tadhg",   "Caoimhe",   "Brendan", "Eimear",   "Darragh", "Nuala",
    "Rory",   "Úna",     "Fergal",  "Ailbhe",    "David",   "Laura",
};
static constexpr const char *const ieLast[] = {
    "Murphy",     "Kelly",         "O'Sullivan", "Walsh",     "Smith",    "O'Brien",  "Byrne",
    "Ryan",       "O'Connor",      "O'Neill",    "O'Reilly",  "Doyle",    "McCarthy", "Gallagher",
    "O'Doherty",  "Kennedy",       "Lynch",      "Murray",    "Quinn",    "Moore",    "McLoughlin",
    "O'Carroll",  "Connolly",      "Daly",       "O'Connell", "Wilson",   "Dunne",    "Brennan",
    "Burke",      "Collins",       "Campbell",   "Clarke",    "Johnston", "Hughes",   "Farrell",
    "Fitzgerald", "Brown",         "Kavanagh",   "Maguire",   "Nolan",    "Flynn",    "Power",
    "Ó Briain",   "Mac Cárthaigh",
};
static constexpr char ieFirstGenders[] = "fmmfmfmf"
                                         "fmfmfmfm"
                                         "fmfmfmff"
                                         "mfmfmfmf"
                                         "mfmfmfmf"
                                         "mfmfmf";
static constexpr char ieLastGenders[] = "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnmm";
static_assert(std::size(ieFirst) == sizeof(ieFirstGenders) - 1);
static_assert(std::size(ieLast) == sizeof(ieLastGenders) - 1);
static constexpr const char *const ieCities[] = {
    "Dublin",  "Cork",      "Limerick",  "Galway",      "Waterford",  "Drogheda",
    "Swords",  "Dundalk",   "Bray",      "Navan",       "Kilkenny",   "Ennis",
    "Carlow",  "Tralee",    "Newbridge", "Portlaoise",  "Balbriggan", "Naas",
    "Athlone", "Mullingar", "Sligo",     "Letterkenny", "Wexford",
};
static constexpr const char *const ieSchools[] = {
    "Naíonra na Réaltaí, %1",
    "St. Patrick's National School, %1",
    "Scoil Mhuire, %1",
    "Gaelscoil Bhríde, %1",
    "%1 Educate Together National School",
    "St. Mary's Secondary School, %1",
    "Presentation Secondary School, %1",
    "Coláiste Íde, %1",
    "%1 Community School",
    "%1 Community College",
    "%1 College of Further Education",
};
static constexpr const char *const ieSchoolTypes[] = {
    "pre_primary",     "primary",         "primary",         "primary",
    "primary",         "upper_secondary", "upper_secondary", "upper_secondary",
    "upper_secondary", "upper_secondary", "vocational",
};
static_assert(std::size(ieSchools) == std::size(ieSchoolTypes));
static constexpr const char *const ieBio[] = {
    "I teach English and History in a mixed secondary school.",
    "My class is a lovely group of 28 fourth class pupils, aged nine and ten.",
    "We are looking for partners for a project on biodiversity and climate action.",
    "I have been teaching Junior Infants for six years and love working with the youngest "
    "children.",
    "Our school is a small rural national school with just four teachers.",
    "I teach Maths and Applied Maths to Leaving Certificate students.",
    "I would love my students to practise their French with a partner school in France or Belgium.",
    "I am the eTwinning coordinator in our school and have been running projects since 2016.",
    "Our Transition Year students are keen to work on an eSafety and digital wellbeing project.",
    "I teach Irish and would love to share our language and culture with European partners.",
    "We are a Green-Schools school and have just earned our fifth Green Flag.",
    "I teach Science and Biology and I am always looking for new STEM ideas.",
    "We would like to exchange letters, photos and short videos with a class of a similar age.",
    "St Patrick's Day and Halloween traditions could be a fun starting point for a cultural "
    "project.",
    "Our school has about 700 students from over thirty different countries.",
    "I would like to work on a project about active citizenship and the rights of the child.",
    "I teach Art and I am interested in a project about street art and murals across Europe.",
    "I teach in a College of Further Education on an early childhood care course.",
    "We hope to find a long-term partner, ideally for an Erasmus+ exchange.",
    "My pupils love coding with Scratch and building with micro:bits.",
    "I teach Spanish to Junior Cycle students.",
    "A reading project where pupils recommend their favourite books would be perfect for us.",
    "We use Padlet, Book Creator and the TwinSpace regularly.",
    "I am interested in a project on the sea, coastal heritage and our fishing communities.",
    "Last year our project was awarded a European Quality Label.",
    "Please feel free to get in touch!",
    "I teach Music, and our pupils play the tin whistle and sing in the school choir.",
    "I work as a special education teacher supporting pupils with additional needs.",
    "We would be delighted to hear from partners interested in traditional games and sports like "
    "hurling.",
};

// ---------------------------------------------------------------- IT (it)
static constexpr const char *const itFirst[] = {
    "Maria",   "Giuseppe", "Anna",      "Giovanni",   "Francesca",  "Antonio",  "Laura",
    "Marco",   "Paola",    "Francesco", "Giulia",     "Roberto",    "Elena",    "Andrea",
    "Chiara",  "Luca",     "Silvia",    "Alessandro", "Federica",   "Stefano",  "Valentina",
    "Paolo",   "Simona",   "Massimo",   "Cristina",   "Davide",     "Daniela",  "Matteo",
    "Barbara", "Luigi",    "Monica",    "Salvatore",  "Alessandra", "Fabio",    "Roberta",
    "Giorgio", "Elisa",    "Claudio",   "Lucia",      "Vincenzo",   "Patrizia", "Riccardo",
    "Rosa",    "Nicola",   "Serena",    "Pietro",
};
static constexpr const char *const itLast[] = {
    "Rossi",   "Russo",   "Ferrari",   "Esposito", "Bianchi",    "Romano",  "Colombo",
    "Ricci",   "Marino",  "Greco",     "Bruno",    "Gallo",      "Conti",   "De Luca",
    "Mancini", "Costa",   "Giordano",  "Rizzo",    "Lombardi",   "Moretti", "Barbieri",
    "Fontana", "Santoro", "Mariani",   "Rinaldi",  "Caruso",     "Ferrara", "Galli",
    "Martini", "Leone",   "Longo",     "Gentile",  "Martinelli", "Vitale",  "Lombardo",
    "Serra",   "Coppola", "De Santis", "D'Angelo", "Marchetti",  "Parisi",  "Villa",
    "Sala",    "Ferraro", "Fabbri",    "Bianco",
};
static constexpr char itFirstGenders[] = "fmfmfmfm"
                                         "fmfmfmfm"
                                         "fmfmfmfm"
                                         "fmfmfmfm"
                                         "fmfmfmfm"
                                         "fmfmfm";
static constexpr char itLastGenders[] = "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnn";
static_assert(std::size(itFirst) == sizeof(itFirstGenders) - 1);
static_assert(std::size(itLast) == sizeof(itLastGenders) - 1);
static constexpr const char *const itCities[] = {
    "Roma",    "Milano",  "Napoli",  "Torino",  "Palermo",         "Genova",  "Bologna",  "Firenze",
    "Bari",    "Catania", "Venezia", "Verona",  "Messina",         "Padova",  "Trieste",  "Brescia",
    "Parma",   "Taranto", "Prato",   "Modena",  "Reggio Calabria", "Perugia", "Cagliari", "Livorno",
    "Ravenna", "Foggia",  "Rimini",  "Salerno", "Lecce",           "Trento",
};
static constexpr const char *const itSchools[] = {
    "Scuola dell'infanzia Gianni Rodari, %1",
    "Scuola primaria Edmondo De Amicis, %1",
    "Istituto Comprensivo \"Don Lorenzo Milani\" di %1",
    "Scuola secondaria di primo grado Dante Alighieri, %1",
    "Liceo scientifico Galileo Galilei, %1",
    "Liceo classico Giacomo Leopardi",
    "Liceo linguistico di %1",
    "Liceo artistico di %1",
    "Istituto Tecnico Industriale \"Enrico Fermi\" di %1",
    "Istituto Professionale per i Servizi Alberghieri di %1",
    "Istituto d'Istruzione Superiore Guglielmo Marconi, %1",
};
static constexpr const char *const itSchoolTypes[] = {
    "pre_primary",     "primary",         "primary",         "lower_secondary",
    "upper_secondary", "upper_secondary", "upper_secondary", "upper_secondary",
    "vocational",      "vocational",      "upper_secondary",
};
static_assert(std::size(itSchools) == std::size(itSchoolTypes));
static constexpr const char *const itBio[] = {
    "Insegno italiano, storia e geografia in una scuola secondaria di primo grado da quindici "
    "anni.",
    "I miei alunni hanno tra gli 11 e i 14 anni.",
    "Cerchiamo partner per un progetto sull'ambiente e sulla raccolta differenziata.",
    "Insegno nella scuola primaria e quest'anno ho una classe terza.",
    "La nostra scuola si trova in un piccolo paese di collina, circondato da vigneti.",
    "Insegno matematica e fisica al liceo scientifico.",
    "Vorrei che i miei studenti usassero l'inglese in situazioni reali.",
    "Da tre anni sono referente eTwinning del mio istituto.",
    "Mi interessano in particolare i progetti sulla sicurezza in rete e sul cyberbullismo.",
    "Insegno storia dell'arte e amo valorizzare il patrimonio culturale del nostro territorio.",
    "I miei studenti di quinta si preparano all'esame di maturità e vogliono migliorare il loro "
    "inglese.",
    "Lavoro nella scuola dell'infanzia con bambini dai tre ai sei anni.",
    "Cerchiamo una classe partner per scambiare lettere, disegni e video.",
    "Insegno scienze e mi appassionano i progetti STEM.",
    "Ci piacerebbe presentare le nostre tradizioni, come il Carnevale e le feste patronali.",
    "Il nostro istituto comprensivo conta circa 900 alunni distribuiti in cinque plessi.",
    "Vorremmo partecipare a un progetto di educazione civica sui diritti dei bambini.",
    "Insegno arte e immagine e adoro i progetti creativi.",
    "Lavoro in un istituto alberghiero e insegno laboratorio di cucina.",
    "Cerchiamo una collaborazione duratura, magari anche nell'ambito di Erasmus+.",
    "I miei alunni adorano programmare robot e fare esperimenti.",
    "Insegno francese come seconda lingua comunitaria.",
    "Parteciperei volentieri a un progetto sulla lettura e sui libri preferiti.",
    "Uso spesso Padlet, Canva e il TwinSpace con le mie classi.",
    "Propongo un progetto sull'acqua, sui fiumi e sul mare Mediterraneo.",
    "L'anno scorso il nostro progetto ha ricevuto il Certificato di Qualità Europeo.",
    "Non esitate a contattarmi!",
    "Insegno musica e ogni anno organizziamo il concerto di Natale con il coro della scuola.",
    "Sono docente di sostegno e lavoro con alunni con bisogni educativi speciali.",
};

// ---------------------------------------------------------------- LV (lv)
static constexpr const char *const lvFirst[] = {
    "Anna",   "Jānis",   "Andris", "Inese",    "Māris", "Ilze",    "Kristīne", "Aivars",
    "Juris",  "Dace",    "Edgars", "Līga",     "Gunta", "Mārtiņš", "Sandra",   "Ivars",
    "Linda",  "Guntis",  "Inga",   "Valdis",   "Aija",  "Artūrs",  "Daiga",    "Raimonds",
    "Evija",  "Uldis",   "Baiba",  "Kārlis",   "Ieva",  "Gatis",   "Laura",    "Ainārs",
    "Zane",   "Agris",   "Santa",  "Normunds", "Iveta", "Rihards", "Sarmīte",  "Egils",
    "Ligita", "Armands", "Anita",  "Dainis",
};
static constexpr const char *const lvLast[] = {
    "Bērziņa",   "Bērziņš", "Kalniņa", "Kalniņš",   "Ozoliņa",   "Ozoliņš",  "Jansone",
    "Jansons",   "Ozola",   "Ozols",   "Liepiņa",   "Liepiņš",   "Krūmiņa",  "Krūmiņš",
    "Balode",    "Balodis", "Eglīte",  "Eglītis",   "Zariņa",    "Zariņš",   "Pētersone",
    "Pētersons", "Vītola",  "Vītols",  "Kļaviņa",   "Kļaviņš",   "Kārkliņa", "Kārkliņš",
    "Vanaga",    "Vanags",  "Lapiņa",  "Lapiņš",    "Siliņa",    "Siliņš",   "Zālīte",
    "Zālītis",   "Kalēja",  "Kalējs",  "Grīnberga", "Grīnbergs", "Cīrule",   "Cīrulis",
};
static constexpr char lvFirstGenders[] = "fmmfmffm"
                                         "mfmffmfm"
                                         "fmfmfmfm"
                                         "fmfmfmfm"
                                         "fmfmfmfm"
                                         "fmfm";
static constexpr char lvLastGenders[] = "fmfmfmfm"
                                        "fmfmfmfm"
                                        "fmfmfmfm"
                                        "fmfmfmfm"
                                        "fmfmfmfm"
                                        "fm";
static_assert(std::size(lvFirst) == sizeof(lvFirstGenders) - 1);
static_assert(std::size(lvLast) == sizeof(lvLastGenders) - 1);
static constexpr const char *const lvCities[] = {
    "Rīga",     "Daugavpils", "Liepāja",   "Jelgava", "Jūrmala", "Ventspils", "Rēzekne", "Ogre",
    "Valmiera", "Jēkabpils",  "Salaspils", "Cēsis",   "Tukums",  "Sigulda",   "Kuldīga", "Olaine",
    "Bauska",   "Talsi",      "Dobele",    "Saldus",  "Limbaži", "Gulbene",
};
static constexpr const char *const lvSchools[] = {
    "Pirmsskolas izglītības iestāde “Saulīte”, %1",
    "Sākumskola “Taurenītis”, %1",
    "Krišjāņa Barona pamatskola, %1",
    "Raiņa vidusskola, %1",
    "Valsts ģimnāzija, %1",
    "Jāņa Poruka vidusskola, %1",
    "Tehnikums, %1",
    "Mūzikas un mākslas skola, %1",
    "Speciālā pamatskola, %1",
    "Profesionālā vidusskola, %1",
};
static constexpr const char *const lvSchoolTypes[] = {
    "pre_primary",     "primary",    "primary", "upper_secondary", "upper_secondary",
    "upper_secondary", "vocational", "primary", "special_needs",   "vocational",
};
static_assert(std::size(lvSchools) == std::size(lvSchoolTypes));
static constexpr const char *const lvBio[] = {
    "Skolā strādāju jau divpadsmit gadus un mācu angļu valodu.",
    "Mani skolēni ir 10–14 gadus veci.",
    "Meklējam partnerus projektam par vides aizsardzību.",
    "Mācu sākumskolā, un šogad man ir trešā klase.",
    "Mūsu skola atrodas nelielā pilsētā Vidzemē, meža ielokā.",
    "Ģimnāzijā mācu matemātiku un fiziku.",
    "Vēlos, lai mani skolēni sazinātos ar vienaudžiem no visas Eiropas.",
    "Jau trīs gadus koordinēju eTwinning projektus mūsu skolā.",
    "Mani īpaši interesē projekti par drošību internetā un medijpratību.",
    "Mācu vēsturi un sociālās zinības, man patīk projekti par kultūras mantojumu.",
    "Mūsu vidusskolēni gatavojas centralizētajiem eksāmeniem un vēlas uzlabot angļu valodu.",
    "Strādāju bērnudārzā ar trīs līdz sešus gadus veciem bērniem.",
    "Meklējam partnerklasi, ar ko apmainīties ar vēstulēm, zīmējumiem un video.",
    "Mācu bioloģiju un ķīmiju, un mani ļoti interesē STEM projekti.",
    "Mēs vēlētos iepazīstināt ar latviešu tradīcijām, piemēram, Jāņiem un Dziesmu svētkiem.",
    "Mūsu skolā mācās apmēram 500 skolēnu.",
    "Mēs labprāt piedalītos projektā par pilsonisko izglītību un bērnu tiesībām.",
    "Mācu vizuālo mākslu un ļoti mīlu radošus projektus.",
    "Strādāju tehnikumā un mācu programmēšanu.",
    "Meklējam ilgtermiņa sadarbību, iespējams, arī Erasmus+ projektā.",
    "Maniem skolēniem patīk programmēt robotus un veikt eksperimentus.",
    "Mācu vācu valodu kā otro svešvalodu.",
    "Ar prieku iesaistītos lasīšanas projektā par mīļākajām grāmatām.",
    "Stundās izmantoju Padlet, Canva un TwinSpace.",
    "Piedāvāju projektu par ūdeni, upēm un Baltijas jūru.",
    "Pagājušajā gadā mūsu projekts saņēma Eiropas kvalitātes zīmi.",
    "Droši sazinieties ar mani!",
    "Mācu mūziku un vadu skolas kori.",
};

// ---------------------------------------------------------------- LT (lt)
static constexpr const char *const ltFirst[] = {
    "Jonas",    "Ona",       "Antanas",   "Kristina", "Tomas",    "Rasa",     "Darius",
    "Asta",     "Mindaugas", "Jūratė",    "Vytautas", "Inga",     "Gintaras", "Laima",
    "Rimantas", "Daiva",     "Andrius",   "Rūta",     "Saulius",  "Jolanta",  "Audrius",
    "Vilma",    "Giedrius",  "Lina",      "Arūnas",   "Irena",    "Marius",   "Dalia",
    "Paulius",  "Eglė",      "Algirdas",  "Jurgita",  "Robertas", "Loreta",   "Aušra",
    "Tadas",    "Neringa",   "Gediminas", "Vaida",    "Kęstutis", "Renata",   "Žydrūnas",
    "Ieva",     "Lukas",     "Greta",
};
static constexpr const char *const ltLast[] = {
    "Kazlauskienė",  "Kazlauskas",    "Jankauskienė", "Jankauskas",     "Petrauskienė",
    "Petrauskas",    "Stankevičienė", "Stankevičius", "Vasiliauskienė", "Vasiliauskas",
    "Žukauskienė",   "Žukauskas",     "Butkienė",     "Butkus",         "Paulauskienė",
    "Paulauskas",    "Urbonienė",     "Urbonas",      "Kavaliauskienė", "Kavaliauskas",
    "Baranauskienė", "Baranauskas",   "Pocienė",      "Pocius",         "Navickienė",
    "Navickas",      "Sakalauskienė", "Sakalauskas",  "Rimkienė",       "Rimkus",
    "Vaitkienė",     "Vaitkus",       "Žilinskienė",  "Žilinskas",      "Adomaitienė",
    "Adomaitis",     "Lukošienė",     "Lukošius",     "Mikalauskienė",  "Mikalauskas",
    "Šimkienė",      "Šimkus",
};
static constexpr char ltFirstGenders[] = "mfmfmfmf"
                                         "mfmfmfmf"
                                         "mfmfmfmf"
                                         "mfmfmfmf"
                                         "mffmfmfm"
                                         "fmfmf";
static constexpr char ltLastGenders[] = "fmfmfmfm"
                                        "fmfmfmfm"
                                        "fmfmfmfm"
                                        "fmfmfmfm"
                                        "fmfmfmfm"
                                        "fm";
static_assert(std::size(ltFirst) == sizeof(ltFirstGenders) - 1);
static_assert(std::size(ltLast) == sizeof(ltLastGenders) - 1);
static constexpr const char *const ltCities[] = {
    "Vilnius",     "Kaunas",      "Klaipėda",     "Šiauliai", "Panevėžys", "Alytus",
    "Marijampolė", "Mažeikiai",   "Utena",        "Jonava",   "Kėdainiai", "Telšiai",
    "Tauragė",     "Ukmergė",     "Visaginas",    "Plungė",   "Kretinga",  "Palanga",
    "Šilutė",      "Radviliškis", "Druskininkai", "Rokiškis",
};
static constexpr const char *const ltSchools[] = {
    "Lopšelis-darželis „Saulutė“, %1",
    "Pradinė mokykla „Varpelis“, %1",
    "Vydūno progimnazija, %1",
    "Maironio pagrindinė mokykla, %1",
    "Vytauto Didžiojo gimnazija, %1",
    "Simono Daukanto gimnazija, %1",
    "Technologijų ir verslo mokymo centras, %1",
    "Profesinio rengimo centras, %1",
    "Meno mokykla, %1",
    "Specialioji mokykla, %1",
};
static constexpr const char *const ltSchoolTypes[] = {
    "pre_primary",     "primary",    "primary",    "primary", "upper_secondary",
    "upper_secondary", "vocational", "vocational", "primary", "special_needs",
};
static_assert(std::size(ltSchools) == std::size(ltSchoolTypes));
static constexpr const char *const ltBio[] = {
    "Jau dvylika metų mokau anglų kalbos progimnazijoje.",
    "Mano mokiniams yra nuo 10 iki 14 metų.",
    "Ieškome partnerių aplinkosaugos projektui.",
    "Dirbu pradinėse klasėse, šiais metais turiu trečią klasę.",
    "Mūsų mokykla yra nedideliame miestelyje prie ežero.",
    "Gimnazijoje mokau matematikos ir fizikos.",
    "Noriu, kad mano mokiniai bendrautų su bendraamžiais iš visos Europos.",
    "Jau trejus metus koordinuoju eTwinning projektus mūsų mokykloje.",
    "Mane ypač domina projektai apie saugumą internete ir medijų raštingumą.",
    "Mokau istorijos ir mėgstu projektus apie kultūros paveldą.",
    "Mūsų gimnazistai ruošiasi brandos egzaminams ir nori patobulinti anglų kalbą.",
    "Dirbu darželyje su trejų–šešerių metų vaikais.",
    "Ieškome mokyklos partnerės laiškų, piešinių ir vaizdo įrašų mainams.",
    "Mokau biologijos ir chemijos, domiuosi STEM projektais.",
    "Norėtume pristatyti lietuvių tradicijas, pavyzdžiui, Užgavėnes ir Jonines.",
    "Mūsų mokykloje mokosi apie 500 mokinių.",
    "Norėtume dalyvauti projekte apie pilietiškumą ir vaiko teises.",
    "Mokau dailės ir labai mėgstu kūrybinius projektus.",
    "Dirbu profesinio rengimo centre ir mokau būsimus virėjus.",
    "Ieškome ilgalaikio bendradarbiavimo, galbūt ir Erasmus+ projekte.",
    "Mano mokiniai mėgsta programuoti robotus ir atlikti eksperimentus.",
    "Mokau vokiečių kalbos kaip antrosios užsienio kalbos.",
    "Mielai prisijungčiau prie skaitymo projekto apie mėgstamas knygas.",
    "Per pamokas naudoju Padlet, Canva ir TwinSpace.",
    "Siūlau projektą apie vandenį, upes ir Baltijos jūrą.",
    "Praėjusiais metais mūsų projektas gavo Europos kokybės ženklelį.",
    "Drąsiai susisiekite su manimi!",
    "Mokau muzikos ir vadovauju mokyklos chorui.",
};

// ---------------------------------------------------------------- LU (fr)
static constexpr const char *const luFirst[] = {
    "Marie",    "Jean",    "Anne",   "Paul",      "Claude",    "Michel",   "Nicole",     "Carole",
    "Laurent",  "Sandra",  "Marc",   "Tom",       "Sophie",    "Patrick",  "Christiane", "Joël",
    "Yves",     "Martine", "Gilles", "Isabelle",  "Luc",       "Nathalie", "Pascale",    "Jeff",
    "Danielle", "Romain",  "Josée",  "Steve",     "Manon",     "Jil",      "Ben",        "Lynn",
    "Mike",     "Carlo",   "Sylvie", "Catherine", "Françoise", "Georges",  "Monique",    "Pol",
    "Mireille", "Lisa",    "Max",    "Elisabeth", "Raoul",     "Joana",
};
static constexpr const char *const luLast[] = {
    "Schmit",  "Muller",   "Weber",   "Hoffmann",   "Wagner",   "Thill",   "Schmitz", "Schroeder",
    "Reuter",  "Klein",    "Becker",  "Kieffer",    "Kremer",   "Faber",   "Meyer",   "Schiltz",
    "Welter",  "Hansen",   "Weis",    "Majerus",    "Ries",     "Braun",   "Wagener", "Schneider",
    "Goergen", "Da Silva", "Pereira", "Dos Santos", "Ferreira", "Marx",    "Back",    "Steffen",
    "Theis",   "Flammang", "Kayser",  "Feller",     "Zeimet",   "Huberty", "Wirtz",   "Winandy",
    "Bour",    "Gloden",   "Frisch",  "Glesener",
};
static constexpr char luFirstGenders[] = "fmfmmmff"
                                         "mfmmfmfm"
                                         "mfmfmffm"
                                         "fmfmffmf"
                                         "mmfffmfm"
                                         "ffmfmf";
static constexpr char luLastGenders[] = "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnn";
static_assert(std::size(luFirst) == sizeof(luFirstGenders) - 1);
static_assert(std::size(luLast) == sizeof(luLastGenders) - 1);
static constexpr const char *const luCities[] = {
    "Luxembourg", "Esch-sur-Alzette", "Differdange",  "Dudelange",   "Pétange",
    "Sanem",      "Hesperange",       "Bettembourg",  "Schifflange", "Ettelbruck",
    "Mersch",     "Strassen",         "Bertrange",    "Mamer",       "Diekirch",
    "Wiltz",      "Echternach",       "Grevenmacher", "Remich",      "Mondorf-les-Bains",
    "Kayl",       "Rumelange",        "Clervaux",     "Vianden",
};
static constexpr const char *const luSchools[] = {
    "Crèche Les Petits Lutins, %1",
    "Maison relais Am Park, %1",
    "École fondamentale du Centre, %1",
    "École fondamentale Um Bierg, %1",
    "Lycée Michel-Rodange",
    "Lycée Hubert Clément",
    "Lycée Robert-Schuman",
    "Lycée Aline Mayrisch",
    "Lycée technique du Centre",
    "Lycée des Arts et Métiers",
    "Lycée technique pour professions de santé, %1",
    "Conservatoire de musique, %1",
};
static constexpr const char *const luSchoolTypes[] = {
    "pre_primary",     "primary",         "primary",         "primary",
    "upper_secondary", "upper_secondary", "upper_secondary", "upper_secondary",
    "vocational",      "vocational",      "vocational",      "primary",
};
static_assert(std::size(luSchools) == std::size(luSchoolTypes));
static constexpr const char *const luBio[] = {
    "J'enseigne le français et l'allemand à l'école fondamentale, au cycle 3.",
    "Nos élèves parlent souvent trois ou quatre langues entre la maison et l'école.",
    "Nous cherchons des partenaires pour un projet sur le multilinguisme en Europe.",
    "Je travaille dans l'éducation précoce avec des enfants de trois ans.",
    "Notre école se situe dans une petite commune de l'Oesling, au nord du pays.",
    "J'enseigne les mathématiques dans un lycée de l'enseignement secondaire classique.",
    "Mes élèves ont entre 12 et 16 ans et apprennent l'anglais depuis deux ans.",
    "Je coordonne les projets européens de notre lycée depuis quatre ans.",
    "La sécurité en ligne et la lutte contre le cyberharcèlement nous tiennent à cœur.",
    "J'enseigne l'histoire et j'aimerais travailler sur la mémoire de la Seconde Guerre mondiale.",
    "Nos élèves de première préparent l'examen de fin d'études secondaires.",
    "Nous aimerions échanger des cartes postales et des vidéos avec une école d'un pays voisin.",
    "J'enseigne les sciences naturelles et je cherche des idées pour des projets STEM.",
    "Nous voulons faire découvrir la Schueberfouer et d'autres traditions luxembourgeoises.",
    "Notre lycée accueille des élèves de plus de quarante nationalités.",
    "Un projet sur la citoyenneté européenne nous intéresse particulièrement.",
    "J'enseigne l'éducation artistique et j'aime les projets autour du street art.",
    "J'enseigne dans la formation professionnelle, en mécanique automobile.",
    "Nous cherchons une école partenaire pour un futur projet Erasmus+.",
    "Mes élèves programment des Bee-Bot et des Ozobot avec beaucoup d'enthousiasme.",
    "J'enseigne le luxembourgeois et l'anglais dans l'enseignement secondaire général.",
    "Un projet autour de la lecture et des contes européens me plairait beaucoup.",
    "Nous travaillons avec des tablettes, Padlet et le TwinSpace.",
    "La Moselle et ses vignobles pourraient servir de point de départ à un projet sur "
    "l'environnement.",
    "Notre projet de l'an dernier a obtenu le label de qualité national.",
    "Au plaisir de vous lire !",
    "J'enseigne la musique et je dirige l'orchestre de l'école.",
    "L'éducation au développement durable occupe une grande place dans notre école.",
};

// ---------------------------------------------------------------- MT (mt)
static constexpr const char *const mtFirst[] = {
    "Maria",   "Joseph",   "John",     "Anthony",    "Carmen",    "Mary",         "Paul",
    "Rita",    "Charles",  "Doris",    "Mario",      "Josephine", "Michael",      "Ġakbu",
    "Francis", "Marthese", "Emanuel",  "Antoinette", "Raymond",   "Jesmond",      "Roberta",
    "Kurt",    "Claire",   "Ġużeppi",  "Ċensina",    "Graziella", "Mariella",     "Rebecca",
    "Matthew", "Luke",     "Daniela",  "Stephanie",  "Keith",     "Christabelle", "Pawlu",
    "Ġanni",   "Karmenu",  "Ċettina",  "Rachel",     "Sarah",     "Adrian",       "Nadia",
    "Marisa",  "Noel",     "Dorianne", "Godwin",     "Josette",
};
static constexpr const char *const mtLast[] = {
    "Borg",     "Camilleri", "Vella",    "Farrugia",  "Zammit",    "Galea",   "Micallef",
    "Grech",    "Attard",    "Spiteri",  "Azzopardi", "Mifsud",    "Agius",   "Fenech",
    "Cassar",   "Pace",      "Sammut",   "Caruana",   "Abela",     "Debono",  "Gauci",
    "Xuereb",   "Sciberras", "Schembri", "Bonnici",   "Said",      "Calleja", "Aquilina",
    "Cutajar",  "Ellul",     "Mallia",   "Bugeja",    "Buttigieg", "Tanti",   "Saliba",
    "Cachia",   "Bartolo",   "Portelli", "Falzon",    "Zerafa",    "Mizzi",   "Pisani",
    "Vassallo", "Magro",     "Hili",     "Briffa",    "Tabone",
};
static constexpr char mtFirstGenders[] = "fmmmffmf"
                                         "mfmfmmmf"
                                         "mfmmfmfm"
                                         "ffffmmff"
                                         "mfmmmfff"
                                         "mffmfmf";
static constexpr char mtLastGenders[] = "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnn";
static_assert(std::size(mtFirst) == sizeof(mtFirstGenders) - 1);
static_assert(std::size(mtLast) == sizeof(mtLastGenders) - 1);
static constexpr const char *const mtCities[] = {
    "Birkirkara", "Il-Mosta",    "Ħal Qormi",        "Ħaż-Żabbar",  "San Pawl il-Baħar",
    "Tas-Sliema", "In-Naxxar",   "San Ġwann",        "Iż-Żejtun",   "Il-Fgura",
    "Il-Ħamrun",  "Marsaskala",  "Ħaż-Żebbuġ",       "Ir-Rabat",    "Ħ'Attard",
    "Raħal Ġdid", "Birżebbuġa",  "Il-Mellieħa",      "Is-Siġġiewi", "Il-Belt Valletta",
    "Il-Gżira",   "Ħal Tarxien", "Il-Belt Victoria", "Ix-Xagħra",
};
static constexpr const char *const mtSchools[] = {
    "Ċentru tal-Childcare Il-Fjuri, %1",
    "Kindergarten tal-Istat, %1",
    "Skola Primarja, %1",
    "Skola Primarja San Ġużepp, %1",
    "Skola tal-Knisja Santa Monika, %1",
    "Skola Medja, %1",
    "Skola Sekondarja, %1",
    "Kulleġġ San Ġorġ Preca, %1",
    "Kulleġġ Santa Tereża, %1",
    "Skola Sekondarja Ġan Franġisk Abela",
    "MCAST, %1",
};
static constexpr const char *const mtSchoolTypes[] = {
    "pre_primary",     "pre_primary", "primary", "primary",         "primary",    "lower_secondary",
    "upper_secondary", "primary",     "primary", "upper_secondary", "vocational",
};
static_assert(std::size(mtSchools) == std::size(mtSchoolTypes));
static constexpr const char *const mtBio[] = {
    "Ilni ngħallem l-Ingliż tnax-il sena fi skola primarja.",
    "L-istudenti tiegħi għandhom bejn għaxar u erbatax-il sena.",
    "Qed infittxu sħab għal proġett dwar l-ambjent u r-riċiklaġġ.",
    "Ngħallem fi skola primarja u din is-sena għandi klassi tat-tielet sena.",
    "L-iskola tagħna tinsab f'raħal żgħir qrib il-baħar.",
    "Ngħallem il-Matematika u l-Fiżika fi skola sekondarja.",
    "Nixtieq li l-istudenti tiegħi jitkellmu ma' żgħażagħ minn pajjiżi oħra tal-Ewropa.",
    "Ilni tliet snin nikkoordina l-proġetti eTwinning fl-iskola tagħna.",
    "Jinteressawni ħafna s-sigurtà fuq l-internet u l-użu responsabbli tal-midja soċjali.",
    "Ngħallem l-Istorja u nħobb il-proġetti dwar il-wirt kulturali ta' Malta.",
    "L-istudenti tiegħi qed jippreparaw għall-eżamijiet tal-SEC.",
    "Naħdem f'kindergarten ma' tfal ta' tliet u erba' snin.",
    "Qed infittxu klassi sieħba biex nibdlu ittri, tpinġijiet u filmati.",
    "Ngħallem ix-Xjenza u l-Bijoloġija u jinteressawni ħafna l-proġetti STEM.",
    "Nixtiequ nippreżentaw it-tradizzjonijiet Maltin, bħall-festa tar-raħal u l-Karnival.",
    "L-iskola tagħna għandha madwar 400 student minn ħafna nazzjonalitajiet differenti.",
    "Nixtiequ nieħdu sehem fi proġett dwar iċ-ċittadinanza attiva u d-drittijiet tat-tfal.",
    "Ngħallem l-Arti u nħobb il-proġetti kreattivi.",
    "Ngħallem fl-MCAST, fil-kors tal-ospitalità u t-turiżmu.",
    "Qed infittxu sħubija fit-tul, forsi anke fi proġett Erasmus+.",
    "L-istudenti tiegħi jħobbu jipprogrammaw ir-robots u jagħmlu esperimenti.",
    "Ngħallem it-Taljan bħala lingwa barranija.",
    "Nieħu pjaċir nipparteċipa fi proġett dwar il-qari u l-kotba favoriti.",
    "Nuża Padlet, Canva u t-TwinSpace fil-klassi.",
    "Nipproponi proġett dwar l-ilma, għax huwa riżors prezzjuż ħafna għall-gżejjer tagħna.",
    "Is-sena l-oħra l-proġett tagħna ingħata t-Tikketta Ewropea tal-Kwalità.",
    "La tiddejqux tikkuntattjawni!",
    "Ngħallem il-Mużika u kull sena norganizzaw kunċert tal-Milied.",
};

// ---------------------------------------------------------------- NL (nl)
static constexpr const char *const nlFirst[] = {
    "Jan",    "Maria",  "Peter",   "Linda",     "Marco",  "Sandra",  "Mark",    "Monique",
    "Dennis", "Esther", "Martijn", "Marieke",   "Jeroen", "Ingrid",  "Erik",    "Petra",
    "Bas",    "Anouk",  "Sander",  "Karin",     "Ruud",   "Wendy",   "Michiel", "Ilse",
    "Joost",  "Mirjam", "Thijs",   "Annemarie", "Niels",  "Saskia",  "Hans",    "Femke",
    "Arjen",  "Manon",  "Rob",     "Inge",      "Wouter", "Janneke", "Pieter",  "Marloes",
    "Gert",   "Lotte",  "Daan",    "Sanne",     "Kees",   "Eva",
};
static constexpr const char *const nlLast[] = {
    "de Jong",         "Jansen",       "de Vries",      "van den Berg", "van Dijk",
    "Bakker",          "Janssen",      "Visser",        "Kuipers",      "Meijer",
    "de Boer",         "Mulder",       "de Groot",      "Bos",          "Vos",
    "Peters",          "Hendriks",     "van Leeuwen",   "Dekker",       "Brouwer",
    "de Wit",          "Dijkstra",     "Smits",         "de Graaf",     "van der Meer",
    "van der Linden",  "Kok",          "Jacobs",        "de Haan",      "Vermeulen",
    "van den Heuvel",  "van der Veen", "van den Broek", "de Bruijn",    "de Bruin",
    "van der Heijden", "Schouten",     "van Beek",      "Willems",      "van Vliet",
    "van de Ven",      "Hoekstra",     "Maas",          "Verhoeven",    "Koster",
    "van Dam",         "Prins",        "Postma",
};
static constexpr char nlFirstGenders[] = "mfmfmfmf"
                                         "mfmfmfmf"
                                         "mfmfmfmf"
                                         "mfmfmfmf"
                                         "mfmfmfmf"
                                         "mfmfmf";
static constexpr char nlLastGenders[] = "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn";
static_assert(std::size(nlFirst) == sizeof(nlFirstGenders) - 1);
static_assert(std::size(nlLast) == sizeof(nlLastGenders) - 1);
static constexpr const char *const nlCities[] = {
    "Amsterdam", "Rotterdam",  "Den Haag",   "Utrecht",    "Eindhoven",        "Groningen",
    "Tilburg",   "Almere",     "Breda",      "Nijmegen",   "Apeldoorn",        "Haarlem",
    "Arnhem",    "Enschede",   "Amersfoort", "Zaanstad",   "'s-Hertogenbosch", "Zwolle",
    "Leiden",    "Maastricht", "Dordrecht",  "Zoetermeer", "Leeuwarden",       "Delft",
    "Alkmaar",   "Deventer",   "Hilversum",
};
static constexpr const char *const nlSchools[] = {
    "Kindcentrum De Boomgaard, %1",
    "Openbare Basisschool De Klimop, %1",
    "Christelijke Basisschool De Wegwijzer, %1",
    "Montessorischool %1",
    "Daltonschool De Zonnewijzer, %1",
    "Stedelijk Gymnasium %1",
    "Christelijk Lyceum %1",
    "Het Erasmus College, %1",
    "Openbare Scholengemeenschap %1",
    "Vmbo De Vakschool, %1",
    "ROC %1",
    "Speciaal Onderwijs De Brug, %1",
};
static constexpr const char *const nlSchoolTypes[] = {
    "pre_primary",     "primary",         "primary",         "primary",
    "primary",         "upper_secondary", "upper_secondary", "upper_secondary",
    "upper_secondary", "vocational",      "vocational",      "special_needs",
};
static_assert(std::size(nlSchools) == std::size(nlSchoolTypes));
static constexpr const char *const nlBio[] = {
    "Ik ben docent Engels op een middelbare school en werk met havo- en vwo-leerlingen.",
    "Mijn leerlingen zitten in groep 7 en zijn tien of elf jaar oud.",
    "We zoeken partnerscholen voor een project over plasticsoep en schone oceanen.",
    "Ik werk als leerkracht in groep 1-2 van een basisschool.",
    "Onze school staat in een klein dorp in Friesland.",
    "Ik geef natuurkunde en techniek op een vmbo-school.",
    "Ik wil graag dat mijn leerlingen Engels gebruiken in echte gesprekken met leeftijdgenoten.",
    "Op onze school ben ik coördinator internationalisering.",
    "Wij willen graag een project doen over nepnieuws en mediawijsheid.",
    "Ik geef geschiedenis en we werken dit jaar aan een project over de Tweede Wereldoorlog.",
    "Mijn examenklas bereidt zich voor op het centraal examen, maar heeft ook zin in een "
    "internationaal project.",
    "Onze peuters en kleuters vinden liedjes en prentenboeken uit andere landen prachtig.",
    "We willen graag kaarten, foto's en korte video's uitwisselen met een partnerklas.",
    "Ik geef biologie en ben op zoek naar partners voor een project over bijen en biodiversiteit.",
    "Wij vertellen graag over Koningsdag en Sinterklaas.",
    "Onze school heeft ongeveer 1200 leerlingen en een tweetalige afdeling.",
    "Burgerschap en democratie staan dit jaar centraal in ons programma.",
    "Ik geef tekenen en kunstgeschiedenis en hou van creatieve uitdagingen.",
    "Ik werk op een mbo-opleiding voor zorg en welzijn.",
    "Wij zoeken een vaste partner voor een Erasmus+-uitwisseling.",
    "Mijn leerlingen programmeren graag met micro:bits en LEGO Spike.",
    "Ik geef Duits en Frans in de onderbouw.",
    "Een leesproject met favoriete jeugdboeken uit heel Europa lijkt me geweldig.",
    "We gebruiken Padlet, Canva en de TwinSpace in de les.",
    "Water is bij ons een belangrijk thema, want een groot deel van ons land ligt onder zeeniveau.",
    "Vorig jaar kreeg ons project een Europees kwaliteitslabel.",
    "Stuur me gerust een bericht!",
    "Ik ben muziekdocent en we hebben een schoolband en een koor.",
    "Ik werk in het speciaal onderwijs met leerlingen die extra ondersteuning nodig hebben.",
};

// ---------------------------------------------------------------- PL (pl)
static constexpr const char *const plFirst[] = {
    "Anna",     "Maria",     "Katarzyna", "Małgorzata", "Agnieszka",  "Piotr",    "Krzysztof",
    "Barbara",  "Ewa",       "Andrzej",   "Tomasz",     "Jan",        "Paweł",    "Michał",
    "Krystyna", "Magdalena", "Elżbieta",  "Marcin",     "Joanna",     "Łukasz",   "Grzegorz",
    "Zofia",    "Jolanta",   "Mariusz",   "Monika",     "Teresa",     "Wojciech", "Beata",
    "Danuta",   "Jakub",     "Dorota",    "Marek",      "Aleksandra", "Jacek",    "Justyna",
    "Dariusz",  "Iwona",     "Kamil",     "Grażyna",    "Rafał",      "Renata",   "Przemysław",
    "Sławomir", "Halina",    "Bożena",    "Zbigniew",   "Urszula",
};
static constexpr const char *const plLast[] = {
    "Nowak",         "Kowalska",    "Kowalski",    "Wiśniewska", "Wiśniewski", "Wójcik",
    "Kowalczyk",     "Kamińska",    "Kamiński",    "Wróblewska", "Wróblewski", "Zielińska",
    "Zieliński",     "Szymańska",   "Szymański",   "Woźniak",    "Dąbrowska",  "Dąbrowski",
    "Kozłowska",     "Kozłowski",   "Jankowska",   "Jankowski",  "Mazur",      "Wojciechowska",
    "Wojciechowski", "Kwiatkowska", "Kwiatkowski", "Krawczyk",   "Kaczmarek",  "Piotrowska",
    "Piotrowski",    "Grabowska",   "Grabowski",   "Zając",      "Pawłowska",  "Pawłowski",
    "Michalska",     "Michalski",   "Król",        "Wieczorek",  "Jabłońska",  "Jabłoński",
    "Wróbel",        "Nowakowska",  "Majewska",    "Olszewska",  "Stępień",    "Malinowska",
    "Jaworska",      "Adamczyk",    "Dudek",       "Nowicka",    "Pietrzak",   "Górska",
    "Kaźmierczak",   "Maćkowiak",
};
static constexpr char plFirstGenders[] = "fffffmmf"
                                         "fmmmmmff"
                                         "fmfmmffm"
                                         "ffmffmfm"
                                         "fmfmfmfm"
                                         "fmmffmf";
static constexpr char plLastGenders[] = "nfmfmnnf"
                                        "mfmfmfmn"
                                        "fmfmfmnf"
                                        "mfmnnfmf"
                                        "mnfmfmnn"
                                        "fmnfffnf"
                                        "fnnfnfnn";
static_assert(std::size(plFirst) == sizeof(plFirstGenders) - 1);
static_assert(std::size(plLast) == sizeof(plLastGenders) - 1);
static constexpr const char *const plCities[] = {
    "Warszawa",
    "Kraków",
    "Wrocław",
    "Łódź",
    "Poznań",
    "Gdańsk",
    "Szczecin",
    "Bydgoszcz",
    "Lublin",
    "Białystok",
    "Katowice",
    "Gdynia",
    "Częstochowa",
    "Radom",
    "Rzeszów",
    "Toruń",
    "Sosnowiec",
    "Kielce",
    "Gliwice",
    "Olsztyn",
    "Zabrze",
    "Bielsko-Biała",
    "Bytom",
    "Zielona Góra",
    "Rybnik",
    "Ruda Śląska",
    "Opole",
    "Tychy",
    "Gorzów Wielkopolski",
    "Elbląg",
    "Płock",
    "Wałbrzych",
};
static constexpr const char *const plSchools[] = {
    "Przedszkole Publiczne nr 5, %1",
    "Zespół Szkolno-Przedszkolny nr 4, %1",
    "Szkoła Podstawowa nr 12 im. Marii Konopnickiej, %1",
    "Szkoła Podstawowa im. Jana Pawła II, %1",
    "I Liceum Ogólnokształcące im. Mikołaja Kopernika, %1",
    "II Liceum Ogólnokształcące im. Adama Mickiewicza, %1",
    "Technikum Elektroniczne nr 3, %1",
    "Zespół Szkół Ekonomicznych, %1",
    "Branżowa Szkoła I Stopnia nr 2, %1",
    "Specjalny Ośrodek Szkolno-Wychowawczy, %1",
    "Państwowa Szkoła Muzyczna I stopnia, %1",
};
static constexpr const char *const plSchoolTypes[] = {
    "pre_primary",     "primary",         "primary",    "primary",
    "upper_secondary", "upper_secondary", "vocational", "vocational",
    "vocational",      "special_needs",   "primary",
};
static_assert(std::size(plSchools) == std::size(plSchoolTypes));
static constexpr const char *const plBio[] = {
    "Uczę języka angielskiego w szkole podstawowej od piętnastu lat.",
    "Moi uczniowie mają od 10 do 14 lat.",
    "Szukamy partnerów do projektu o ochronie środowiska i segregacji odpadów.",
    "Pracuję w edukacji wczesnoszkolnej i w tym roku prowadzę klasę trzecią.",
    "Nasza szkoła znajduje się w małej miejscowości na Podkarpaciu.",
    "Uczę matematyki i fizyki w liceum ogólnokształcącym.",
    "Chcę, aby moi uczniowie używali angielskiego w prawdziwych sytuacjach.",
    "Od trzech lat koordynuję projekty eTwinning w naszej szkole.",
    "Szczególnie interesują mnie projekty dotyczące bezpieczeństwa w sieci.",
    "Uczę historii i bardzo lubię projekty o dziedzictwie kulturowym.",
    "Moi licealiści przygotowują się do matury i chcą poprawić swój angielski.",
    "Pracuję w przedszkolu z dziećmi w wieku od trzech do sześciu lat.",
    "Szukamy szkoły partnerskiej do wymiany listów, rysunków i filmików.",
    "Uczę biologii i chemii, interesuję się projektami STEM.",
    "Chcielibyśmy zaprezentować polskie tradycje, na przykład Wigilię i śmigus-dyngus.",
    "Do naszej szkoły uczęszcza około 700 uczniów.",
    "Chcielibyśmy wziąć udział w projekcie o edukacji obywatelskiej i prawach dziecka.",
    "Uczę plastyki i uwielbiam kreatywne wyzwania.",
    "Pracuję w technikum i uczę przedmiotów zawodowych z informatyki.",
    "Szukamy partnerów do długofalowej współpracy, także w ramach programu Erasmus+.",
    "Moi uczniowie uwielbiają programować roboty i przeprowadzać doświadczenia.",
    "Uczę języka niemieckiego jako drugiego języka obcego.",
    "Chętnie dołączę do projektu czytelniczego o ulubionych książkach.",
    "Na lekcjach korzystam z aplikacji Padlet i Canva oraz z platformy TwinSpace.",
    "Proponuję projekt o wodzie, rzekach i Morzu Bałtyckim.",
    "W zeszłym roku nasz projekt otrzymał Europejską Odznakę Jakości.",
    "Zapraszam do kontaktu!",
    "Uczę muzyki i prowadzę szkolny chór.",
    "Pracuję jako pedagog specjalny z uczniami o specjalnych potrzebach edukacyjnych.",
};

// ---------------------------------------------------------------- PT (pt)
static constexpr const char *const ptFirst[] = {
    "Maria",   "José",     "João",   "Ana",       "António", "Manuel",  "Francisco", "Paula",
    "Carlos",  "Isabel",   "Luís",   "Sofia",     "Pedro",   "Teresa",  "Rui",       "Sandra",
    "Paulo",   "Cristina", "Jorge",  "Fernanda",  "Miguel",  "Helena",  "Nuno",      "Susana",
    "Ricardo", "Catarina", "Tiago",  "Inês",      "Filipe",  "Rita",    "Hugo",      "Marta",
    "Sérgio",  "Joana",    "Bruno",  "Carla",     "Vítor",   "Mariana", "Fernando",  "Patrícia",
    "Luísa",   "Gonçalo",  "Raquel", "Conceição", "André",   "Fátima",
};
static constexpr const char *const ptLast[] = {
    "Silva",   "Santos",  "Ferreira",  "Pereira",   "Oliveira", "Leite",   "Rodrigues", "Martins",
    "Jesus",   "Sousa",   "Fernandes", "Gonçalves", "Gomes",    "Lopes",   "Marques",   "Alves",
    "Almeida", "Ribeiro", "Pinto",     "Carvalho",  "Teixeira", "Moreira", "Correia",   "Mendes",
    "Nunes",   "Soares",  "Vieira",    "Monteiro",  "Cardoso",  "Rocha",   "Raposo",    "Neves",
    "Coelho",  "Cruz",    "Cunha",     "Pires",     "Ramos",    "Reis",    "Simões",    "Antunes",
    "Matos",   "Fonseca", "Machado",   "Araújo",    "Barbosa",  "Tavares", "Lourenço",  "Castro",
};
static constexpr char ptFirstGenders[] = "fmmfmmmf"
                                         "mfmfmfmf"
                                         "mfmfmfmf"
                                         "mfmfmfmf"
                                         "mfmfmfmf"
                                         "fmffmf";
static constexpr char ptLastGenders[] = "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn";
static_assert(std::size(ptFirst) == sizeof(ptFirstGenders) - 1);
static_assert(std::size(ptLast) == sizeof(ptLastGenders) - 1);
static constexpr const char *const ptCities[] = {
    "Lisboa",
    "Porto",
    "Vila Nova de Gaia",
    "Amadora",
    "Braga",
    "Funchal",
    "Coimbra",
    "Setúbal",
    "Almada",
    "Agualva-Cacém",
    "Queluz",
    "Rio Tinto",
    "Barreiro",
    "Aveiro",
    "Viseu",
    "Leiria",
    "Guimarães",
    "Évora",
    "Faro",
    "Viana do Castelo",
    "Póvoa de Varzim",
    "Ponta Delgada",
    "Castelo Branco",
    "Bragança",
    "Portimão",
    "Santarém",
    "Beja",
};
static constexpr const char *const ptSchools[] = {
    "Jardim de Infância n.º 2, %1",
    "Escola Básica n.º 1, %1",
    "Escola Básica Gil Vicente, %1",
    "Escola Básica 2,3 Fernando Pessoa, %1",
    "Escola Secundária Eça de Queirós, %1",
    "Escola Secundária Alexandre Herculano, %1",
    "Agrupamento de Escolas Padre António Vieira, %1",
    "Escola Profissional de Hotelaria e Turismo, %1",
    "Escola Profissional Agrícola, %1",
    "Colégio Nossa Senhora de Fátima, %1",
    "Conservatório de Música, %1",
};
static constexpr const char *const ptSchoolTypes[] = {
    "pre_primary",     "primary",         "primary", "lower_secondary",
    "upper_secondary", "upper_secondary", "primary", "vocational",
    "vocational",      "primary",         "primary",
};
static_assert(std::size(ptSchools) == std::size(ptSchoolTypes));
static constexpr const char *const ptBio[] = {
    "Leciono Português e Inglês no 2.º ciclo há quinze anos.",
    "Os meus alunos têm entre 10 e 12 anos.",
    "Procuramos parceiros para um projeto sobre o ambiente e a economia circular.",
    "Leciono no 1.º ciclo e este ano tenho uma turma do 3.º ano.",
    "A nossa escola fica numa pequena vila do interior, rodeada de serras.",
    "Dou aulas de Matemática e Física e Química no ensino secundário.",
    "Gostava que os meus alunos usassem o inglês em situações reais de comunicação.",
    "Há três anos que coordeno os projetos eTwinning do meu agrupamento.",
    "Interesso-me sobretudo por projetos sobre segurança na internet e literacia mediática.",
    "Ensino História e adoro projetos sobre património cultural.",
    "Os alunos do 12.º ano estão a preparar os exames nacionais e querem melhorar o inglês.",
    "Trabalho na educação pré-escolar com crianças dos três aos seis anos.",
    "Procuramos uma turma parceira para trocar cartas, desenhos e vídeos.",
    "Ensino Ciências Naturais e tenho muito interesse em projetos STEM.",
    "Gostaríamos de apresentar as nossas tradições, como os Santos Populares e o Magusto.",
    "O nosso agrupamento tem cerca de 1500 alunos, do pré-escolar ao secundário.",
    "Queremos participar num projeto de Cidadania e Desenvolvimento sobre os direitos das "
    "crianças.",
    "Ensino Educação Visual e adoro desafios criativos.",
    "Trabalho numa escola profissional e dou formação na área da restauração.",
    "Procuramos uma parceria duradoura, talvez também no âmbito do Erasmus+.",
    "Os meus alunos adoram programar robôs e fazer experiências.",
    "Ensino Francês como segunda língua estrangeira.",
    "Teria muito gosto em participar num projeto de leitura sobre livros favoritos.",
    "Uso o Padlet, o Canva e o TwinSpace nas aulas.",
    "Proponho um projeto sobre o mar, os oceanos e a proteção da costa.",
    "No ano passado, o nosso projeto recebeu o Selo de Qualidade Europeu.",
    "Não hesitem em contactar-me!",
    "Ensino Educação Musical e todos os anos preparamos uma festa de Natal com o coro.",
    "Sou docente de Educação Especial e trabalho com pequenos grupos de alunos.",
};

// ---------------------------------------------------------------- RO (ro)
static constexpr const char *const roFirst[] = {
    "Maria",     "Ion",     "Elena",      "Gheorghe", "Ioana",       "Andrei",  "Mihai",
    "Alexandru", "Ana",     "Constantin", "Cristina", "Nicoleta",    "Daniel",  "Adriana",
    "Florin",    "Mihaela", "Gabriel",    "Daniela",  "Vasile",      "Simona",  "Cătălin",
    "Georgiana", "Dumitru", "Alina",      "Ionuț",    "Raluca",      "Marius",  "Luminița",
    "Bogdan",    "Carmen",  "Răzvan",     "Roxana",   "Ștefan",      "Diana",   "Petru",
    "Oana",      "Cosmin",  "Irina",      "Sorin",    "Lăcrămioara", "Viorica", "Adrian",
    "Mirela",    "Costel",  "Monica",     "Tudor",
};
static constexpr const char *const roLast[] = {
    "Popa",    "Popescu",  "Pop",     "Radu",     "Dumitru", "Stan",       "Stoica",    "Gheorghe",
    "Matei",   "Ciobanu",  "Ionescu", "Rusu",     "Mihai",   "Constantin", "Munteanu",  "Marin",
    "Florea",  "Moldovan", "Dinu",    "Lungu",    "Ene",     "Tudor",      "Georgescu", "Sandu",
    "Cristea", "Dobre",    "Barbu",   "Nistor",   "Toma",    "Ursu",       "Dragomir",  "Stănescu",
    "Zamfir",  "Anghel",   "Voicu",   "Vlad",     "Neagu",   "Bălan",      "Ilie",      "Coman",
    "Mocanu",  "Manea",    "Enache",  "Iordache", "Mureșan", "Crăciun",    "Țurcanu",   "Bâtcă",
};
static constexpr char roFirstGenders[] = "fmfmfmmm"
                                         "fmffmfmf"
                                         "mfmfmfmf"
                                         "mfmfmfmf"
                                         "mfmfmfmf"
                                         "fmfmfm";
static constexpr char roLastGenders[] = "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn";
static_assert(std::size(roFirst) == sizeof(roFirstGenders) - 1);
static_assert(std::size(roLast) == sizeof(roLastGenders) - 1);
static constexpr const char *const roCities[] = {
    "București",      "Cluj-Napoca", "Timișoara",    "Iași",
    "Constanța",      "Craiova",     "Brașov",       "Galați",
    "Ploiești",       "Oradea",      "Brăila",       "Arad",
    "Pitești",        "Sibiu",       "Bacău",        "Târgu Mureș",
    "Baia Mare",      "Buzău",       "Botoșani",     "Satu Mare",
    "Râmnicu Vâlcea", "Suceava",     "Piatra Neamț", "Drobeta-Turnu Severin",
    "Focșani",        "Târgoviște",  "Bistrița",     "Tulcea",
    "Reșița",         "Alba Iulia",
};
static constexpr const char *const roSchools[] = {
    "Grădinița cu Program Prelungit nr. 5, %1", "Școala Gimnazială nr. 3, %1",
    "Școala Gimnazială „Ion Creangă”, %1",      "Liceul Teoretic „Mihai Eminescu”, %1",
    "Colegiul Național „Mihai Viteazul”, %1",   "Liceul Tehnologic „Henri Coandă”, %1",
    "Colegiul Economic „Virgil Madgearu”, %1",  "Colegiul Tehnic „Traian Vuia”, %1",
    "Liceul de Arte „George Enescu”, %1",       "Școala Profesională Specială, %1",
};
static constexpr const char *const roSchoolTypes[] = {
    "pre_primary", "primary",    "primary",    "upper_secondary", "upper_secondary",
    "vocational",  "vocational", "vocational", "upper_secondary", "special_needs",
};
static_assert(std::size(roSchools) == std::size(roSchoolTypes));
static constexpr const char *const roBio[] = {
    "Predau limba engleză la o școală gimnazială de cincisprezece ani.",
    "Elevii mei au între 10 și 14 ani.",
    "Căutăm parteneri pentru un proiect despre protecția mediului și reciclare.",
    "Predau la ciclul primar și anul acesta am o clasă a III-a.",
    "Școala noastră se află într-un sat mic din Maramureș, la poalele munților.",
    "Predau matematică și fizică la un colegiu național.",
    "Îmi doresc ca elevii mei să folosească limba engleză în situații reale.",
    "De trei ani coordonez proiectele eTwinning din școala noastră.",
    "Mă interesează în special proiectele despre siguranța pe internet.",
    "Predau istorie și îmi plac proiectele despre patrimoniul cultural.",
    "Elevii mei de clasa a XII-a se pregătesc pentru bacalaureat și vor să își îmbunătățească "
    "engleza.",
    "Lucrez la grădiniță cu copii între trei și șase ani.",
    "Căutăm o școală parteneră pentru schimb de scrisori, desene și filmulețe.",
    "Predau biologie și chimie, iar proiectele STEM mă pasionează.",
    "Ne-ar plăcea să prezentăm tradițiile românești, cum ar fi mărțișorul și colindele.",
    "Școala noastră are aproximativ 800 de elevi.",
    "Ne dorim să participăm la un proiect despre educația civică și drepturile copilului.",
    "Predau educație plastică și ador provocările creative.",
    "Lucrez la un liceu tehnologic și predau discipline de specialitate din domeniul turismului.",
    "Căutăm o colaborare pe termen lung, eventual și în cadrul programului Erasmus+.",
    "Elevii mei adoră să programeze roboți și să facă experimente.",
    "Predau limba franceză ca a doua limbă străină.",
    "Aș participa cu drag la un proiect despre lectură și cărțile preferate.",
    "La ore folosesc Padlet, Canva și TwinSpace.",
    "Propun un proiect despre apă, râuri și Dunăre.",
    "Anul trecut, proiectul nostru a primit Certificatul European de Calitate.",
    "Vă aștept cu drag mesajele!",
    "Predau educație muzicală și în fiecare an pregătim un concert de colinde.",
    "Lucrez cu elevi cu cerințe educaționale speciale într-un centru școlar pentru educație "
    "incluzivă.",
};

// ---------------------------------------------------------------- SK (sk)
static constexpr const char *const skFirst[] = {
    "Mária",  "Ján",      "Peter",    "Jozef",    "Anna",      "Zuzana", "Martin",    "Michal",
    "Eva",    "Katarína", "Jana",     "Tomáš",    "Lucia",     "Milan",  "Ľubica",    "Marek",
    "Monika", "Juraj",    "Andrea",   "Ľubomír",  "Miroslav",  "Helena", "Vladimír",  "Martina",
    "Dušan",  "Silvia",   "Pavol",    "Alena",    "Stanislav", "Viera",  "Marián",    "Daniela",
    "Róbert", "Ivana",    "Lukáš",    "Gabriela", "Igor",      "Soňa",   "Rastislav", "Beáta",
    "Štefan", "Jaroslav", "Veronika", "Matej",    "Ľudmila",
};
static constexpr const char *const skLast[] = {
    "Horváthová", "Horváth",  "Kováčová", "Kováč",      "Vargová",  "Varga",     "Tóthová",
    "Tóth",       "Nagyová",  "Nagy",     "Baloghová",  "Balogh",   "Szabóová",  "Szabó",
    "Molnárová",  "Molnár",   "Lukáčová", "Lukáč",      "Nováková", "Novák",     "Kollárová",
    "Kollár",     "Oravcová", "Oravec",   "Krajčírová", "Krajčír",  "Poláková",  "Polák",
    "Šimková",    "Šimko",    "Hudáková", "Hudák",      "Kráľová",  "Kráľ",      "Mikulášová",
    "Mikuláš",    "Švecová",  "Švec",     "Gregorová",  "Gregor",   "Bieliková", "Bielik",
};
static constexpr char skFirstGenders[] = "fmmmffmm"
                                         "fffmfmfm"
                                         "fmfmmfmf"
                                         "mfmfmfmf"
                                         "mfmfmfmf"
                                         "mmfmf";
static constexpr char skLastGenders[] = "fmfmfmfm"
                                        "fmfmfmfm"
                                        "fmfmfmfm"
                                        "fmfmfmfm"
                                        "fmfmfmfm"
                                        "fm";
static_assert(std::size(skFirst) == sizeof(skFirstGenders) - 1);
static_assert(std::size(skLast) == sizeof(skLastGenders) - 1);
static constexpr const char *const skCities[] = {
    "Bratislava",
    "Košice",
    "Prešov",
    "Žilina",
    "Nitra",
    "Banská Bystrica",
    "Trnava",
    "Trenčín",
    "Martin",
    "Poprad",
    "Prievidza",
    "Zvolen",
    "Považská Bystrica",
    "Michalovce",
    "Nové Zámky",
    "Spišská Nová Ves",
    "Komárno",
    "Levice",
    "Humenné",
    "Bardejov",
    "Liptovský Mikuláš",
    "Ružomberok",
    "Piešťany",
    "Lučenec",
    "Topoľčany",
};
static constexpr const char *const skSchools[] = {
    "Materská škola Slniečko, %1",
    "Základná škola s materskou školou, %1",
    "Základná škola J. A. Komenského, %1",
    "Gymnázium Ľudovíta Štúra, %1",
    "Gymnázium Pavla Országha Hviezdoslava, %1",
    "Obchodná akadémia, %1",
    "Stredná priemyselná škola elektrotechnická, %1",
    "Stredná odborná škola hotelových služieb a obchodu, %1",
    "Spojená škola, %1",
    "Základná umelecká škola, %1",
};
static constexpr const char *const skSchoolTypes[] = {
    "pre_primary", "primary",    "primary",    "upper_secondary", "upper_secondary",
    "vocational",  "vocational", "vocational", "upper_secondary", "primary",
};
static_assert(std::size(skSchools) == std::size(skSchoolTypes));
static constexpr const char *const skBio[] = {
    "Učím anglický jazyk na základnej škole už pätnásť rokov.",
    "Moji žiaci majú od 10 do 14 rokov.",
    "Hľadáme partnerov pre projekt zameraný na ochranu životného prostredia.",
    "Učím na prvom stupni a tento rok mám tretiakov.",
    "Naša škola sa nachádza v malom meste pod Tatrami.",
    "Vyučujem matematiku a fyziku na gymnáziu.",
    "Chcem, aby moji žiaci komunikovali s rovesníkmi z celej Európy.",
    "Už tri roky koordinujem projekty eTwinning na našej škole.",
    "Zaujímajú ma projekty o bezpečnosti na internete a mediálnej výchove.",
    "Učím dejepis a baví ma pracovať na projektoch o kultúrnom dedičstve.",
    "Naši maturanti sa pripravujú na maturitu a chcú si zlepšiť angličtinu.",
    "Pracujem v materskej škole s deťmi vo veku od troch do šiestich rokov.",
    "Hľadáme partnerskú školu na výmenu listov, kresieb a videí.",
    "Učím biológiu a chémiu a zaujímajú ma projekty STEM.",
    "Radi by sme predstavili slovenské tradície, napríklad Veľkú noc a fašiangy.",
    "Našu školu navštevuje približne 500 žiakov.",
    "Radi by sme sa zapojili do projektu o občianskej výchove a právach detí.",
    "Učím výtvarnú výchovu a milujem kreatívne projekty.",
    "Pracujem na strednej odbornej škole a učím odborné predmety z gastronómie.",
    "Hľadáme dlhodobých partnerov, prípadne aj pre projekt Erasmus+.",
    "Moji žiaci radi programujú roboty a robia pokusy.",
    "Učím nemčinu ako druhý cudzí jazyk.",
    "S radosťou sa zapojím do projektu o čítaní a obľúbených knihách.",
    "Na hodinách používam Padlet, Canvu a TwinSpace.",
    "Navrhujem projekt o vode, riekach a Dunaji.",
    "Minulý rok náš projekt získal Európsku značku kvality.",
    "Neváhajte ma kontaktovať!",
    "Vediem školský spevácky zbor a každý rok pripravujeme vianočný koncert.",
};

// ---------------------------------------------------------------- SI (sl)
static constexpr const char *const siFirst[] = {
    "Marija", "Franc",   "Ana",    "Janez",  "Maja",   "Irena",  "Mojca", "Anton",
    "Mateja", "Nataša",  "Andrej", "Marko",  "Jožef",  "Peter",  "Nina",  "Tanja",
    "Katja",  "Barbara", "Luka",   "Matej",  "Tomaž",  "Petra",  "Mitja", "Urška",
    "Špela",  "Boštjan", "Jure",   "Alenka", "Simona", "Gregor", "Vesna", "Blaž",
    "Sabina", "Aleš",    "Polona", "Primož", "Tina",   "Rok",    "Nuša",  "Uroš",
    "Darja",  "Matjaž",  "Metka",  "Žiga",   "Bojana", "Tadej",
};
static constexpr const char *const siLast[] = {
    "Novak",   "Horvat",  "Kovačič", "Krajnc", "Zupančič",  "Potočnik", "Kovač",  "Mlakar",
    "Kos",     "Vidmar",  "Golob",   "Turk",   "Kralj",     "Zupan",    "Bizjak", "Hribar",
    "Korošec", "Rozman",  "Kotnik",  "Oblak",  "Petek",     "Kolar",    "Žagar",  "Kastelic",
    "Košir",   "Hočevar", "Koren",   "Zajc",   "Klemenčič", "Medved",   "Knez",   "Pirc",
    "Zupanc",  "Hrovat",  "Petrič",  "Kuhar",  "Lah",       "Breznik",  "Uršič",  "Sever",
    "Jerman",  "Majcen",  "Furlan",  "Dolenc",
};
static constexpr char siFirstGenders[] = "fmfmfffm"
                                         "ffmmmmff"
                                         "ffmmmfmf"
                                         "fmmffmfm"
                                         "fmfmfmfm"
                                         "fmfmfm";
static constexpr char siLastGenders[] = "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnn";
static_assert(std::size(siFirst) == sizeof(siFirstGenders) - 1);
static_assert(std::size(siLast) == sizeof(siLastGenders) - 1);
static constexpr const char *const siCities[] = {
    "Ljubljana",         "Maribor",     "Celje",         "Kranj",   "Koper",    "Velenje",
    "Novo mesto",        "Ptuj",        "Trbovlje",      "Kamnik",  "Jesenice", "Nova Gorica",
    "Domžale",           "Škofja Loka", "Murska Sobota", "Izola",   "Postojna", "Slovenj Gradec",
    "Ravne na Koroškem", "Piran",       "Krško",         "Brežice", "Idrija",
};
static constexpr const char *const siSchools[] = {
    "Vrtec Mavrica, %1",
    "Osnovna šola Franceta Prešerna, %1",
    "Osnovna šola Ivana Cankarja, %1",
    "Osnovna šola s prilagojenim programom, %1",
    "Gimnazija %1",
    "Srednja ekonomska šola %1",
    "Šolski center %1",
    "Srednja zdravstvena šola %1",
    "Biotehniški center %1",
    "Glasbena šola %1",
};
static constexpr const char *const siSchoolTypes[] = {
    "pre_primary", "primary",    "primary",    "special_needs", "upper_secondary",
    "vocational",  "vocational", "vocational", "vocational",    "primary",
};
static_assert(std::size(siSchools) == std::size(siSchoolTypes));
static constexpr const char *const siBio[] = {
    "Že petnajst let poučujem angleščino na osnovni šoli.",
    "Moji učenci so stari od 10 do 14 let.",
    "Iščemo partnerje za projekt o varovanju okolja.",
    "Letos poučujem v tretjem razredu osnovne šole.",
    "Naša šola stoji v majhnem kraju ob vznožju Alp.",
    "Na gimnaziji poučujem matematiko in fiziko.",
    "Želim si, da bi moji učenci komunicirali z vrstniki iz vse Evrope.",
    "Že tri leta koordiniram projekte eTwinning na naši šoli.",
    "Posebej me zanimajo projekti o varni rabi interneta in medijski pismenosti.",
    "Poučujem zgodovino, najbolj pa me veselijo projekti o kulturni dediščini.",
    "Naši dijaki se pripravljajo na maturo in bi radi izboljšali znanje angleščine.",
    "Delam v vrtcu z otroki, starimi od treh do šestih let.",
    "Iščemo partnersko šolo za izmenjavo pisem, risb in posnetkov.",
    "Poučujem biologijo in kemijo, zanimajo pa me tudi projekti STEM.",
    "Radi bi predstavili slovenske običaje, na primer kurentovanje in pisanice.",
    "Našo šolo obiskuje približno 500 učencev.",
    "Radi bi sodelovali v projektu o državljanski vzgoji in otrokovih pravicah.",
    "Poučujem likovno umetnost in obožujem ustvarjalne projekte.",
    "Na srednji poklicni šoli poučujem strokovne predmete s področja gostinstva.",
    "Iščemo dolgoročno sodelovanje, morda tudi v okviru programa Erasmus+.",
    "Moji učenci z veseljem programirajo robote in izvajajo poskuse.",
    "Poučujem nemščino kot drugi tuji jezik.",
    "Z veseljem se pridružim bralnemu projektu o priljubljenih knjigah.",
    "Pri pouku uporabljam Padlet, Canvo in TwinSpace.",
    "Predlagam projekt o vodi, rekah in Jadranskem morju.",
    "Lani je naš projekt prejel evropski znak kakovosti.",
    "Vabljeni, da me kontaktirate!",
    "Poučujem glasbo in vodim šolski pevski zbor.",
};

// ---------------------------------------------------------------- ES (es)
static constexpr const char *const esFirst[] = {
    "María",  "Antonio",    "Carmen",  "José",     "Manuel",    "Ana",      "Francisco", "Laura",
    "David",  "Isabel",     "Javier",  "Cristina", "Juan",      "Marta",    "Daniel",    "Lucía",
    "Carlos", "Elena",      "Jesús",   "Pilar",    "Alejandro", "Raquel",   "Miguel",    "Silvia",
    "Rafael", "Rosa",       "Pablo",   "Beatriz",  "Sergio",    "Teresa",   "Fernando",  "Patricia",
    "Jorge",  "Montserrat", "Alberto", "Nuria",    "Luis",      "Mercedes", "Álvaro",    "Sara",
    "Rocío",  "Inmaculada", "Iñaki",   "Begoña",   "Ainhoa",    "Jordi",
};
static constexpr const char *const esLast[] = {
    "García",  "Rodríguez", "González",  "Fernández", "López",   "Martínez", "Sánchez",   "Pérez",
    "Gómez",   "Martín",    "Jiménez",   "Hernández", "Ruiz",    "Díaz",     "Moreno",    "Muñoz",
    "Álvarez", "Romero",    "Gutiérrez", "Herrero",   "Navarro", "Torres",   "Domínguez", "Ramos",
    "Vázquez", "Ramírez",   "Gil",       "Serrano",   "Morales", "Molina",   "Blanco",    "Suárez",
    "Castro",  "Ortega",    "Delgado",   "Ortiz",     "Marín",   "Rubio",    "Núñez",     "Medina",
    "Sanz",    "Castillo",  "Prieto",    "Cortés",    "Garrido", "Santos",   "Guerrero",  "Lozano",
};
static constexpr char esFirstGenders[] = "fmfmmfmf"
                                         "mfmfmfmf"
                                         "mfmfmfmf"
                                         "mfmfmfmf"
                                         "mfmfmfmf"
                                         "ffmffm";
static constexpr char esLastGenders[] = "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn";
static_assert(std::size(esFirst) == sizeof(esFirstGenders) - 1);
static_assert(std::size(esLast) == sizeof(esLastGenders) - 1);
static constexpr const char *const esCities[] = {
    "Madrid",
    "Barcelona",
    "Valencia",
    "Sevilla",
    "Zaragoza",
    "Málaga",
    "Murcia",
    "Palma",
    "Las Palmas de Gran Canaria",
    "Bilbao",
    "Alicante",
    "Córdoba",
    "Valladolid",
    "Vigo",
    "Gijón",
    "L'Hospitalet de Llobregat",
    "Vitoria-Gasteiz",
    "A Coruña",
    "Granada",
    "Elche",
    "Oviedo",
    "Badalona",
    "Cartagena",
    "Terrassa",
    "Jerez de la Frontera",
    "Sabadell",
    "Pamplona",
    "Almería",
    "Santander",
    "Salamanca",
    "Cáceres",
    "Toledo",
};
static constexpr const char *const esSchools[] = {
    "Escuela Infantil El Principito, %1",
    "CEIP Federico García Lorca, %1",
    "CEIP Nuestra Señora del Rosario, %1",
    "Colegio de Educación Infantil y Primaria Miguel de Cervantes, %1",
    "IES Antonio Machado, %1",
    "Instituto de Educación Secundaria Clara Campoamor, %1",
    "Colegio Sagrado Corazón, %1",
    "Centro Integrado de Formación Profesional de %1",
    "Escuela Oficial de Idiomas de %1",
    "Conservatorio Profesional de Música de %1",
    "CEPA Concepción Arenal, %1",
};
static constexpr const char *const esSchoolTypes[] = {
    "pre_primary",     "primary",         "primary",         "primary",
    "upper_secondary", "upper_secondary", "primary",         "vocational",
    "upper_secondary", "vocational",      "lower_secondary",
};
static_assert(std::size(esSchools) == std::size(esSchoolTypes));
static constexpr const char *const esBio[] = {
    "Doy clase de Lengua Castellana y Literatura en un instituto desde hace quince años.",
    "Mis alumnos tienen entre 12 y 16 años.",
    "Buscamos socios para un proyecto sobre el cambio climático y el reciclaje.",
    "Trabajo en Educación Primaria y este curso tengo un grupo de tercero.",
    "Nuestro colegio está en un pueblo pequeño de la sierra.",
    "Imparto Matemáticas y Física y Química en ESO y Bachillerato.",
    "Me gustaría que mis alumnos usaran el inglés en situaciones reales.",
    "Desde hace tres años coordino los proyectos eTwinning de mi centro.",
    "Me interesan especialmente los proyectos sobre seguridad en internet y ciberacoso.",
    "Doy clase de Geografía e Historia y me encanta trabajar el patrimonio cultural.",
    "Mis alumnos de segundo de Bachillerato preparan la selectividad y quieren mejorar su inglés.",
    "Trabajo en Educación Infantil con niños de tres a cinco años.",
    "Buscamos una clase socia para intercambiar cartas, dibujos y vídeos.",
    "Imparto Biología y Geología y me apasionan los proyectos STEAM.",
    "Nos gustaría dar a conocer nuestras tradiciones, como las Fallas o la Semana Santa.",
    "Nuestro centro tiene unos 800 alumnos y es bilingüe.",
    "Queremos participar en un proyecto sobre ciudadanía europea y derechos de la infancia.",
    "Doy clase de Educación Plástica y Visual y adoro los proyectos creativos.",
    "Trabajo en un centro de Formación Profesional e imparto módulos de hostelería y turismo.",
    "Buscamos una colaboración a largo plazo, también en el marco de Erasmus+.",
    "A mis alumnos les encanta programar robots y hacer experimentos.",
    "Imparto Francés como segunda lengua extranjera.",
    "Me encantaría participar en un proyecto de animación a la lectura.",
    "En clase uso Padlet, Canva y el TwinSpace.",
    "Propongo un proyecto sobre el agua y la sequía, un tema muy importante en nuestra región.",
    "El curso pasado nuestro proyecto recibió el Sello de Calidad Europeo.",
    "¡No dudes en escribirme!",
    "Doy clase de Música y cada año organizamos un concierto de Navidad.",
    "Trabajo en Pedagogía Terapéutica con alumnado con necesidades educativas especiales.",
};

// ---------------------------------------------------------------- SE (sv)
static constexpr const char *const seFirst[] = {
    "Anna",   "Maria",    "Erik",   "Lars",    "Karl",   "Eva",    "Anders",  "Per",
    "Karin",  "Kristina", "Johan",  "Lena",    "Sara",   "Mikael", "Emma",    "Peter",
    "Jan",    "Ingrid",   "Hans",   "Malin",   "Magnus", "Linda",  "Fredrik", "Helena",
    "Daniel", "Johanna",  "Thomas", "Cecilia", "Mats",   "Annika", "Jonas",   "Camilla",
    "Martin", "Ulrika",   "Pontus", "Elin",    "Niklas", "Åsa",    "Björn",   "Sofia",
    "Gustav", "Ida",      "Oskar",  "Therese", "Ulf",    "Marie",
};
static constexpr const char *const seLast[] = {
    "Andersson", "Johansson", "Karlsson",   "Nilsson",    "Eriksson",    "Larsson",    "Olsson",
    "Persson",   "Svensson",  "Gustafsson", "Pettersson", "Jonsson",     "Jansson",    "Hansson",
    "Bengtsson", "Jönsson",   "Lindberg",   "Jakobsson",  "Magnusson",   "Olofsson",   "Lindström",
    "Lindqvist", "Lindgren",  "Axelsson",   "Berg",       "Bergström",   "Lundberg",   "Lind",
    "Lundgren",  "Lundqvist", "Mattsson",   "Berglund",   "Fredriksson", "Sandberg",   "Henriksson",
    "Holmberg",  "Sjöberg",   "Wallin",     "Engström",   "Eklund",      "Danielsson", "Lundin",
    "Håkansson", "Björk",     "Bergman",    "Nyström",    "Holm",        "Åberg",
};
static constexpr char seFirstGenders[] = "ffmmmfmm"
                                         "ffmffmfm"
                                         "mfmfmfmf"
                                         "mfmfmfmf"
                                         "mfmfmfmf"
                                         "mfmfmf";
static constexpr char seLastGenders[] = "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn";
static_assert(std::size(seFirst) == sizeof(seFirstGenders) - 1);
static_assert(std::size(seLast) == sizeof(seLastGenders) - 1);
static constexpr const char *const seCities[] = {
    "Stockholm",   "Göteborg",   "Malmö",      "Uppsala", "Västerås",     "Örebro",    "Linköping",
    "Helsingborg", "Jönköping",  "Norrköping", "Lund",    "Umeå",         "Gävle",     "Borås",
    "Södertälje",  "Eskilstuna", "Halmstad",   "Växjö",   "Karlstad",     "Sundsvall", "Östersund",
    "Trollhättan", "Luleå",      "Kalmar",     "Falun",   "Kristianstad", "Skövde",    "Kiruna",
};
static constexpr const char *const seSchools[] = {
    "Förskolan Solrosen, %1",
    "Centralskolan, %1",
    "Ekbackens skola, %1",
    "Montessoriskolan, %1",
    "Vasaskolan, %1",
    "Katedralskolan, %1",
    "Polhemsskolan, %1",
    "Naturbruksgymnasiet, %1",
    "Komvux, %1",
    "Kulturskolan, %1",
    "Anpassade grundskolan, %1",
};
static constexpr const char *const seSchoolTypes[] = {
    "pre_primary",     "primary",         "primary",         "primary",
    "lower_secondary", "upper_secondary", "upper_secondary", "vocational",
    "upper_secondary", "primary",         "special_needs",
};
static_assert(std::size(seSchools) == std::size(seSchoolTypes));
static constexpr const char *const seBio[] = {
    "Jag har undervisat i svenska och engelska på högstadiet i fjorton år.",
    "Mina elever går i årskurs 4 och är tio år gamla.",
    "Vi söker partner till ett projekt om klimat och hållbar utveckling.",
    "Jag arbetar som förskollärare med barn mellan tre och fem år.",
    "Vår skola ligger på en liten ort i Norrland, nära skog och fjäll.",
    "Jag undervisar i matematik och fysik på gymnasiet.",
    "Jag vill att mina elever ska få använda engelska i verkliga situationer.",
    "Jag har varit eTwinning-samordnare på vår skola i tre år.",
    "Jag är särskilt intresserad av projekt om källkritik och säkerhet på nätet.",
    "Jag undervisar i historia och samhällskunskap och brinner för demokratifrågor.",
    "Våra gymnasieelever vill gärna lära känna ungdomar från andra länder.",
    "Vi söker en partnerklass att utbyta brev, teckningar och korta filmer med.",
    "Jag undervisar i NO och teknik och älskar praktiska experiment.",
    "Vi berättar gärna om svenska traditioner som lucia och midsommar.",
    "Skolan har ungefär 450 elever från förskoleklass till årskurs 9.",
    "Vi vill gärna delta i ett projekt om barns rättigheter och demokrati.",
    "Jag undervisar i bild och slöjd och gillar kreativa projekt.",
    "Jag arbetar på ett yrkesprogram och undervisar blivande elektriker.",
    "Vi önskar ett långsiktigt samarbete, gärna även inom Erasmus+.",
    "Mina elever älskar att programmera robotar och bygga med micro:bit.",
    "Jag undervisar i spanska som modernt språk.",
    "Jag deltar gärna i ett läsprojekt om favoritböcker.",
    "Vi använder Padlet, Canva och TwinSpace i undervisningen.",
    "Ett projekt om Östersjön och livet i havet skulle passa oss bra.",
    "Förra året fick vårt projekt en europeisk kvalitetsutmärkelse.",
    "Hör gärna av dig!",
    "Jag är musiklärare och leder skolans kör.",
    "Vi har mycket utomhuspedagogik och vill gärna göra ett projekt om allemansrätten.",
};

// ---------------------------------------------------------------- AL (sq)
static constexpr const char *const alFirst[] = {
    "Arben",   "Mirela",  "Ilir",   "Anila",    "Artan",  "Elona",    "Besnik", "Blerina",
    "Gentian", "Ermira",  "Edmond", "Lindita",  "Dritan", "Marjeta",  "Altin",  "Klodiana",
    "Erion",   "Valbona", "Alban",  "Entela",   "Agron",  "Jonida",   "Bujar",  "Flutura",
    "Fatos",   "Rudina",  "Gëzim",  "Alketa",   "Luan",   "Mimoza",   "Petrit", "Shpresa",
    "Sokol",   "Vjollca", "Ardit",  "Brunilda", "Ergys",  "Ledia",    "Kledi",  "Teuta",
    "Elira",   "Dorina",  "Genti",  "Fjoralba", "Besa",   "Ilirjana",
};
static constexpr const char *const alLast[] = {
    "Hoxha",  "Shehu",   "Leka",  "Dervishi", "Gjoka",  "Çela",    "Kola",    "Prifti",   "Hysa",
    "Marku",  "Basha",   "Duka",  "Shkodra",  "Mema",   "Zeneli",  "Lika",    "Kapllani", "Murati",
    "Halili", "Bushati", "Ndreu", "Gjika",    "Tafa",   "Mustafa", "Xhafa",   "Dema",     "Kuka",
    "Gashi",  "Bregu",   "Cani",  "Dedja",    "Sula",   "Llazi",   "Pllumbi", "Tahiri",   "Qosja",
    "Vata",   "Ziu",     "Koçi",  "Dibra",    "Hasani", "Kuçi",    "Sinani",  "Bajrami",
};
static constexpr char alFirstGenders[] = "mfmfmfmf"
                                         "mfmfmfmf"
                                         "mfmfmfmf"
                                         "mfmfmfmf"
                                         "mfmfmfmf"
                                         "ffmfff";
static constexpr char alLastGenders[] = "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnn";
static_assert(std::size(alFirst) == sizeof(alFirstGenders) - 1);
static_assert(std::size(alLast) == sizeof(alLastGenders) - 1);
static constexpr const char *const alCities[] = {
    "Tiranë",  "Durrës",   "Vlorë",    "Elbasan",     "Shkodër", "Fier",     "Korçë",    "Berat",
    "Lushnjë", "Kavajë",   "Pogradec", "Gjirokastër", "Sarandë", "Laç",      "Kukës",    "Lezhë",
    "Patos",   "Peshkopi", "Kuçovë",   "Krujë",       "Burrel",  "Librazhd", "Tepelenë",
};
static constexpr const char *const alSchools[] = {
    "Kopshti nr. 5, %1",
    "Shkolla 9-vjeçare “Naim Frashëri”, %1",
    "Shkolla fillore “Sami Frashëri”, %1",
    "Shkolla 9-vjeçare “Ismail Qemali”, %1",
    "Gjimnazi “Sami Frashëri”, %1",
    "Shkolla e mesme e bashkuar “Gjergj Kastrioti”, %1",
    "Shkolla e Mesme Teknike Ekonomike, %1",
    "Shkolla Profesionale Hoteleri-Turizëm, %1",
    "Shkolla e Mesme Artistike “Jordan Misja”",
    "Shkolla e Mesme Profesionale Teknologjike, %1",
};
static constexpr const char *const alSchoolTypes[] = {
    "pre_primary",     "primary",    "primary",    "primary",         "upper_secondary",
    "upper_secondary", "vocational", "vocational", "upper_secondary", "vocational",
};
static_assert(std::size(alSchools) == std::size(alSchoolTypes));
static constexpr const char *const alBio[] = {
    "Jap mësim anglisht në një shkollë 9-vjeçare prej dymbëdhjetë vjetësh.",
    "Nxënësit e mi janë nga 10 deri në 14 vjeç.",
    "Kërkojmë partnerë për një projekt për mbrojtjen e mjedisit.",
    "Jap mësim në arsimin fillor dhe këtë vit kam klasën e tretë.",
    "Shkolla jonë ndodhet në një qytet të vogël pranë detit.",
    "Jap mësim matematikë dhe fizikë në një gjimnaz.",
    "Dëshiroj që nxënësit e mi të komunikojnë me bashkëmoshatarë nga e gjithë Evropa.",
    "Prej tre vitesh koordinoj projektet eTwinning në shkollën tonë.",
    "Më interesojnë veçanërisht projektet për sigurinë në internet.",
    "Jap mësim histori dhe më pëlqejnë projektet për trashëgiminë kulturore.",
    "Maturantët tanë përgatiten për Maturën Shtetërore dhe duan të përmirësojnë anglishten.",
    "Punoj në kopsht me fëmijë nga tre deri në gjashtë vjeç.",
    "Kërkojmë një shkollë partnere për të shkëmbyer letra, vizatime dhe video.",
    "Jap mësim biologji dhe kimi dhe më interesojnë projektet STEM.",
    "Do të donim të prezantonim traditat shqiptare, si Dita e Verës dhe iso-polifonia.",
    "Shkollën tonë e ndjekin rreth 600 nxënës.",
    "Dëshirojmë të marrim pjesë në një projekt për edukimin qytetar dhe të drejtat e fëmijëve.",
    "Jap mësim art pamor dhe më pëlqejnë shumë projektet krijuese.",
    "Punoj në një shkollë profesionale dhe jap lëndë të hotelerisë dhe turizmit.",
    "Kërkojmë bashkëpunim afatgjatë, ndoshta edhe në kuadër të Erasmus+.",
    "Nxënësve të mi u pëlqen të programojnë robotë dhe të bëjnë eksperimente.",
    "Jap mësim italisht si gjuhë e dytë e huaj.",
    "Do të merrja pjesë me kënaqësi në një projekt për leximin dhe librat e preferuar.",
    "Në mësim përdor Padlet, Canva dhe TwinSpace.",
    "Propozoj një projekt për ujin, lumenjtë dhe detin Adriatik.",
    "Vitin e kaluar projekti ynë mori Etiketën Evropiane të Cilësisë.",
    "Mos hezitoni të më kontaktoni!",
    "Jap mësim muzikë dhe drejtoj korin e shkollës.",
};

// ---------------------------------------------------------------- BA (bs)
static constexpr const char *const baFirst[] = {
    "Amra",    "Emir",   "Adnan",  "Selma",  "Amela",  "Haris",  "Lejla",  "Mirza",
    "Edin",    "Aida",   "Jasmin", "Azra",   "Senad",  "Sanela", "Elvir",  "Alma",
    "Nermin",  "Amina",  "Dženan", "Merima", "Samir",  "Emina",  "Kenan",  "Jasmina",
    "Almir",   "Belma",  "Adis",   "Nedim",  "Dijana", "Ivan",   "Marija", "Dragan",
    "Snežana", "Nikola", "Ana",    "Mladen", "Edina",  "Tarik",  "Ajla",   "Ermin",
    "Lamija",  "Enes",   "Zerina", "Vedran", "Sabina", "Senada",
};
static constexpr const char *const baLast[] = {
    "Hodžić",     "Hadžić",      "Delić",     "Begić",     "Mehić",    "Hasanović",  "Husić",
    "Kovačević",  "Ibrahimović", "Alić",      "Halilović", "Mujić",    "Osmanović",  "Suljić",
    "Salihović",  "Ahmetović",   "Muratović", "Omerović",  "Karić",    "Mešić",      "Bešić",
    "Avdić",      "Smajić",      "Jusić",     "Softić",    "Pašić",    "Dedić",      "Zukić",
    "Mustafić",   "Bajrić",      "Čaušević",  "Kurtović",  "Šabić",    "Mahmutović", "Imamović",
    "Hrnjić",     "Jukić",       "Marić",     "Babić",     "Petrović", "Šehić",      "Džafić",
    "Mehmedović", "Subašić",
};
static constexpr char baFirstGenders[] = "fmmffmfm"
                                         "mfmfmfmf"
                                         "mfmfmfmf"
                                         "mfmmfmfm"
                                         "fmfmfmfm"
                                         "fmfmff";
static constexpr char baLastGenders[] = "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnn";
static_assert(std::size(baFirst) == sizeof(baFirstGenders) - 1);
static_assert(std::size(baLast) == sizeof(baLastGenders) - 1);
static constexpr const char *const baCities[] = {
    "Sarajevo", "Banja Luka", "Tuzla",   "Zenica",  "Bijeljina",   "Mostar",         "Prijedor",
    "Brčko",    "Doboj",      "Cazin",   "Zvornik", "Živinice",    "Bihać",          "Travnik",
    "Gradiška", "Gračanica",  "Lukavac", "Tešanj",  "Sanski Most", "Velika Kladuša", "Visoko",
    "Kakanj",   "Goražde",    "Konjic",  "Bugojno", "Trebinje",
};
static constexpr const char *const baSchools[] = {
    "JU Dječiji vrtić „Radost“, %1",
    "JU Osnovna škola „Mehmedalija Mak Dizdar“, %1",
    "Osnovna škola „Safvet-beg Bašagić“, %1",
    "Druga osnovna škola, %1",
    "Prva gimnazija, %1",
    "Gimnazija „Meša Selimović“, %1",
    "Mješovita srednja škola, %1",
    "Srednja tehnička škola, %1",
    "Srednja medicinska škola, %1",
    "Muzička škola, %1",
};
static constexpr const char *const baSchoolTypes[] = {
    "pre_primary",     "primary",         "primary",    "primary",    "upper_secondary",
    "upper_secondary", "upper_secondary", "vocational", "vocational", "primary",
};
static_assert(std::size(baSchools) == std::size(baSchoolTypes));
static constexpr const char *const baBio[] = {
    "Već deset godina predajem engleski jezik u osnovnoj školi.",
    "Moji učenici imaju između jedanaest i petnaest godina.",
    "Tražimo partnere za projekat o zaštiti okoline i čistim rijekama.",
    "Radim u razrednoj nastavi i ove godine imam treći razred.",
    "Naša škola se nalazi u malom gradu okruženom planinama.",
    "Predajem matematiku i informatiku u gimnaziji.",
    "Želim da moji učenici komuniciraju sa vršnjacima iz drugih evropskih zemalja.",
    "Već tri godine koordiniram eTwinning projekte u našoj školi.",
    "Posebno me zanimaju projekti o sigurnosti djece na internetu.",
    "Predajem historiju i volim projekte o kulturnom naslijeđu Bosne i Hercegovine.",
    "Naši maturanti žele poboljšati engleski jezik kroz stvarnu komunikaciju.",
    "Radim u vrtiću sa djecom od tri do šest godina.",
    "Tražimo partnersku školu za razmjenu pisama, crteža i video zapisa.",
    "Predajem biologiju i hemiju i zanimaju me STEM projekti.",
    "Željeli bismo predstaviti naše tradicije, stare zanate i tradicionalnu kuhinju.",
    "Našu školu pohađa oko 600 učenika.",
    "Željeli bismo učestvovati u projektu o građanskom obrazovanju i pravima djeteta.",
    "Predajem likovnu kulturu i obožavam kreativne projekte.",
    "Radim u srednjoj tehničkoj školi i predajem stručne predmete iz elektrotehnike.",
    "Tražimo dugoročnu saradnju, možda i kroz Erasmus+ projekat.",
    "Moji učenici rado programiraju robote i izvode oglede.",
    "Predajem njemački jezik kao drugi strani jezik.",
    "Rado ću se uključiti u projekat o čitanju i omiljenim knjigama.",
    "U nastavi koristim Padlet, Canvu i TwinSpace.",
    "Predlažem projekat o vodi, rijekama i izvorima u našim krajevima.",
    "Prošle godine naš projekat je dobio Evropsku oznaku kvaliteta.",
    "Slobodno me kontaktirajte!",
    "Predajem muzičku kulturu i vodim školski hor.",
};

// ---------------------------------------------------------------- MK (mk)
static constexpr const char *const mkFirst[] = {
    "Марија",   "Александар", "Елена",  "Горан", "Снежана",   "Никола",    "Весна",    "Драган",
    "Билјана",  "Зоран",      "Ивана",  "Дејан", "Валентина", "Игор",      "Марина",   "Сашо",
    "Светлана", "Владимир",   "Тања",   "Бојан", "Даниела",   "Филип",     "Катерина", "Стефан",
    "Ана",      "Благоја",    "Лидија", "Кире",  "Оливера",   "Тони",      "Јасмина",  "Васко",
    "Маја",     "Љупчо",      "Наташа", "Ѓорѓи", "Жаклина",   "Кристијан", "Соња",     "Мартин",
    "Ирена",    "Трајче",     "Анета",  "Петар",
};
static constexpr const char *const mkLast[] = {
    "Николовска", "Николовски", "Стојановска", "Стојановски", "Трајковска",  "Трајковски",
    "Петровска",  "Петровски",  "Јованоска",   "Јованоски",   "Димитровска", "Димитровски",
    "Илиевска",   "Илиевски",   "Стојанова",   "Стојанов",    "Ристова",     "Ристов",
    "Андоновска", "Андоновски", "Костовска",   "Костовски",   "Митревска",   "Митревски",
    "Ангеловска", "Ангеловски", "Наумовска",   "Наумовски",   "Ефтимова",    "Ефтимов",
    "Марковска",  "Марковски",  "Велковска",   "Велковски",   "Спасовска",   "Спасовски",
    "Гоцевска",   "Гоцевски",   "Тасевска",    "Тасевски",    "Миткова",     "Митков",
};
static constexpr char mkFirstGenders[] = "fmfmfmfm"
                                         "fmfmfmfm"
                                         "fmfmfmfm"
                                         "fmfmfmfm"
                                         "fmfmfmfm"
                                         "fmfm";
static constexpr char mkLastGenders[] = "fmfmfmfm"
                                        "fmfmfmfm"
                                        "fmfmfmfm"
                                        "fmfmfmfm"
                                        "fmfmfmfm"
                                        "fm";
static_assert(std::size(mkFirst) == sizeof(mkFirstGenders) - 1);
static_assert(std::size(mkLast) == sizeof(mkLastGenders) - 1);
static constexpr const char *const mkCities[] = {
    "Скопје",       "Куманово", "Битола",   "Прилеп",    "Тетово",    "Велес",
    "Штип",         "Охрид",    "Гостивар", "Струмица",  "Кавадарци", "Кочани",
    "Кичево",       "Струга",   "Радовиш",  "Гевгелија", "Дебар",     "Крива Паланка",
    "Свети Николе", "Неготино", "Делчево",  "Виница",    "Ресен",
};
static constexpr const char *const mkSchools[] = {
    "Детска градинка „Детска радост“, %1",
    "ООУ „Браќа Миладиновци“, %1",
    "ООУ „Гоце Делчев“, %1",
    "ООУ „Св. Климент Охридски“, %1",
    "Гимназија „Никола Карев“, %1",
    "СОУ Гимназија „Јосиф Јосифовски“, %1",
    "Средно економско училиште, %1",
    "Средно медицинско училиште, %1",
    "Средно училиште за туризам и угостителство, %1",
    "Музичко училиште, %1",
};
static constexpr const char *const mkSchoolTypes[] = {
    "pre_primary",     "primary",    "primary",    "primary",    "upper_secondary",
    "upper_secondary", "vocational", "vocational", "vocational", "primary",
};
static_assert(std::size(mkSchools) == std::size(mkSchoolTypes));
static constexpr const char *const mkBio[] = {
    "Предавам англиски јазик во основно училиште веќе дванаесет години.",
    "Моите ученици се на возраст од 10 до 14 години.",
    "Бараме партнери за проект за заштита на животната средина.",
    "Работам во одделенска настава и оваа година имам трето одделение.",
    "Нашето училиште се наоѓа во мал град покрај езеро.",
    "Предавам математика и физика во гимназија.",
    "Сакам моите ученици да комуницираат со врсници од цела Европа.",
    "Веќе три години ги координирам eTwinning проектите во нашето училиште.",
    "Особено ме интересираат проектите за безбедност на интернет.",
    "Предавам историја и ги сакам проектите за културното наследство.",
    "Нашите матуранти се подготвуваат за државна матура и сакаат да го подобрат англискиот.",
    "Работам во градинка со деца од три до шест години.",
    "Бараме партнерско училиште за размена на писма, цртежи и видеа.",
    "Предавам биологија и хемија и ме интересираат STEM проектите.",
    "Би сакале да ги претставиме македонските традиции, како Водици и Велигден.",
    "Нашето училиште го посетуваат околу 700 ученици.",
    "Би сакале да учествуваме во проект за граѓанско образование и правата на детето.",
    "Предавам ликовно образование и обожавам креативни проекти.",
    "Работам во средно стручно училиште и предавам стручни предмети од туризам.",
    "Бараме долгорочна соработка, можеби и преку Еразмус+.",
    "Моите ученици сакаат да програмираат роботи и да прават експерименти.",
    "Предавам германски јазик како втор странски јазик.",
    "Со задоволство ќе се вклучам во проект за читање и омилени книги.",
    "Во наставата користам Padlet, Canva и TwinSpace.",
    "Предлагам проект за водата, реките и Охридското Езеро.",
    "Минатата година нашиот проект доби Европски знак за квалитет.",
    "Слободно контактирајте ме!",
    "Предавам музичко образование и го водам училишниот хор.",
};

// ---------------------------------------------------------------- IS (is)
static constexpr const char *const isFirst[] = {
    "Guðrún",    "Jón",        "Anna",    "Sigurður", "Kristín", "Guðmundur", "Sigríður",
    "Gunnar",    "Margrét",    "Ólafur",  "Helga",    "Einar",   "Sigrún",    "Magnús",
    "Ingibjörg", "Kristján",   "Jóhanna", "Stefán",   "María",   "Björn",     "Katrín",
    "Páll",      "Ragnheiður", "Árni",    "Hildur",   "Jóhann",  "Elín",      "Þorsteinn",
    "Ásta",      "Haraldur",   "Þórunn",  "Bjarni",   "Erla",    "Halldór",   "Hrafnhildur",
    "Ragnar",    "Unnur",      "Þór",     "Auður",    "Gísli",   "Steinunn",  "Davíð",
    "Birna",     "Egill",      "Sólveig", "Þórdís",   "Arnar",
};
static constexpr const char *const isLast[] = {
    "Jónsdóttir",      "Jónsson",       "Sigurðardóttir",  "Sigurðsson",    "Guðmundsdóttir",
    "Guðmundsson",     "Gunnarsdóttir", "Gunnarsson",      "Ólafsdóttir",   "Ólafsson",
    "Einarsdóttir",    "Einarsson",     "Kristjánsdóttir", "Kristjánsson",  "Magnúsdóttir",
    "Magnússon",       "Stefánsdóttir", "Stefánsson",      "Jóhannsdóttir", "Jóhannsson",
    "Björnsdóttir",    "Björnsson",     "Árnadóttir",      "Árnason",       "Helgadóttir",
    "Helgason",        "Pálsdóttir",    "Pálsson",         "Haraldsdóttir", "Haraldsson",
    "Þorsteinsdóttir", "Þorsteinsson",  "Ragnarsdóttir",   "Ragnarsson",    "Halldórsdóttir",
    "Halldórsson",     "Bjarnadóttir",  "Bjarnason",       "Karlsdóttir",   "Karlsson",
    "Friðriksdóttir",  "Friðriksson",
};
static constexpr char isFirstGenders[] = "fmfmfmfm"
                                         "fmfmfmfm"
                                         "fmfmfmfm"
                                         "fmfmfmfm"
                                         "fmfmfmfm"
                                         "fmfmffm";
static constexpr char isLastGenders[] = "fmfmfmfm"
                                        "fmfmfmfm"
                                        "fmfmfmfm"
                                        "fmfmfmfm"
                                        "fmfmfmfm"
                                        "fm";
static_assert(std::size(isFirst) == sizeof(isFirstGenders) - 1);
static_assert(std::size(isLast) == sizeof(isLastGenders) - 1);
static constexpr const char *const isCities[] = {
    "Reykjavík",   "Kópavogur", "Hafnarfjörður", "Reykjanesbær",  "Akureyri",       "Garðabær",
    "Mosfellsbær", "Selfoss",   "Akranes",       "Seltjarnarnes", "Vestmannaeyjar", "Egilsstaðir",
    "Ísafjörður",  "Borgarnes", "Sauðárkrókur",  "Hveragerði",    "Grindavík",      "Húsavík",
    "Þorlákshöfn", "Dalvík",    "Höfn",          "Neskaupstaður",
};
static constexpr const char *const isSchools[] = {
    "Leikskólinn Álfaborg, %1", "Leikskólinn Sólborg, %1", "Brekkuskóli, %1",
    "Lækjarskóli, %1",          "Sunnulækjarskóli, %1",    "Grunnskólinn, %1",
    "Framhaldsskólinn, %1",     "Fjölbrautaskólinn, %1",   "Verkmenntaskólinn, %1",
    "Tónlistarskólinn, %1",
};
static constexpr const char *const isSchoolTypes[] = {
    "pre_primary", "pre_primary",     "primary",         "primary",    "primary",
    "primary",     "upper_secondary", "upper_secondary", "vocational", "primary",
};
static_assert(std::size(isSchools) == std::size(isSchoolTypes));
static constexpr const char *const isBio[] = {
    "Ég hef kennt ensku og dönsku á unglingastigi í tólf ár.",
    "Nemendur mínir eru á aldrinum tíu til tólf ára.",
    "Við leitum að samstarfsaðilum fyrir verkefni um loftslagsmál og sjálfbærni.",
    "Ég kenni á yngsta stigi og er með þriðja bekk í vetur.",
    "Skólinn okkar er í litlum bæ úti á landi, nálægt sjónum.",
    "Ég kenni stærðfræði og eðlisfræði í framhaldsskóla.",
    "Ég vil að nemendur mínir fái að nota ensku í raunverulegum aðstæðum.",
    "Ég hef verið eTwinning-tengiliður skólans í þrjú ár.",
    "Ég hef sérstakan áhuga á verkefnum um netöryggi og miðlalæsi.",
    "Ég kenni sögu og samfélagsfræði og hef gaman af verkefnum um menningararf.",
    "Framhaldsskólanemendur okkar vilja gjarnan kynnast ungmennum frá öðrum löndum.",
    "Ég vinn á leikskóla með börnum á aldrinum þriggja til sex ára.",
    "Við leitum að samstarfsbekk til að skiptast á bréfum, teikningum og myndböndum.",
    "Ég kenni náttúrufræði og hef mikinn áhuga á STEM-verkefnum.",
    "Við viljum gjarnan kynna íslenskar hefðir eins og þorrablót og jólasveinana þrettán.",
    "Í skólanum okkar eru um 400 nemendur í 1. til 10. bekk.",
    "Okkur langar að taka þátt í verkefni um lýðræði og réttindi barna.",
    "Ég kenni myndmennt og textíl og elska skapandi verkefni.",
    "Ég kenni á iðnbraut í verkmenntaskóla.",
    "Við óskum eftir langtímasamstarfi, jafnvel í Erasmus+ verkefni.",
    "Nemendum mínum finnst gaman að forrita vélmenni og gera tilraunir.",
    "Ég kenni dönsku sem annað erlent tungumál.",
    "Ég tæki gjarnan þátt í lestrarverkefni um uppáhaldsbækur.",
    "Við notum Padlet, Canva og TwinSpace í kennslunni.",
    "Verkefni um eldfjöll, jökla og hafið myndi henta okkur mjög vel.",
    "Í fyrra fékk verkefnið okkar evrópska gæðaviðurkenningu.",
    "Endilega hafðu samband!",
    "Ég kenni tónmennt og stjórna skólakórnum.",
};

// ---------------------------------------------------------------- LI (de)
static constexpr const char *const liFirst[] = {
    "Maria",   "Peter",     "Thomas",  "Andrea",   "Daniel",  "Sandra", "Martin",    "Manuela",
    "Markus",  "Claudia",   "Patrick", "Nicole",   "Michael", "Marion", "Christoph", "Karin",
    "Stefan",  "Monika",    "Roland",  "Doris",    "Rainer",  "Silvia", "Hubert",    "Brigitte",
    "Josef",   "Ursula",    "Mario",   "Renate",   "Marco",   "Sabine", "Elmar",     "Cornelia",
    "Florian", "Franziska", "Lukas",   "Gabriela", "Urs",     "Yvonne", "Reto",      "Corinne",
    "Beat",    "Bettina",   "Alois",   "Judith",   "Jürg",    "Nadja",
};
static constexpr const char *const liLast[] = {
    "Büchel",  "Frick",    "Marxer",   "Beck",     "Kaiser",      "Wohlwend",   "Hasler",
    "Meier",   "Ospelt",   "Vogt",     "Schädler", "Kindle",      "Nigg",       "Oehri",
    "Matt",    "Gassner",  "Risch",    "Walser",   "Frommelt",    "Batliner",   "Sele",
    "Eberle",  "Schurte",  "Ritter",   "Negele",   "Heeb",        "Kieber",     "Jehle",
    "Bühler",  "Banzer",   "Amann",    "Lampert",  "Wanger",      "Biedermann", "Goop",
    "Hoop",    "Sprenger", "Brunhart", "Quaderer", "Tschütscher", "Konrad",     "Gstöhl",
    "Näscher", "Foser",
};
static constexpr char liFirstGenders[] = "fmmfmfmf"
                                         "mfmfmfmf"
                                         "mfmfmfmf"
                                         "mfmfmfmf"
                                         "mfmfmfmf"
                                         "mfmfmf";
static constexpr char liLastGenders[] = "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnn";
static_assert(std::size(liFirst) == sizeof(liFirstGenders) - 1);
static_assert(std::size(liLast) == sizeof(liLastGenders) - 1);
static constexpr const char *const liCities[] = {
    "Schaan",      "Vaduz",   "Triesen", "Balzers",      "Eschen",  "Mauren",
    "Triesenberg", "Ruggell", "Gamprin", "Schellenberg", "Planken", "Nendeln",
    "Schaanwald",  "Bendern", "Mäls",    "Steg",         "Malbun",
};
static constexpr const char *const liSchools[] = {
    "Kindergarten %1",
    "Primarschule %1",
    "Gemeindeschule %1",
    "Weiterführende Schulen %1",
    "Realschule %1",
    "Oberschule %1",
    "Liechtensteinisches Gymnasium",
    "Sportschule Liechtenstein",
    "Musikschule Liechtenstein",
    "Heilpädagogisches Zentrum",
};
static constexpr const char *const liSchoolTypes[] = {
    "pre_primary",     "primary",         "primary",         "lower_secondary", "lower_secondary",
    "lower_secondary", "upper_secondary", "lower_secondary", "primary",         "special_needs",
};
static_assert(std::size(liSchools) == std::size(liSchoolTypes));
static constexpr const char *const liBio[] = {
    "Ich unterrichte seit zehn Jahren an einer Primarschule im Unterland.",
    "Meine Schülerinnen und Schüler sind zwischen sieben und neun Jahre alt.",
    "Wir suchen Partnerklassen für ein Projekt über die Alpen und den Klimawandel.",
    "Als Kindergartenlehrperson arbeite ich mit Kindern zwischen vier und sechs Jahren.",
    "Unsere Schule ist klein und familiär, jede Klasse hat etwa fünfzehn Kinder.",
    "Am Gymnasium unterrichte ich Mathematik und Informatik.",
    "Bei uns lernen die Kinder Englisch ab der ersten Klasse und später auch Französisch.",
    "Ich betreue an unserer Schule die internationalen Projekte.",
    "Medienbildung und ein sicherer Umgang mit sozialen Netzwerken sind mir ein grosses Anliegen.",
    "Ich unterrichte Geschichte und möchte mit Partnern über die Geschichte der Kleinstaaten "
    "Europas arbeiten.",
    "An der Realschule unterrichte ich Deutsch, Englisch und Geografie.",
    "Gerne würden wir mit einer Klasse aus einem anderen kleinen Land zusammenarbeiten.",
    "Ich unterrichte Natur und Technik und lege Wert auf forschendes Lernen.",
    "Wir möchten unseren Partnern Bräuche wie den Funkensonntag vorstellen.",
    "Unsere Schule zählt rund 250 Schülerinnen und Schüler.",
    "Ein Projekt zu Mitbestimmung und Kinderrechten würde gut zu unserem Schulleitbild passen.",
    "Ich unterrichte Bildnerisches Gestalten und Textiles Gestalten.",
    "Viele unserer Jugendlichen beginnen nach der Schule eine Berufslehre.",
    "Wir wünschen uns eine langfristige Partnerschaft, gerne auch mit gegenseitigen Besuchen.",
    "In unserem Informatik-Freifach programmieren die Jugendlichen kleine Roboter.",
    "Ich unterrichte Französisch an der Oberstufe.",
    "Ein gemeinsames Leseprojekt mit Lieblingsbüchern fände ich eine schöne Idee.",
    "Im Unterricht arbeiten wir mit Padlet, Book Creator und dem TwinSpace.",
    "Der Rhein und unsere Berge bieten viele Ideen für ein gemeinsames Umweltprojekt.",
    "Unsere Schule hat bereits an mehreren Erasmus+-Projekten teilgenommen.",
    "Ich freue mich über jede Kontaktaufnahme!",
    "Ich unterrichte Musik, und jede Woche singt die ganze Schule gemeinsam.",
    "Ich arbeite in der schulischen Heilpädagogik und begleite Kinder mit besonderem Förderbedarf.",
};

// ---------------------------------------------------------------- NO (nb)
static constexpr const char *const noFirst[] = {
    "Anne",      "Kari",    "Marit", "Ingrid",  "Liv",     "Eva",      "Jan",    "Per",
    "Bjørn",     "Ole",     "Lars",  "Kjell",   "Knut",    "Arne",     "Hans",   "Svein",
    "Randi",     "Anna",    "Hilde", "Nina",    "Thomas",  "Geir",     "Tor",    "Morten",
    "Elisabeth", "Silje",   "Ida",   "Kristin", "Camilla", "Marius",   "Martin", "Jon",
    "Espen",     "Trond",   "Gunn",  "Tone",    "Heidi",   "Ragnhild", "Sigrid", "Håkon",
    "Magnus",    "Øystein", "Siri",  "Åse",     "Eirik",   "Ingvild",
};
static constexpr const char *const noLast[] = {
    "Hansen",      "Johansen",  "Olsen",         "Larsen",     "Andersen",  "Pedersen", "Nilsen",
    "Kristiansen", "Jensen",    "Karlsen",       "Johnsen",    "Pettersen", "Eriksen",  "Berg",
    "Haugen",      "Hagen",     "Johannessen",   "Andreassen", "Jacobsen",  "Dahl",     "Jørgensen",
    "Halvorsen",   "Henriksen", "Lund",          "Sørensen",   "Jakobsen",  "Moen",     "Gundersen",
    "Iversen",     "Strand",    "Solberg",       "Svendsen",   "Eide",      "Knutsen",  "Martinsen",
    "Paulsen",     "Bakken",    "Kristoffersen", "Mathisen",   "Lie",       "Amundsen", "Lunde",
    "Solheim",     "Nygård",    "Sæther",        "Aas",
};
static constexpr char noFirstGenders[] = "ffffffmm"
                                         "mmmmmmmm"
                                         "ffffmmmm"
                                         "fffffmmm"
                                         "mmfffffm"
                                         "mmffmf";
static constexpr char noLastGenders[] = "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnn";
static_assert(std::size(noFirst) == sizeof(noFirstGenders) - 1);
static_assert(std::size(noLast) == sizeof(noLastGenders) - 1);
static constexpr const char *const noCities[] = {
    "Oslo",     "Bergen",      "Trondheim", "Stavanger", "Drammen", "Fredrikstad", "Kristiansand",
    "Sandnes",  "Tromsø",      "Sarpsborg", "Skien",     "Ålesund", "Sandefjord",  "Haugesund",
    "Tønsberg", "Moss",        "Porsgrunn", "Bodø",      "Arendal", "Hamar",       "Larvik",
    "Halden",   "Lillehammer", "Molde",     "Harstad",   "Gjøvik",  "Kongsberg",   "Alta",
};
static constexpr const char *const noSchools[] = {
    "Eventyrskogen barnehage, %1",
    "Solbakken skole, %1",
    "Lia barneskole, %1",
    "Sentrum ungdomsskole, %1",
    "%1 Montessoriskole",
    "%1 videregående skole",
    "%1 katedralskole",
    "Kulturskolen i %1",
    "Voksenopplæringen i %1",
    "Fagskolen i %1",
};
static constexpr const char *const noSchoolTypes[] = {
    "pre_primary",     "primary",         "primary", "lower_secondary", "primary",
    "upper_secondary", "upper_secondary", "primary", "lower_secondary", "vocational",
};
static_assert(std::size(noSchools) == std::size(noSchoolTypes));
static constexpr const char *const noBio[] = {
    "Jeg har undervist i norsk og engelsk på ungdomstrinnet i tolv år.",
    "Elevene mine går i 6. klasse og er elleve år gamle.",
    "Vi søker samarbeidspartnere til et prosjekt om klima og bærekraft.",
    "Jeg jobber som barnehagelærer med barn mellom tre og fem år.",
    "Skolen vår ligger i en liten kystkommune i Nord-Norge.",
    "Jeg underviser i matematikk og fysikk på videregående skole.",
    "Jeg ønsker at elevene mine skal få bruke engelsk i ekte situasjoner.",
    "Jeg har vært eTwinning-kontakt på skolen vår i tre år.",
    "Jeg er spesielt opptatt av digital dømmekraft og nettvett.",
    "Jeg underviser i samfunnsfag og historie og er engasjert i demokrati og medborgerskap.",
    "Elevene våre på Vg2 vil gjerne bli kjent med ungdommer fra andre land.",
    "Vi ser etter en partnerklasse for å utveksle brev, tegninger og korte videoer.",
    "Jeg underviser i naturfag og elsker praktiske forsøk.",
    "Vi forteller gjerne om norske tradisjoner som 17. mai og jul.",
    "Skolen har rundt 350 elever fra 1. til 10. trinn.",
    "Vi vil gjerne være med på et prosjekt om barns rettigheter.",
    "Jeg underviser i kunst og håndverk og liker kreative prosjekter.",
    "Jeg jobber på yrkesfag og underviser elever på elektrofag.",
    "Vi ønsker et langsiktig samarbeid, gjerne også et Erasmus+-prosjekt.",
    "Elevene mine elsker å programmere roboter og bygge med micro:bit.",
    "Jeg underviser i tysk som fremmedspråk.",
    "Jeg blir gjerne med på et leseprosjekt om favorittbøker.",
    "Vi bruker Padlet, Canva og TwinSpace i undervisningen.",
    "Et prosjekt om havet, fisket og livet langs kysten ville passet oss godt.",
    "I fjor fikk prosjektet vårt et europeisk kvalitetsmerke.",
    "Ta gjerne kontakt!",
    "Jeg er musikklærer og leder skolekoret.",
    "Vi har mye uteskole og vil gjerne lage et prosjekt om friluftsliv.",
};

// ---------------------------------------------------------------- RS (sr)
static constexpr const char *const rsFirst[] = {
    "Милица",   "Јелена",     "Марија",  "Драган",   "Ненад",   "Зоран",  "Ивана",    "Горан",
    "Снежана",  "Александар", "Мирјана", "Милан",    "Јована",  "Душан",  "Бранка",   "Небојша",
    "Тијана",   "Дејан",      "Весна",   "Марко",    "Драгана", "Никола", "Гордана",  "Владимир",
    "Биљана",   "Срђан",      "Сања",    "Мирослав", "Наташа",  "Стефан", "Катарина", "Бојан",
    "Светлана", "Милош",      "Јасмина", "Предраг",  "Ана",     "Жељко",  "Данијела", "Лазар",
    "Славица",  "Вук",        "Љиљана",  "Урош",     "Тамара",  "Ђорђе",
};
static constexpr const char *const rsLast[] = {
    "Јовановић",  "Петровић",  "Николић",     "Марковић",   "Ђорђевић",     "Стојановић",
    "Илић",       "Станковић", "Павловић",    "Милошевић",  "Ђурић",        "Стевановић",
    "Томић",      "Поповић",   "Костић",      "Лазић",      "Живковић",     "Митровић",
    "Ранковић",   "Симић",     "Радовановић", "Марић",      "Јовић",        "Ристић",
    "Михајловић", "Антић",     "Милетић",     "Лукић",      "Васић",        "Обрадовић",
    "Савић",      "Којић",     "Филиповић",   "Миленковић", "Бошковић",     "Вуковић",
    "Гајић",      "Ђокић",     "Вучковић",    "Кнежевић",   "Радосављевић", "Милосављевић",
    "Тодоровић",  "Цвејић",
};
static constexpr char rsFirstGenders[] = "fffmmmfm"
                                         "fmfmfmfm"
                                         "fmfmfmfm"
                                         "fmfmfmfm"
                                         "fmfmfmfm"
                                         "fmfmfm";
static constexpr char rsLastGenders[] = "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnn";
static_assert(std::size(rsFirst) == sizeof(rsFirstGenders) - 1);
static_assert(std::size(rsLast) == sizeof(rsLastGenders) - 1);
static constexpr const char *const rsCities[] = {
    "Београд",
    "Нови Сад",
    "Ниш",
    "Крагујевац",
    "Суботица",
    "Зрењанин",
    "Панчево",
    "Чачак",
    "Нови Пазар",
    "Краљево",
    "Смедерево",
    "Лесковац",
    "Ваљево",
    "Крушевац",
    "Врање",
    "Шабац",
    "Ужице",
    "Сомбор",
    "Пожаревац",
    "Пирот",
    "Зајечар",
    "Кикинда",
    "Сремска Митровица",
    "Јагодина",
    "Вршац",
};
static constexpr const char *const rsSchools[] = {
    "Предшколска установа „Радост“, %1",
    "ОШ „Вук Караџић“, %1",
    "Основна школа „Доситеј Обрадовић“, %1",
    "ОШ „Свети Сава“, %1",
    "Гимназија „Јован Јовановић Змај“, %1",
    "Прва гимназија, %1",
    "Економска школа, %1",
    "Техничка школа „Никола Тесла“, %1",
    "Медицинска школа, %1",
    "Музичка школа „Стеван Мокрањац“, %1",
    "Школа за основно и средње образовање, %1",
};
static constexpr const char *const rsSchoolTypes[] = {
    "pre_primary", "primary",    "primary",    "primary", "upper_secondary", "upper_secondary",
    "vocational",  "vocational", "vocational", "primary", "special_needs",
};
static_assert(std::size(rsSchools) == std::size(rsSchoolTypes));
static constexpr const char *const rsBio[] = {
    "Већ дванаест година предајем енглески језик у основној школи.",
    "Моји ученици имају између 11 и 15 година.",
    "Тражимо партнере за пројекат о заштити животне средине.",
    "Радим у разредној настави и ове године имам трећи разред.",
    "Наша школа се налази у малом граду на обали Дунава.",
    "Предајем математику и физику у гимназији.",
    "Желим да моји ученици комуницирају са вршњацима из целе Европе.",
    "Већ три године координирам eTwinning пројекте у нашој школи.",
    "Посебно ме занимају пројекти о безбедности на интернету.",
    "Предајем историју и волим пројекте о културном наслеђу.",
    "Наши матуранти се припремају за матурски испит и желе да побољшају енглески.",
    "Радим у вртићу са децом од три до шест година.",
    "Тражимо партнерску школу за размену писама, цртежа и видео-записа.",
    "Предајем биологију и хемију и занимају ме STEM пројекти.",
    "Волели бисмо да представимо српске обичаје, попут славе и Божића.",
    "Нашу школу похађа око 800 ученика.",
    "Желимо да учествујемо у пројекту о грађанском васпитању и правима детета.",
    "Предајем ликовну културу и обожавам креативне пројекте.",
    "Радим у средњој стручној школи и предајем стручне предмете из туризма и угоститељства.",
    "Тражимо дугорочну сарадњу, можда и кроз Еразмус+ пројекат.",
    "Моји ученици воле да програмирају роботе и изводе огледе.",
    "Предајем немачки језик као други страни језик.",
    "Радо ћу се укључити у пројекат о читању и омиљеним књигама.",
    "У настави користим Padlet, Canva и TwinSpace.",
    "Предлажем пројекат о води, рекама и Дунаву.",
    "Прошле године наш пројекат је добио Европски знак квалитета.",
    "Слободно ме контактирајте!",
    "Предајем музичку културу и водим школски хор.",
};

// ---------------------------------------------------------------- TR (tr)
static constexpr const char *const trFirst[] = {
    "Ayşe",   "Mehmet",  "Fatma", "Mustafa", "Emine",  "Ahmet",   "Hatice", "Ali",
    "Zeynep", "Hüseyin", "Elif",  "Hasan",   "Meryem", "İbrahim", "Şerife", "Levent",
    "Özlem",  "Ömer",    "Sevgi", "Yusuf",   "Gülşen", "Kemal",   "Esra",   "Osman",
    "Derya",  "Emre",    "Hülya", "Barış",   "Aysel",  "Serkan",  "Nurhan", "Gökhan",
    "Filiz",  "Cengiz",  "Tuğba", "Onur",    "Şule",   "Ercan",   "Songül", "Volkan",
    "Dilek",  "Erkan",   "Büşra", "İsmail",  "Gizem",  "Tolga",
};
static constexpr const char *const trLast[] = {
    "Yılmaz",  "Kaya",    "Demir",  "Şahin",  "Çelik", "Yıldız", "Yıldırım", "Öztürk",
    "Aydın",   "Özdemir", "Arslan", "Doğan",  "Kılıç", "Aslan",  "Çetin",    "Kara",
    "Erdem",   "Kurt",    "Özkan",  "Şimşek", "Polat", "Özcan",  "Korkmaz",  "Çakır",
    "Yavuz",   "Can",     "Acar",   "Şen",    "Aktaş", "Güler",  "Yalçın",   "Güneş",
    "Bozkurt", "Bulut",   "Keskin", "Ünal",   "Turan", "Gül",    "Özer",     "Işık",
    "Kaplan",  "Avcı",    "Sarı",   "Tekin",  "Taş",   "Köse",   "Yüksel",
};
static constexpr char trFirstGenders[] = "fmfmfmfm"
                                         "fmfmfmfm"
                                         "fmfmfmfm"
                                         "fmfmfmfm"
                                         "fmfmfmfm"
                                         "fmfmfm";
static constexpr char trLastGenders[] = "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnn";
static_assert(std::size(trFirst) == sizeof(trFirstGenders) - 1);
static_assert(std::size(trLast) == sizeof(trLastGenders) - 1);
static constexpr const char *const trCities[] = {
    "İstanbul",  "Ankara",    "İzmir",     "Bursa",         "Antalya",   "Konya",     "Adana",
    "Gaziantep", "Şanlıurfa", "Mersin",    "Diyarbakır",    "Kayseri",   "Eskişehir", "Samsun",
    "Denizli",   "İzmit",     "Malatya",   "Kahramanmaraş", "Erzurum",   "Van",       "Trabzon",
    "Manisa",    "Balıkesir", "Adapazarı", "Antakya",       "Çanakkale", "Edirne",
};
static constexpr const char *const trSchools[] = {
    "Sevgi Anaokulu, %1",
    "Atatürk İlkokulu, %1",
    "Cumhuriyet Ortaokulu, %1",
    "%1 Anadolu Lisesi",
    "%1 Fen Lisesi",
    "%1 Sosyal Bilimler Lisesi",
    "%1 Anadolu İmam Hatip Lisesi",
    "%1 Mesleki ve Teknik Anadolu Lisesi",
    "Mimar Sinan Güzel Sanatlar Lisesi, %1",
    "%1 Bilim ve Sanat Merkezi",
    "Özel Eğitim Uygulama Okulu, %1",
};
static constexpr const char *const trSchoolTypes[] = {
    "pre_primary",     "primary",         "lower_secondary", "upper_secondary",
    "upper_secondary", "upper_secondary", "upper_secondary", "vocational",
    "upper_secondary", "lower_secondary", "special_needs",
};
static_assert(std::size(trSchools) == std::size(trSchoolTypes));
static constexpr const char *const trBio[] = {
    "On iki yıldır bir ortaokulda İngilizce öğretmeni olarak çalışıyorum.",
    "Öğrencilerim 10-14 yaş arasında.",
    "Çevre koruma ve geri dönüşüm konulu bir proje için ortak arıyoruz.",
    "Sınıf öğretmeniyim, bu yıl 3. sınıfı okutuyorum.",
    "Okulumuz Karadeniz kıyısında küçük bir ilçede bulunuyor.",
    "Bir Anadolu lisesinde matematik ve fizik dersleri veriyorum.",
    "Öğrencilerimin İngilizceyi gerçek iletişim ortamlarında kullanmasını istiyorum.",
    "Üç yıldır okulumuzun eTwinning projelerini koordine ediyorum.",
    "Özellikle güvenli internet ve dijital vatandaşlık konularıyla ilgileniyorum.",
    "Tarih öğretmeniyim ve kültürel miras projelerini çok seviyorum.",
    "Lise son sınıf öğrencilerimiz üniversite sınavına hazırlanıyor ama yabancı dillerini de "
    "geliştirmek istiyorlar.",
    "Anaokulunda 4-6 yaş grubu çocuklarla çalışıyorum.",
    "Mektup, resim ve video paylaşabileceğimiz bir ortak sınıf arıyoruz.",
    "Fen bilimleri öğretmeniyim ve STEM projelerine büyük ilgi duyuyorum.",
    "Nevruz, Hıdırellez ve geleneksel mutfağımız gibi kültürel değerlerimizi tanıtmak isteriz.",
    "Okulumuzda yaklaşık 900 öğrenci öğrenim görüyor.",
    "Demokrasi, insan hakları ve çocuk hakları üzerine bir projede yer almak istiyoruz.",
    "Görsel sanatlar öğretmeniyim ve yaratıcı projelere bayılıyorum.",
    "Mesleki ve teknik Anadolu lisesinde bilişim teknolojileri alanında ders veriyorum.",
    "Uzun soluklu bir iş birliği, hatta bir Erasmus+ projesi için ortak arıyoruz.",
    "Öğrencilerim robot programlamayı ve deney yapmayı çok seviyor.",
    "Almanca öğretmeniyim ve ikinci yabancı dil dersleri veriyorum.",
    "Sevdiğimiz kitaplar üzerine bir okuma projesine memnuniyetle katılırım.",
    "Derslerimde Padlet, Canva ve TwinSpace kullanıyorum.",
    "Su, nehirler ve denizlerimizin korunması üzerine bir proje öneriyorum.",
    "Geçen yıl projemiz Avrupa Kalite Etiketi aldı.",
    "Benimle iletişime geçmekten çekinmeyin!",
    "Müzik öğretmeniyim ve okul korosunu yönetiyorum.",
    "Özel eğitim sınıfında küçük gruplarla çalışıyorum.",
};

// ---------------------------------------------------------------- AM (hy)
static constexpr const char *const amFirst[] = {
    "Անի",      "Արմեն",  "Նարինե",    "Հայկ",      "Մարինե", "Դավիթ", "Գոհար",   "Արամ",
    "Լուսինե",  "Տիգրան", "Անահիտ",    "Սամվել",    "Կարինե", "Գևորգ", "Աննա",    "Արթուր",
    "Սիրանուշ", "Վարդան", "Մարիամ",    "Հովհաննես", "Լիլիթ",  "Արսեն", "Արմինե",  "Կարեն",
    "Գայանե",   "Սուրեն", "Նունե",     "Էդգար",     "Հասմիկ", "Աշոտ",  "Զարուհի", "Ռուբեն",
    "Շուշան",   "Գագիկ",  "Մանե",      "Նարեկ",     "Սոնա",   "Վահե",  "Տաթևիկ",  "Արտակ",
    "Էլեն",     "Հրաչ",   "Սյուզաննա", "Մհեր",      "Ալինա",  "Գարիկ",
};
static constexpr const char *const amLast[] = {
    "Գրիգորյան",     "Հարությունյան", "Սարգսյան",   "Հովհաննիսյան", "Խաչատրյան",   "Պետրոսյան",
    "Վարդանյան",     "Գևորգյան",      "Կարապետյան", "Մկրտչյան",     "Ղազարյան",    "Սահակյան",
    "Մարտիրոսյան",   "Հակոբյան",      "Աբրահամյան", "Ավետիսյան",    "Մանուկյան",   "Սիմոնյան",
    "Առաքելյան",     "Ստեփանյան",     "Մովսիսյան",  "Զաքարյան",     "Բաղդասարյան", "Դավթյան",
    "Ավագյան",       "Հայրապետյան",   "Ներսիսյան",  "Մելքոնյան",    "Ալեքսանյան",  "Մինասյան",
    "Համբարձումյան", "Օհանյան",       "Եղիազարյան", "Թորոսյան",     "Մարգարյան",   "Ասատրյան",
    "Բարսեղյան",     "Գալստյան",      "Սողոմոնյան", "Պողոսյան",     "Մուրադյան",   "Աղաջանյան",
    "Շահինյան",      "Ենոքյան",
};
static constexpr char amFirstGenders[] = "fmfmfmfm"
                                         "fmfmfmfm"
                                         "fmfmfmfm"
                                         "fmfmfmfm"
                                         "fmfmfmfm"
                                         "fmfmfm";
static constexpr char amLastGenders[] = "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnn";
static_assert(std::size(amFirst) == sizeof(amFirstGenders) - 1);
static_assert(std::size(amLast) == sizeof(amLastGenders) - 1);
static constexpr const char *const amCities[] = {
    "Երևան",   "Գյումրի", "Վանաձոր", "Վաղարշապատ", "Աբովյան",    "Կապան",     "Հրազդան", "Արմավիր",
    "Արտաշատ", "Իջևան",   "Գավառ",   "Գորիս",      "Չարենցավան", "Արարատ",    "Մասիս",   "Աշտարակ",
    "Սևան",    "Դիլիջան", "Սիսիան",  "Ստեփանավան", "Սպիտակ",     "Եղեգնաձոր", "Ջերմուկ",
};
static constexpr const char *const amSchools[] = {
    "Թիվ 12 մանկապարտեզ, %1",
    "Թիվ 5 հիմնական դպրոց, %1",
    "Թիվ 3 միջնակարգ դպրոց, %1",
    "Հովհաննես Թումանյանի անվան դպրոց, %1",
    "Եղիշե Չարենցի անվան ավագ դպրոց, %1",
    "Ավագ դպրոց, %1",
    "Պետական տնտեսագիտական քոլեջ, %1",
    "Պետական պոլիտեխնիկական քոլեջ, %1",
    "Երաժշտական դպրոց, %1",
    "Արվեստի դպրոց, %1",
};
static constexpr const char *const amSchoolTypes[] = {
    "pre_primary",     "primary",    "upper_secondary", "primary", "upper_secondary",
    "upper_secondary", "vocational", "vocational",      "primary", "primary",
};
static_assert(std::size(amSchools) == std::size(amSchoolTypes));
static constexpr const char *const amBio[] = {
    "Տասներկու տարի է, ինչ դասավանդում եմ անգլերեն հիմնական դպրոցում։",
    "Իմ աշակերտները 10-ից 14 տարեկան են։",
    "Մենք գործընկերներ ենք փնտրում շրջակա միջավայրի պաշտպանությանը նվիրված նախագծի համար։",
    "Դասավանդում եմ տարրական դասարաններում, այս տարի ունեմ երրորդ դասարան։",
    "Մեր դպրոցը գտնվում է լեռներով շրջապատված փոքրիկ քաղաքում։",
    "Ավագ դպրոցում դասավանդում եմ մաթեմատիկա և ֆիզիկա։",
    "Ցանկանում եմ, որ իմ աշակերտները շփվեն Եվրոպայի տարբեր երկրների իրենց հասակակիցների հետ։",
    "Արդեն երեք տարի համակարգում եմ մեր դպրոցի eTwinning նախագծերը։",
    "Ինձ հատկապես հետաքրքրում են համացանցային անվտանգությանը վերաբերող նախագծերը։",
    "Դասավանդում եմ պատմություն և սիրում եմ մշակութային ժառանգությանը նվիրված նախագծեր։",
    "Մեր շրջանավարտները պատրաստվում են ավարտական քննություններին և ցանկանում են բարելավել իրենց "
    "անգլերենը։",
    "Աշխատում եմ մանկապարտեզում՝ երեքից վեց տարեկան երեխաների հետ։",
    "Փնտրում ենք գործընկեր դպրոց՝ նամակներ, նկարներ և տեսանյութեր փոխանակելու համար։",
    "Դասավանդում եմ կենսաբանություն և քիմիա, ինձ հետաքրքրում են STEM նախագծերը։",
    "Կցանկանայինք ներկայացնել հայկական ավանդույթները, օրինակ՝ Վարդավառը և Տրնդեզը։",
    "Մեր դպրոցում սովորում է մոտ 600 աշակերտ։",
    "Կցանկանայինք մասնակցել քաղաքացիական կրթությանը և երեխաների իրավունքներին նվիրված նախագծի։",
    "Դասավանդում եմ կերպարվեստ և շատ եմ սիրում ստեղծագործական նախագծեր։",
    "Աշխատում եմ քոլեջում և դասավանդում եմ տեղեկատվական տեխնոլոգիաներ։",
    "Փնտրում ենք երկարաժամկետ համագործակցություն, գուցե նաև Էրազմուս+ ծրագրի շրջանակում։",
    "Իմ աշակերտները սիրում են ռոբոտներ ծրագրավորել և փորձեր անել։",
    "Դասավանդում եմ ֆրանսերեն որպես երկրորդ օտար լեզու։",
    "Սիրով կմիանամ ընթերցանության և սիրելի գրքերի մասին նախագծին։",
    "Դասերին օգտագործում եմ Padlet, Canva և TwinSpace։",
    "Առաջարկում եմ նախագիծ ջրի, գետերի և Սևանա լճի մասին։",
    "Անցյալ տարի մեր նախագիծը ստացավ Եվրոպական որակի պիտակ։",
    "Սիրով կսպասեմ ձեր նամակներին։",
    "Դասավանդում եմ երաժշտություն և ղեկավարում եմ դպրոցի երգչախումբը։",
};

// ---------------------------------------------------------------- AZ (az)
static constexpr const char *const azFirst[] = {
    "Aysel",    "Elnur",  "Günay",  "Rəşad", "Leyla",   "Orxan",  "Nərmin", "Elvin",
    "Sevinc",   "Tural",  "Könül",  "Anar",  "Aynur",   "Kamran", "Lalə",   "Fərid",
    "Gülnar",   "Rauf",   "Şəbnəm", "Vüsal", "Nigar",   "Ramil",  "Aytən",  "Elşən",
    "Səbinə",   "Ülvi",   "Zeynəb", "Emin",  "Mələk",   "Nicat",  "Xədicə", "Cavid",
    "Gültəkin", "Samir",  "Röya",   "Tofiq", "Aygün",   "İlqar",  "Fidan",  "Murad",
    "Nazlı",    "Rövşən", "Sevda",  "Əli",   "Ülviyyə", "Kənan",
};
static constexpr const char *const azLast[] = {
    "Məmmədova",  "Məmmədov", "Əliyeva",    "Əliyev",     "Hüseynova", "Hüseynov",    "Həsənova",
    "Həsənov",    "Quliyeva", "Quliyev",    "İsmayılova", "İsmayılov", "Abbasova",    "Abbasov",
    "Rzayeva",    "Rzayev",   "Cəfərova",   "Cəfərov",    "Babayeva",  "Babayev",     "Süleymanova",
    "Süleymanov", "Nəsirova", "Nəsirov",    "Kərimova",   "Kərimov",   "Mustafayeva", "Mustafayev",
    "Rəhimova",   "Rəhimov",  "İbrahimova", "İbrahimov",  "Əhmədova",  "Əhmədov",     "Sadıqova",
    "Sadıqov",    "Hacıyeva", "Hacıyev",    "Orucova",    "Orucov",    "Qasımlı",     "Əlizadə",
    "Hüseynli",   "Vəliyeva",
};
static constexpr char azFirstGenders[] = "fmfmfmfm"
                                         "fmfmfmfm"
                                         "fmfmfmfm"
                                         "fmfmfmfm"
                                         "fmfmfmfm"
                                         "fmfmfm";
static constexpr char azLastGenders[] = "fmfmfmfm"
                                        "fmfmfmfm"
                                        "fmfmfmfm"
                                        "fmfmfmfm"
                                        "fmfmfmfm"
                                        "nnnf";
static_assert(std::size(azFirst) == sizeof(azFirstGenders) - 1);
static_assert(std::size(azLast) == sizeof(azLastGenders) - 1);
static constexpr const char *const azCities[] = {
    "Bakı",     "Gəncə",  "Sumqayıt", "Mingəçevir", "Naxçıvan", "Lənkəran", "Şirvan",  "Şəki",
    "Yevlax",   "Xaçmaz", "Quba",     "Şəmkir",     "Bərdə",    "Salyan",   "Masallı", "Göyçay",
    "Zaqatala", "Tovuz",  "Qazax",    "Şamaxı",     "Qəbələ",   "Astara",
};
static constexpr const char *const azSchools[] = {
    "%1 şəhəri 12 nömrəli körpələr evi-uşaq bağçası",
    "%1 şəhəri 1 nömrəli ibtidai məktəb",
    "%1 şəhəri 5 nömrəli tam orta məktəb",
    "%1 şəhəri 3 nömrəli ümumi orta məktəb",
    "%1 şəhəri Humanitar Fənlər Gimnaziyası",
    "%1 şəhəri Texniki Təmayüllü Lisey",
    "%1 Dövlət Peşə Təhsil Mərkəzi",
    "%1 Musiqi Kolleci",
    "Üzeyir Hacıbəyli adına uşaq musiqi məktəbi, %1",
    "Nizami Gəncəvi adına məktəb-lisey, %1",
};
static constexpr const char *const azSchoolTypes[] = {
    "pre_primary",     "primary",    "upper_secondary", "primary", "upper_secondary",
    "upper_secondary", "vocational", "vocational",      "primary", "upper_secondary",
};
static_assert(std::size(azSchools) == std::size(azSchoolTypes));
static constexpr const char *const azBio[] = {
    "On iki ildir ki, orta məktəbdə ingilis dili müəllimi kimi çalışıram.",
    "Şagirdlərim 10-14 yaşlarındadır.",
    "Ətraf mühitin qorunmasına həsr olunmuş layihə üçün tərəfdaş axtarırıq.",
    "İbtidai sinif müəllimiyəm, bu il üçüncü sinfə dərs deyirəm.",
    "Məktəbimiz Xəzər dənizi sahilində kiçik bir qəsəbədə yerləşir.",
    "Liseydə riyaziyyat və fizika dərsi deyirəm.",
    "İstəyirəm ki, şagirdlərim ingilis dilindən real ünsiyyətdə istifadə etsinlər.",
    "Üç ildir ki, məktəbimizin eTwinning layihələrini əlaqələndirirəm.",
    "Xüsusilə internet təhlükəsizliyi ilə bağlı layihələr məni maraqlandırır.",
    "Tarix müəllimiyəm və mədəni irs layihələrini çox sevirəm.",
    "Məzunlarımız buraxılış imtahanlarına hazırlaşır və ingilis dilini təkmilləşdirmək istəyirlər.",
    "Uşaq bağçasında üç-altı yaşlı uşaqlarla işləyirəm.",
    "Məktub, rəsm və video mübadiləsi üçün tərəfdaş məktəb axtarırıq.",
    "Biologiya və kimya dərsi deyirəm, STEM layihələri ilə maraqlanıram.",
    "Novruz bayramı və milli mətbəximiz kimi ənənələrimizi təqdim etmək istərdik.",
    "Məktəbimizdə təxminən 1000 şagird təhsil alır.",
    "Vətəndaşlıq təhsili və uşaq hüquqları mövzusunda layihədə iştirak etmək istərdik.",
    "Təsviri incəsənət müəllimiyəm və yaradıcı layihələri çox sevirəm.",
    "Peşə təhsil mərkəzində informasiya texnologiyaları üzrə dərs deyirəm.",
    "Uzunmüddətli əməkdaşlıq, bəlkə də Erasmus+ layihəsi üçün tərəfdaş axtarırıq.",
    "Şagirdlərim robot proqramlaşdırmağı və təcrübələr aparmağı çox sevirlər.",
    "Alman dilini ikinci xarici dil kimi tədris edirəm.",
    "Sevimli kitablar haqqında oxu layihəsinə məmnuniyyətlə qoşularam.",
    "Dərslərdə Padlet, Canva və TwinSpace-dən istifadə edirəm.",
    "Su, çaylar və Xəzər dənizi haqqında layihə təklif edirəm.",
    "Keçən il layihəmiz Avropa Keyfiyyət Nişanı aldı.",
    "Mənimlə əlaqə saxlamaqdan çəkinməyin!",
    "Musiqi müəllimiyəm və məktəb xoruna rəhbərlik edirəm.",
    "Muğam və xalçaçılıq sənəti haqqında layihə hazırlamaq istərdik.",
};

// ---------------------------------------------------------------- GE (ka)
static constexpr const char *const geFirst[] = {
    "ნინო",    "გიორგი", "მარიამ",  "დავით",  "თამარ", "ლევან",      "ეკატერინე", "ნიკოლოზ",
    "ნათია",   "ირაკლი", "ქეთევან", "ზურაბ",  "მაია",  "ალექსანდრე", "ლია",       "გიგა",
    "სოფიო",   "ლაშა",   "ნანა",    "გოჩა",   "ხატია", "ვახტანგ",    "მანანა",    "თეიმურაზ",
    "ნატო",    "ბექა",   "ელენე",   "მიხეილ", "ანა",   "ზაზა",       "თეონა",     "შოთა",
    "მაკა",    "ლუკა",   "ია",      "კახა",   "ინგა",  "ნუგზარ",     "ეკა",       "ლალი",
    "თორნიკე", "ციცინო", "ბესიკ",   "მარინე", "ოთარ",  "რუსუდან",
};
static constexpr const char *const geLast[] = {
    "ბერიძე",       "კაპანაძე", "გელაშვილი",   "მაისურაძე",   "გიორგაძე",  "ლომიძე",
    "წიკლაური",     "ბოლქვაძე", "კვარაცხელია", "ნოზაძე",      "ხუციშვილი", "შენგელია",
    "აბულაძე",      "მიქელაძე", "ტაბატაძე",    "მჭედლიშვილი", "ჯაფარიძე",  "ქავთარაძე",
    "გოგიჩაიშვილი", "ჩხეიძე",   "სხირტლაძე",   "ხარაიშვილი",  "კიკნაძე",   "ბაქრაძე",
    "ღლონტი",       "ცერცვაძე", "ჭანტურია",    "გოგუაძე",     "მელაძე",    "ხომერიკი",
    "დოლიძე",       "ნადირაძე", "ჩიქოვანი",    "ბერიშვილი",   "ცინცაძე",   "ჯავახიშვილი",
    "ლორთქიფანიძე", "ჯანელიძე", "გაბუნია",     "ქობულაძე",    "ნიჟარაძე",  "ფარცვანია",
};
static constexpr char geFirstGenders[] = "fmfmfmfm"
                                         "fmfmfmfm"
                                         "fmfmfmfm"
                                         "fmfmfmfm"
                                         "fmfmfmff"
                                         "mfmfmf";
static constexpr char geLastGenders[] = "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nn";
static_assert(std::size(geFirst) == sizeof(geFirstGenders) - 1);
static_assert(std::size(geLast) == sizeof(geLastGenders) - 1);
static constexpr const char *const geCities[] = {
    "თბილისი", "ბათუმი",   "ქუთაისი",    "რუსთავი",  "გორი",      "ზუგდიდი",
    "ფოთი",    "ხაშური",   "სამტრედია",  "სენაკი",   "ზესტაფონი", "მარნეული",
    "თელავი",  "ახალციხე", "ოზურგეთი",   "ქობულეთი", "ჭიათურა",   "ტყიბული",
    "ბორჯომი", "მცხეთა",   "ამბროლაური", "სიღნაღი",  "კასპი",     "საგარეჯო",
};
static constexpr const char *const geSchools[] = {
    "საბავშვო ბაღი N7, %1",
    "N1 საჯარო სკოლა, %1",
    "N3 საჯარო სკოლა, %1",
    "ილია ჭავჭავაძის სახელობის საჯარო სკოლა, %1",
    "აკაკი წერეთლის სახელობის საჯარო სკოლა, %1",
    "ვაჟა-ფშაველას სახელობის გიმნაზია, %1",
    "პროფესიული კოლეჯი, %1",
    "სამუსიკო სკოლა, %1",
    "სახელოვნებო სკოლა, %1",
    "კერძო სკოლა „ნიკო ნიკოლაძე“, %1",
};
static constexpr const char *const geSchoolTypes[] = {
    "pre_primary",     "primary",    "primary", "primary", "primary",
    "upper_secondary", "vocational", "primary", "primary", "primary",
};
static_assert(std::size(geSchools) == std::size(geSchoolTypes));
static constexpr const char *const geBio[] = {
    "უკვე თორმეტი წელია, საჯარო სკოლაში ინგლისურ ენას ვასწავლი.",
    "ჩემი მოსწავლეები 10-დან 14 წლამდე ასაკის არიან.",
    "ვეძებთ პარტნიორებს გარემოს დაცვის შესახებ პროექტისთვის.",
    "დაწყებით კლასებში ვასწავლი და წელს მესამე კლასი მყავს.",
    "ჩვენი სკოლა მთებში, პატარა ქალაქში მდებარეობს.",
    "უფროს კლასებში მათემატიკასა და ფიზიკას ვასწავლი.",
    "მინდა, ჩემმა მოსწავლეებმა ევროპის სხვადასხვა ქვეყნის თანატოლებთან იურთიერთონ.",
    "უკვე სამი წელია, ჩვენი სკოლის eTwinning-ის პროექტებს ვკოორდინირებ.",
    "განსაკუთრებით მაინტერესებს ინტერნეტუსაფრთხოების თემაზე პროექტები.",
    "ისტორიას ვასწავლი და ძალიან მიყვარს კულტურულ მემკვიდრეობასთან დაკავშირებული პროექტები.",
    "ჩვენი მეთორმეტეკლასელები ეროვნული გამოცდებისთვის ემზადებიან და ინგლისურის გაუმჯობესება სურთ.",
    "საბავშვო ბაღში სამიდან ექვს წლამდე ბავშვებთან ვმუშაობ.",
    "ვეძებთ პარტნიორ სკოლას წერილების, ნახატებისა და ვიდეოების გასაცვლელად.",
    "ბიოლოგიასა და ქიმიას ვასწავლი და STEM პროექტები მაინტერესებს.",
    "გვსურს, წარმოვადგინოთ ქართული ტრადიციები, მაგალითად, სუფრა და მრავალხმიანი სიმღერა.",
    "ჩვენს სკოლაში დაახლოებით 700 მოსწავლე სწავლობს.",
    "გვსურს, მონაწილეობა მივიღოთ სამოქალაქო განათლებისა და ბავშვის უფლებების შესახებ პროექტში.",
    "სახვით ხელოვნებას ვასწავლი და შემოქმედებითი პროექტები მიყვარს.",
    "პროფესიულ კოლეჯში ვმუშაობ და ინფორმაციულ ტექნოლოგიებს ვასწავლი.",
    "ვეძებთ ხანგრძლივ თანამშრომლობას, შესაძლოა Erasmus+-ის ფარგლებშიც.",
    "ჩემს მოსწავლეებს უყვართ რობოტების დაპროგრამება და ექსპერიმენტების ჩატარება.",
    "გერმანულ ენას ვასწავლი, როგორც მეორე უცხო ენას.",
    "სიამოვნებით შევუერთდები კითხვისა და საყვარელი წიგნების შესახებ პროექტს.",
    "გაკვეთილებზე ვიყენებ Padlet-ს, Canva-ს და TwinSpace-ს.",
    "გთავაზობთ პროექტს წყლის, მდინარეებისა და შავი ზღვის შესახებ.",
    "გასულ წელს ჩვენმა პროექტმა ევროპული ხარისხის ნიშანი მიიღო.",
    "სიამოვნებით ველოდები თქვენს შეტყობინებებს!",
    "მუსიკას ვასწავლი და სკოლის გუნდს ვხელმძღვანელობ.",
};

// ---------------------------------------------------------------- MD (ro)
static constexpr const char *const mdFirst[] = {
    "Maria",   "Ion",       "Elena",    "Vasile",     "Ana",       "Gheorghe", "Tatiana", "Nicolae",
    "Natalia", "Sergiu",    "Svetlana", "Andrei",     "Olga",      "Victor",   "Galina",  "Mihai",
    "Ludmila", "Alexandru", "Lilia",    "Igor",       "Valentina", "Dumitru",  "Irina",   "Vitalie",
    "Aurelia", "Petru",     "Angela",   "Veaceslav",  "Cristina",  "Ghenadie", "Diana",   "Valeriu",
    "Oxana",   "Iurie",     "Mariana",  "Constantin", "Rodica",    "Dorin",    "Corina",  "Eugen",
    "Nadejda", "Radu",      "Viorica",  "Octavian",   "Liliana",   "Stela",
};
static constexpr const char *const mdLast[] = {
    "Rusu",       "Ceban",    "Ciobanu", "Țurcan",   "Lungu",    "Munteanu", "Cebotari",
    "Moraru",     "Rotari",   "Sârbu",   "Popa",     "Cojocaru", "Ursu",     "Bodiu",
    "Melnic",     "Botnari",  "Guțu",    "Țurcanu",  "Roșca",    "Grosu",    "Croitoru",
    "Bivol",      "Bejenari", "Bulgaru", "Cazacu",   "Prodan",   "Tcaci",    "Stratan",
    "Postolachi", "Vrabie",   "Negru",   "Căpățînă", "Scutaru",  "Chiriac",  "Plămădeală",
    "Lupu",       "Cucu",     "Balan",   "Mereuță",  "Bostan",   "Onofrei",  "Doroftei",
};
static constexpr char mdFirstGenders[] = "fmfmfmfm"
                                         "fmfmfmfm"
                                         "fmfmfmfm"
                                         "fmfmfmfm"
                                         "fmfmfmfm"
                                         "fmfmff";
static constexpr char mdLastGenders[] = "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nn";
static_assert(std::size(mdFirst) == sizeof(mdFirstGenders) - 1);
static_assert(std::size(mdLast) == sizeof(mdLastGenders) - 1);
static constexpr const char *const mdCities[] = {
    "Chișinău",     "Bălți",    "Cahul",    "Ungheni",  "Soroca",    "Orhei",    "Comrat",
    "Ceadîr-Lunga", "Strășeni", "Căușeni",  "Drochia",  "Edineț",    "Hîncești", "Ialoveni",
    "Florești",     "Fălești",  "Sîngerei", "Călărași", "Nisporeni", "Leova",    "Briceni",
};
static constexpr const char *const mdSchools[] = {
    "Grădinița-creșă nr. 12, %1",
    "Școala primară nr. 5, %1",
    "Gimnaziul nr. 3, %1",
    "Gimnaziul „Mihai Eminescu”, %1",
    "Liceul Teoretic „Ion Creangă”, %1",
    "Liceul Teoretic „Alexandru Ioan Cuza”, %1",
    "Școala Profesională nr. 2, %1",
    "Colegiul de Construcții, %1",
    "Centrul de Excelență în Informatică și Tehnologii Informaționale",
    "Colegiul de Muzică „Ștefan Neaga”",
    "Centrul de Creație a Copiilor, %1",
};
static constexpr const char *const mdSchoolTypes[] = {
    "pre_primary", "primary",    "primary",    "primary",    "upper_secondary", "upper_secondary",
    "vocational",  "vocational", "vocational", "vocational", "primary",
};
static_assert(std::size(mdSchools) == std::size(mdSchoolTypes));
static constexpr const char *const mdBio[] = {
    "Predau limba engleză într-un liceu teoretic de doisprezece ani.",
    "Elevii mei au între 12 și 16 ani.",
    "Căutăm parteneri pentru un proiect despre schimbările climatice.",
    "Lucrez în clasele primare, iar anul acesta am clasa a doua.",
    "Școala noastră se află într-un sat din sudul Moldovei, înconjurat de vii.",
    "Predau informatica și matematica la gimnaziu.",
    "Mi-aș dori ca elevii mei să comunice cu colegi de vârsta lor din alte țări europene.",
    "De patru ani particip la proiecte eTwinning împreună cu elevii mei.",
    "Educația media și siguranța online sunt teme foarte importante pentru noi.",
    "Predau istoria românilor și universală și ador proiectele despre patrimoniu.",
    "Absolvenții noștri susțin examenele de bacalaureat și vor să-și perfecționeze limba engleză.",
    "Lucrez la o grădiniță cu copii de trei-șase ani.",
    "Căutăm o clasă parteneră pentru schimb de felicitări, desene și filmulețe.",
    "Predau fizica și chimia, iar experimentele de laborator sunt preferatele elevilor mei.",
    "Ne-ar plăcea să prezentăm tradițiile moldovenești, precum Mărțișorul și hora.",
    "În liceul nostru învață aproximativ 600 de elevi.",
    "Dorim să participăm la un proiect despre educația pentru societate și drepturile copilului.",
    "Predau educația artistică și îmi plac mult proiectele creative.",
    "Lucrez într-un colegiu și predau discipline din domeniul tehnologiilor alimentare.",
    "Căutăm parteneri de încredere pentru o colaborare de durată.",
    "Elevii mei sunt pasionați de robotică și participă la concursuri naționale.",
    "Predau limba franceză, care este foarte populară în școlile din Moldova.",
    "Ne-ar plăcea să ne alăturăm unui proiect despre lectură și basme populare.",
    "Folosim Padlet, Canva, Google Classroom și TwinSpace.",
    "Propun un proiect despre râul Nistru și protecția apelor.",
    "Proiectul nostru de anul trecut a primit Certificatul Național de Calitate.",
    "Aștept cu interes mesajele voastre!",
    "Predau educația muzicală și conduc ansamblul folcloric al școlii.",
    "Meșteșugurile tradiționale, cum ar fi olăritul și țesutul covoarelor, ar putea fi tema unui "
    "proiect frumos.",
};

// ---------------------------------------------------------------- UA (uk)
static constexpr const char *const uaFirst[] = {
    "Олена",     "Олександр", "Наталія",  "Павло",  "Тетяна",  "Сергій",  "Ірина",     "Володимир",
    "Оксана",    "Юрій",      "Світлана", "Віктор", "Людмила", "Дмитро",  "Юлія",      "Олег",
    "Галина",    "Михайло",   "Ольга",    "Іван",   "Марія",   "Василь",  "Інна",      "Петро",
    "Валентина", "Богдан",    "Надія",    "Тарас",  "Лариса",  "Ігор",    "Анастасія", "Максим",
    "Катерина",  "Роман",     "Вікторія", "Євген",  "Ганна",   "Ярослав", "Софія",     "Остап",
    "Зоряна",    "Руслан",    "Христина", "Назар",  "Ліля",    "Микола",  "Єва",
};
static constexpr const char *const uaLast[] = {
    "Мельник",   "Шевченко", "Бойко",     "Коваленко", "Бондаренко", "Ткаченко",   "Кравченко",
    "Ковальчук", "Коваль",   "Олійник",   "Шевчук",    "Поліщук",    "Бондар",     "Ткачук",
    "Марченко",  "Лисенко",  "Руденко",   "Савченко",  "Петренко",   "Мороз",      "Кравчук",
    "Павленко",  "Левченко", "Карпенко",  "Харченко",  "Кузьменко",  "Литвиненко", "Гончаренко",
    "Романюк",   "Савчук",   "Сидоренко", "Мартинюк",  "Іваненко",   "Онищенко",   "Приходько",
    "Гуменюк",   "Ґудзь",    "Клименко",  "Вакуленко", "Остапчук",   "Кушнір",     "Гнатюк",
    "Семенюк",   "Головко",  "Ґалаґан",
};
static constexpr char uaFirstGenders[] = "fmfmfmfm"
                                         "fmfmfmfm"
                                         "fmfmfmfm"
                                         "fmfmfmfm"
                                         "fmfmfmfm"
                                         "fmfmfmf";
static constexpr char uaLastGenders[] = "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnn";
static_assert(std::size(uaFirst) == sizeof(uaFirstGenders) - 1);
static_assert(std::size(uaLast) == sizeof(uaLastGenders) - 1);
static constexpr const char *const uaCities[] = {
    "Київ",
    "Харків",
    "Одеса",
    "Дніпро",
    "Львів",
    "Запоріжжя",
    "Кривий Ріг",
    "Миколаїв",
    "Вінниця",
    "Полтава",
    "Чернігів",
    "Херсон",
    "Черкаси",
    "Хмельницький",
    "Чернівці",
    "Житомир",
    "Суми",
    "Рівне",
    "Івано-Франківськ",
    "Тернопіль",
    "Кропивницький",
    "Луцьк",
    "Біла Церква",
    "Кременчук",
    "Ужгород",
    "Кам'янець-Подільський",
};
static constexpr const char *const uaSchools[] = {
    "Заклад дошкільної освіти № 12 «Сонечко», %1",
    "Початкова школа № 7, %1",
    "Гімназія № 3, %1",
    "Гімназія імені Лесі Українки, %1",
    "Ліцей № 5, %1",
    "Ліцей імені Тараса Шевченка, %1",
    "Спеціалізована школа № 10 з поглибленим вивченням іноземних мов, %1",
    "Вище професійне училище № 4, %1",
    "Фаховий коледж економіки та права, %1",
    "Мистецька школа, %1",
};
static constexpr const char *const uaSchoolTypes[] = {
    "pre_primary",     "primary", "lower_secondary", "lower_secondary", "upper_secondary",
    "upper_secondary", "primary", "vocational",      "vocational",      "primary",
};
static_assert(std::size(uaSchools) == std::size(uaSchoolTypes));
static constexpr const char *const uaBio[] = {
    "Уже дванадцять років викладаю англійську мову в ліцеї.",
    "Мої учні мають від 10 до 14 років.",
    "Шукаємо партнерів для проєкту про захист довкілля.",
    "Працюю в початковій школі, цього року маю третій клас.",
    "Наша школа розташована в невеликому містечку в Карпатах.",
    "Викладаю математику та фізику в старших класах.",
    "Хочу, щоб мої учні спілкувалися з однолітками з усієї Європи.",
    "Уже три роки координую проєкти eTwinning у нашій школі.",
    "Мене особливо цікавлять проєкти про безпеку в інтернеті та медіаграмотність.",
    "Викладаю історію України і дуже люблю проєкти про культурну спадщину.",
    "Наші випускники готуються до НМТ і хочуть покращити свою англійську.",
    "Працюю в дитячому садку з дітьми від трьох до шести років.",
    "Шукаємо школу-партнера для обміну листами, малюнками та відео.",
    "Викладаю біологію та хімію, мене цікавлять STEM-проєкти.",
    "Хотіли б розповісти про українські традиції, зокрема про вишиванку, писанки та колядки.",
    "У нашому ліцеї навчається близько 900 учнів.",
    "Хочемо долучитися до проєкту про громадянську освіту та права дитини.",
    "Викладаю образотворче мистецтво й обожнюю творчі проєкти.",
    "Працюю в професійному ліцеї та викладаю спецпредмети з кулінарії.",
    "Шукаємо довготривалу співпрацю, можливо, і в межах Erasmus+.",
    "Мої учні із задоволенням програмують роботів і проводять досліди.",
    "Викладаю німецьку мову як другу іноземну.",
    "Із радістю долучуся до читацького проєкту про улюблені книжки.",
    "На уроках використовую Padlet, Canva та TwinSpace.",
    "Пропоную проєкт про воду, річки та Дніпро.",
    "Минулого року наш проєкт отримав Європейський знак якості.",
    "Чекаю на ваші повідомлення!",
    "Викладаю музичне мистецтво та керую шкільним хором.",
    "Частина наших учнів навчається дистанційно, тому ми активно працюємо з ґаджетами та "
    "онлайн-платформами.",
};

// ---------------------------------------------------------------- TN (ar)
static constexpr const char *const tnFirst[] = {
    "محمد",  "فاطمة", "أحمد",  "مريم",  "علي",   "سنية", "منية",  "سامي", "نادية", "هيثم",
    "سلوى",  "كريم",  "أمال",  "وليد",  "رجاء",  "منير", "ليلى",  "نبيل", "سهام",  "حاتم",
    "هدى",   "طارق",  "سميرة", "بلال",  "إيمان", "أنيس", "ريم",   "صابر", "ألفة",  "رياض",
    "نجلاء", "شكري",  "درة",   "عماد",  "ضحى",   "لطفي", "أسماء", "يوسف", "هالة",  "مهدي",
    "سارة",  "فاتن",  "حمزة",  "إيناس", "منصف",  "عبير",
};
static constexpr const char *const tnLast[] = {
    "بن سالم",  "الغربي",   "الجلاصي",  "الشابي",   "العياري",  "الدريدي",  "بن عمر",
    "الماجري",  "الخياري",  "الحمروني", "الرياحي",  "الحناشي",  "الورغي",   "السعيدي",
    "العبيدي",  "الجزيري",  "بن يوسف",  "الكافي",   "الفرجاني", "بن حسين",  "القاسمي",
    "الزواري",  "الشريف",   "السويسي",  "بن منصور", "الهمامي",  "التليلي",  "الطرودي",
    "المثلوثي", "بن عيسى",  "الزريبي",  "النفطي",   "الشتيوي",  "بن رمضان", "العرفاوي",
    "الوسلاتي", "بن خليفة", "المسعودي", "الحداد",   "القفصي",   "الدالي",   "بن عثمان",
};
static constexpr char tnFirstGenders[] = "mfmfmffm"
                                         "fmfmfmfm"
                                         "fmfmfmfm"
                                         "fmfmfmfm"
                                         "fmfmfmfm"
                                         "ffmfmf";
static constexpr char tnLastGenders[] = "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nn";
static_assert(std::size(tnFirst) == sizeof(tnFirstGenders) - 1);
static_assert(std::size(tnLast) == sizeof(tnLastGenders) - 1);
static constexpr const char *const tnCities[] = {
    "تونس",    "صفاقس",    "سوسة",    "القيروان", "بنزرت",   "قابس",       "أريانة",
    "قفصة",    "المنستير", "بن عروس", "القصرين",  "مدنين",   "نابل",       "الحمامات",
    "بنقردان", "جرجيس",    "باجة",    "جندوبة",   "المهدية", "سيدي بوزيد", "توزر",
    "الكاف",   "تطاوين",   "زغوان",   "سليانة",   "قبلي",
};
static constexpr const char *const tnSchools[] = {
    "روضة الأزهار، %1",
    "المدرسة الابتدائية أبو القاسم الشابي، %1",
    "المدرسة الابتدائية الحرية، %1",
    "المدرسة الإعدادية ابن خلدون، %1",
    "المدرسة الإعدادية النموذجية، %1",
    "المعهد الثانوي فرحات حشاد، %1",
    "المعهد الثانوي الطاهر الحداد، %1",
    "المعهد النموذجي، %1",
    "مركز التكوين المهني، %1",
    "المعهد العالي للموسيقى، %1",
};
static constexpr const char *const tnSchoolTypes[] = {
    "pre_primary",     "primary",         "primary",         "lower_secondary", "lower_secondary",
    "upper_secondary", "upper_secondary", "upper_secondary", "vocational",      "vocational",
};
static_assert(std::size(tnSchools) == std::size(tnSchoolTypes));
static constexpr const char *const tnBio[] = {
    "أدرّس اللغة الإنجليزية في مدرسة إعدادية منذ اثنتي عشرة سنة.",
    "تتراوح أعمار تلاميذي بين 12 و15 سنة.",
    "نبحث عن شركاء لمشروع حول حماية البيئة وإعادة التدوير.",
    "أدرّس في المرحلة الابتدائية، ولديّ هذه السنة قسم السنة الثالثة.",
    "تقع مدرستنا في مدينة صغيرة على ساحل البحر الأبيض المتوسط.",
    "أدرّس الرياضيات والفيزياء في معهد ثانوي.",
    "أريد أن يتواصل تلاميذي مع أقرانهم من مختلف البلدان الأوروبية.",
    "أنسّق مشاريع eTwinning في مؤسستنا منذ ثلاث سنوات.",
    "تهمّني بشكل خاص المشاريع المتعلقة بالسلامة على الإنترنت والتربية على وسائل الإعلام.",
    "أدرّس التاريخ والجغرافيا وأحب المشاريع التي تُعنى بالتراث الثقافي.",
    "يستعد تلاميذ الباكالوريا عندنا للامتحان الوطني ويرغبون في تحسين لغتهم الإنجليزية.",
    "أعمل في روضة أطفال مع أطفال تتراوح أعمارهم بين ثلاث وخمس سنوات.",
    "نبحث عن قسم شريك لتبادل الرسائل والرسوم ومقاطع الفيديو.",
    "أدرّس علوم الحياة والأرض وأهتمّ كثيرًا بمشاريع STEM.",
    "نودّ أن نعرّف شركاءنا بتقاليدنا التونسية مثل المالوف والأكلات الشعبية.",
    "يدرس في معهدنا حوالي 800 تلميذ.",
    "نرغب في المشاركة في مشروع حول التربية على المواطنة وحقوق الطفل.",
    "أدرّس التربية التشكيلية وأحب المشاريع الإبداعية.",
    "أعمل في مركز للتكوين المهني وأدرّس اختصاص السياحة والفندقة.",
    "نبحث عن شراكة طويلة الأمد، وربما في إطار برنامج Erasmus+.",
    "يحب تلاميذي برمجة الروبوتات وإجراء التجارب العلمية.",
    "أدرّس اللغة الفرنسية وأبحث عن شركاء من بلدان فرنكوفونية.",
    "يسعدني أن أشارك في مشروع حول المطالعة والكتب المفضلة.",
    "أستعمل في دروسي Padlet وCanva وفضاء TwinSpace.",
    "أقترح مشروعًا حول الماء وترشيد استهلاكه، فهو موضوع مهمّ جدًّا في بلادنا.",
    "نالت مؤسستنا السنة الماضية شارة الجودة الوطنية.",
    "لا تتردّدوا في التواصل معي!",
    "أدرّس التربية الموسيقية وأشرف على نادي الموسيقى في المعهد.",
    "تحتضن مدينتنا مواقع أثرية رومانية رائعة نودّ أن نعرّف بها في مشروع مشترك.",
};

// ---------------------------------------------------------------- JO (ar)
static constexpr const char *const joFirst[] = {
    "محمد", "فاطمة", "أحمد",    "ريم",   "عبدالله", "هبة",  "خالد", "رنا",   "عمر",  "لينا",
    "يوسف", "ديما",  "إبراهيم", "سناء",  "محمود",   "عبير", "حسن",  "منى",   "علاء", "سوسن",
    "عماد", "هالة",  "باسل",    "رزان",  "مصطفى",   "دعاء", "زيد",  "نسرين", "حمزة", "رشا",
    "سامر", "مها",   "فادي",    "ميساء", "طارق",    "روان", "أيمن", "سهى",   "ليث",  "نور",
    "معتز", "آمنة",  "إياد",    "غدير",  "أنس",     "بشرى",
};
static constexpr const char *const joLast[] = {
    "العبادي",  "الزعبي",   "الخوالدة", "العمري",   "الحياري",  "المجالي",  "الطراونة",
    "الشوبكي",  "القضاة",   "الرواشدة", "الخطيب",   "العدوان",  "البطاينة", "الشرع",
    "بني هاني", "بني عطا",  "العزام",   "الربابعة", "الدويري",  "الجبور",   "السرحان",
    "الكردي",   "حداد",     "الحوراني", "الصمادي",  "الشديفات", "المومني",  "أبو زيد",
    "العتوم",   "الحراحشة", "العساف",   "المعايطة", "الشمايلة", "الزيود",   "أبو رمان",
    "النعيمات", "الحمود",   "الطويسي",  "الحمايدة", "الشرمان",  "الرشدان",  "النجار",
};
static constexpr char joFirstGenders[] = "mfmfmfmf"
                                         "mfmfmfmf"
                                         "mfmfmfmf"
                                         "mfmfmfmf"
                                         "mfmfmfmf"
                                         "mfmfmf";
static constexpr char joLastGenders[] = "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nn";
static_assert(std::size(joFirst) == sizeof(joFirstGenders) - 1);
static_assert(std::size(joLast) == sizeof(joLastGenders) - 1);
static constexpr const char *const joCities[] = {
    "عمّان", "الزرقاء", "إربد", "الرصيفاء", "السلط", "المفرق",  "العقبة", "مادبا",  "الرمثا",
    "جرش",  "الكرك",   "سحاب", "عجلون",    "معان",  "الطفيلة", "الفحيص", "الأزرق",
};
static constexpr const char *const joSchools[] = {
    "روضة براعم المستقبل، %1",
    "مدرسة رقية بنت الرسول الأساسية المختلطة، %1",
    "مدرسة صلاح الدين الأيوبي الأساسية للبنين، %1",
    "مدرسة خولة بنت الأزور الثانوية للبنات، %1",
    "مدرسة عمر بن الخطاب الثانوية الشاملة للبنين، %1",
    "مدرسة الملك عبدالله الثاني للتميز، %1",
    "المدرسة المهنية الشاملة، %1",
    "مركز التدريب المهني، %1",
    "كلية المجتمع، %1",
    "المعهد الوطني للموسيقى، %1",
};
static constexpr const char *const joSchoolTypes[] = {
    "pre_primary",     "primary",    "primary",    "upper_secondary", "upper_secondary",
    "upper_secondary", "vocational", "vocational", "vocational",      "primary",
};
static_assert(std::size(joSchools) == std::size(joSchoolTypes));
static constexpr const char *const joBio[] = {
    "أدرّس مادة اللغة الإنجليزية للصفوف من السابع إلى العاشر منذ عشر سنوات.",
    "طلابي في الصف الخامس الأساسي وأعمارهم نحو عشر سنوات.",
    "نبحث عن مدارس شريكة لمشروع حول ترشيد استهلاك المياه.",
    "أدرّس الصفوف الثلاثة الأولى وأحب التعلّم باللعب.",
    "تقع مدرستنا في قرية صغيرة قرب البحر الميت.",
    "أدرّس الرياضيات للمرحلة الثانوية وأحضّر طلابي لامتحان التوجيهي.",
    "أتمنى أن يتعرّف طلابي إلى ثقافات مختلفة من خلال التواصل المباشر مع أقرانهم.",
    "شاركتُ في عدة مشاريع eTwinning مع مدارس من أوروبا وشمال إفريقيا.",
    "يهمّنا موضوع المواطنة الرقمية والاستخدام الآمن لوسائل التواصل الاجتماعي.",
    "أدرّس التاريخ وأرغب في مشروع عن المواقع الأثرية مثل البتراء وجرش.",
    "نودّ تبادل بطاقات بريدية ومقاطع فيديو قصيرة مع صف شريك.",
    "أعمل في رياض الأطفال مع أطفال في الرابعة والخامسة من العمر.",
    "أدرّس العلوم وأنظّم في مدرستنا نادي الروبوت.",
    "نودّ أن نعرّف شركاءنا بالمنسف وبالضيافة الأردنية.",
    "تضم مدرستنا نحو 600 طالبة.",
    "نرغب في المشاركة في مشروع عن حقوق الإنسان والتعايش واحترام الآخر.",
    "أدرّس الفنون وأحب تنفيذ الجداريات مع الطلبة.",
    "أعمل في مدرسة مهنية وأدرّس تخصص الكهرباء.",
    "نبحث عن تعاون طويل الأمد مع مدارس أوروبية.",
    "يستمتع طلابي بالبرمجة باستخدام Scratch وmicro:bit.",
    "أدرّس اللغة الفرنسية كلغة أجنبية ثانية.",
    "أقترح مشروعًا عن القصص الشعبية والحكايات في بلداننا.",
    "نستخدم في الصف منصة TwinSpace وتطبيقات مثل Padlet وCanva.",
    "يُعدّ التغيّر المناخي والتصحّر من أهم المواضيع التي نودّ العمل عليها.",
    "حصل مشروعنا العام الماضي على شارة الجودة الأوروبية.",
    "يسعدني تواصلكم معي في أي وقت!",
    "أدرّس الموسيقى ونحضّر كل عام حفلًا مدرسيًّا.",
    "أعمل مع طلبة من ذوي الإعاقة في صفوف الدمج.",
    "يدرس في مدرستنا طلاب لاجئون من عدة بلدان، وهذا يغني تجربتنا كثيرًا.",
};

// ---------------------------------------------------------------- LB (ar)
static constexpr const char *const lbFirst[] = {
    "محمد",   "ريتا",  "علي",     "نادين", "جورج", "ريما", "حسين",   "كارلا", "إيلي",  "ليال",
    "أحمد",   "جوزيف", "رنا",     "طوني",  "زينب", "شربل", "ميريام", "خليل",  "نسرين", "ربيع",
    "هلا",    "جاد",   "سمر",     "وسام",  "مايا", "بيار", "فاطمة",  "ميشال", "غادة",  "حسن",
    "جومانة", "فادي",  "كريستين", "رامي",  "دانا", "زياد", "سيلين",  "وليد",  "مروان", "هبة",
    "نبيل",   "لارا",  "سامر",    "رولا",  "كمال", "منى",
};
static constexpr const char *const lbLast[] = {
    "الخوري",  "حداد",     "الحاج", "نصر",    "فرح",    "شمس",   "الحسيني", "يونس", "عيسى",
    "صعب",     "جابر",     "منصور", "الأسمر", "طعمة",   "معلوف", "الحلبي",  "قاسم", "عطالله",
    "غانم",    "نعمة",     "ضاهر",  "رزق",    "زيدان",  "شهاب",  "حمادة",   "عبود", "الزين",
    "الموسوي", "كرم",      "بيضون", "درويش",  "الشامي", "سركيس", "خليل",    "عساف", "سلامة",
    "عبدالله", "أبي خليل", "فغالي", "شديد",   "البزري", "مرعي",
};
static constexpr char lbFirstGenders[] = "mfmfmfmf"
                                         "mfmmfmfm"
                                         "fmfmfmfm"
                                         "fmfmfmfm"
                                         "fmfmfmmf"
                                         "mfmfmf";
static constexpr char lbLastGenders[] = "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nnnnnnnn"
                                        "nn";
static_assert(std::size(lbFirst) == sizeof(lbFirstGenders) - 1);
static_assert(std::size(lbLast) == sizeof(lbLastGenders) - 1);
static constexpr const char *const lbCities[] = {
    "بيروت",  "طرابلس",   "صيدا",  "جونية",   "زحلة",    "صور",    "النبطية",
    "بعلبك",  "جبيل",     "عاليه", "بعبدا",   "البترون", "زغرتا",  "حلبا",
    "الهرمل", "بنت جبيل", "جزين",  "مرجعيون", "بشري",    "برمانا", "دير القمر",
};
static constexpr const char *const lbSchools[] = {
    "روضة الفراشات، %1",
    "مدرسة %1 الرسمية المختلطة",
    "تكميلية %1 الرسمية",
    "ثانوية %1 الرسمية",
    "ثانوية جبران خليل جبران الرسمية، %1",
    "مدرسة سيدة الجبل، %1",
    "مدرسة المقاصد الإسلامية، %1",
    "المدرسة الإنجيلية، %1",
    "المعهد الفني الرسمي، %1",
    "المعهد الوطني العالي للموسيقى، %1",
};
static constexpr const char *const lbSchoolTypes[] = {
    "pre_primary", "primary", "lower_secondary", "upper_secondary", "upper_secondary",
    "primary",     "primary", "primary",         "vocational",      "vocational",
};
static_assert(std::size(lbSchools) == std::size(lbSchoolTypes));
static constexpr const char *const lbBio[] = {
    "أدرّس اللغة الفرنسية في مدرسة رسمية منذ خمس عشرة سنة.",
    "تلامذتي في صف الروضة الثالثة وأعمارهم خمس سنوات.",
    "نبحث عن شركاء لمشروع حول فرز النفايات وحماية الشاطئ.",
    "أدرّس في الحلقة الأولى من التعليم الأساسي.",
    "تقع مدرستنا في بلدة جبلية تحيط بها أشجار الأرز والصنوبر.",
    "أدرّس الفيزياء والكيمياء في ثانوية رسمية.",
    "يتعلّم تلامذتنا ثلاث لغات، ويحبّون ممارستها مع أصدقاء من بلدان أخرى.",
    "أنسّق المشاريع الأوروبية في مدرستي منذ ثلاث سنوات.",
    "نهتمّ كثيرًا بالتوعية على مخاطر الإنترنت والتنمّر الإلكتروني.",
    "أدرّس التاريخ والتربية المدنية وأرغب في مشروع عن التراث الفينيقي.",
    "يستعدّ تلامذة صفوف الشهادة الثانوية للامتحانات الرسمية.",
    "نودّ تبادل رسائل ورسوم وفيديوهات مع صف في أوروبا.",
    "أدرّس علوم الحياة وأحب المشاريع القائمة على الاستقصاء.",
    "نودّ أن نعرّف شركاءنا بالمطبخ اللبناني وبالدبكة.",
    "تضمّ مدرستنا حوالى 500 تلميذ من خلفيات متنوّعة.",
    "نرغب في مشروع حول العيش المشترك والسلام وحقوق الطفل.",
    "أدرّس الفنون التشكيلية وأحب العمل على الجداريات والمسرح.",
    "أعلّم في معهد فني وأدرّس اختصاص المعلوماتية.",
    "نبحث عن شراكة مستدامة، وربما عن مشروع Erasmus+ مشترك.",
    "يحب تلامذتي الروبوتيك ويشاركون في مسابقات وطنية.",
    "أدرّس اللغة الإنجليزية للمرحلة المتوسطة.",
    "أحبّ أن نشارك في مشروع حول القراءة وأدب الأطفال.",
    "نستعمل Padlet وCanva وTwinSpace في صفوفنا.",
    "أقترح مشروعًا حول المياه والأنهار اللبنانية مثل نهر الليطاني.",
    "نال مشروعنا السابق تنويهًا على المستوى الوطني.",
    "أنتظر رسائلكم بكل سرور!",
    "أدرّس الموسيقى وأدرّب جوقة المدرسة.",
    "نعمل مع تلامذة من ذوي الصعوبات التعلّمية ضمن برنامج الدمج.",
};

static constexpr CountryVocabulary kVocabularies[] = {
    {"AT", "de", atFirst, atLast, atFirstGenders, atLastGenders, atCities, atSchools, atSchoolTypes,
     atBio},
    {"BE", "nl", beFirst, beLast, beFirstGenders, beLastGenders, beCities, beSchools, beSchoolTypes,
     beBio},
    {"BG", "bg", bgFirst, bgLast, bgFirstGenders, bgLastGenders, bgCities, bgSchools, bgSchoolTypes,
     bgBio},
    {"HR", "hr", hrFirst, hrLast, hrFirstGenders, hrLastGenders, hrCities, hrSchools, hrSchoolTypes,
     hrBio},
    {"CY", "el", cyFirst, cyLast, cyFirstGenders, cyLastGenders, cyCities, cySchools, cySchoolTypes,
     cyBio},
    {"CZ", "cs", czFirst, czLast, czFirstGenders, czLastGenders, czCities, czSchools, czSchoolTypes,
     czBio},
    {"DK", "da", dkFirst, dkLast, dkFirstGenders, dkLastGenders, dkCities, dkSchools, dkSchoolTypes,
     dkBio},
    {"EE", "et", eeFirst, eeLast, eeFirstGenders, eeLastGenders, eeCities, eeSchools, eeSchoolTypes,
     eeBio},
    {"FI", "fi", fiFirst, fiLast, fiFirstGenders, fiLastGenders, fiCities, fiSchools, fiSchoolTypes,
     fiBio},
    {"FR", "fr", frFirst, frLast, frFirstGenders, frLastGenders, frCities, frSchools, frSchoolTypes,
     frBio},
    {"DE", "de", deFirst, deLast, deFirstGenders, deLastGenders, deCities, deSchools, deSchoolTypes,
     deBio},
    {"GR", "el", grFirst, grLast, grFirstGenders, grLastGenders, grCities, grSchools, grSchoolTypes,
     grBio},
    {"HU", "hu", huFirst, huLast, huFirstGenders, huLastGenders, huCities, huSchools, huSchoolTypes,
     huBio},
    {"IE", "en", ieFirst, ieLast, ieFirstGenders, ieLastGenders, ieCities, ieSchools, ieSchoolTypes,
     ieBio},
    {"IT", "it", itFirst, itLast, itFirstGenders, itLastGenders, itCities, itSchools, itSchoolTypes,
     itBio},
    {"LV", "lv", lvFirst, lvLast, lvFirstGenders, lvLastGenders, lvCities, lvSchools, lvSchoolTypes,
     lvBio},
    {"LT", "lt", ltFirst, ltLast, ltFirstGenders, ltLastGenders, ltCities, ltSchools, ltSchoolTypes,
     ltBio},
    {"LU", "fr", luFirst, luLast, luFirstGenders, luLastGenders, luCities, luSchools, luSchoolTypes,
     luBio},
    {"MT", "mt", mtFirst, mtLast, mtFirstGenders, mtLastGenders, mtCities, mtSchools, mtSchoolTypes,
     mtBio},
    {"NL", "nl", nlFirst, nlLast, nlFirstGenders, nlLastGenders, nlCities, nlSchools, nlSchoolTypes,
     nlBio},
    {"PL", "pl", plFirst, plLast, plFirstGenders, plLastGenders, plCities, plSchools, plSchoolTypes,
     plBio},
    {"PT", "pt", ptFirst, ptLast, ptFirstGenders, ptLastGenders, ptCities, ptSchools, ptSchoolTypes,
     ptBio},
    {"RO", "ro", roFirst, roLast, roFirstGenders, roLastGenders, roCities, roSchools, roSchoolTypes,
     roBio},
    {"SK", "sk", skFirst, skLast, skFirstGenders, skLastGenders, skCities, skSchools, skSchoolTypes,
     skBio},
    {"SI", "sl", siFirst, siLast, siFirstGenders, siLastGenders, siCities, siSchools, siSchoolTypes,
     siBio},
    {"ES", "es", esFirst, esLast, esFirstGenders, esLastGenders, esCities, esSchools, esSchoolTypes,
     esBio},
    {"SE", "sv", seFirst, seLast, seFirstGenders, seLastGenders, seCities, seSchools, seSchoolTypes,
     seBio},
    {"AL", "sq", alFirst, alLast, alFirstGenders, alLastGenders, alCities, alSchools, alSchoolTypes,
     alBio},
    {"BA", "bs", baFirst, baLast, baFirstGenders, baLastGenders, baCities, baSchools, baSchoolTypes,
     baBio},
    {"MK", "mk", mkFirst, mkLast, mkFirstGenders, mkLastGenders, mkCities, mkSchools, mkSchoolTypes,
     mkBio},
    {"IS", "is", isFirst, isLast, isFirstGenders, isLastGenders, isCities, isSchools, isSchoolTypes,
     isBio},
    {"LI", "de", liFirst, liLast, liFirstGenders, liLastGenders, liCities, liSchools, liSchoolTypes,
     liBio},
    {"NO", "nb", noFirst, noLast, noFirstGenders, noLastGenders, noCities, noSchools, noSchoolTypes,
     noBio},
    {"RS", "sr", rsFirst, rsLast, rsFirstGenders, rsLastGenders, rsCities, rsSchools, rsSchoolTypes,
     rsBio},
    {"TR", "tr", trFirst, trLast, trFirstGenders, trLastGenders, trCities, trSchools, trSchoolTypes,
     trBio},
    {"AM", "hy", amFirst, amLast, amFirstGenders, amLastGenders, amCities, amSchools, amSchoolTypes,
     amBio},
    {"AZ", "az", azFirst, azLast, azFirstGenders, azLastGenders, azCities, azSchools, azSchoolTypes,
     azBio},
    {"GE", "ka", geFirst, geLast, geFirstGenders, geLastGenders, geCities, geSchools, geSchoolTypes,
     geBio},
    {"MD", "ro", mdFirst, mdLast, mdFirstGenders, mdLastGenders, mdCities, mdSchools, mdSchoolTypes,
     mdBio},
    {"UA", "uk", uaFirst, uaLast, uaFirstGenders, uaLastGenders, uaCities, uaSchools, uaSchoolTypes,
     uaBio},
    {"TN", "ar", tnFirst, tnLast, tnFirstGenders, tnLastGenders, tnCities, tnSchools, tnSchoolTypes,
     tnBio},
    {"JO", "ar", joFirst, joLast, joFirstGenders, joLastGenders, joCities, joSchools, joSchoolTypes,
     joBio},
    {"LB", "ar", lbFirst, lbLast, lbFirstGenders, lbLastGenders, lbCities, lbSchools, lbSchoolTypes,
     lbBio},
};

} // namespace

std::span<const CountryVocabulary> vocabularies()
{
    return kVocabularies;
}

} // namespace etw::demo
