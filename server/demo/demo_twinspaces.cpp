// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demo_twinspaces.h"

#include "demo/demo_labels.h"
#include "demo/demo_materials.h"

#include "change_feed.h"
#include "chat_store.h"
#include "domain/validation_messages.h"
#include "forum_store.h"
#include "html_sanitizer.h"
#include "page_store.h"
#include "project_store.h"
#include "scopes.h"
#include "username_key.h"

#include <QDateTime>
#include <QSqlError>

namespace etw::server::demo {

using namespace Qt::StringLiterals;

namespace {
struct Text
{
    const char *author; // demo user name
    const char *body;   // HTML as an editor would send it
    int daysAgo;
};
struct DemoPage
{
    const char *title;
    int parent; // index in the project's list, -1 at the top
    std::vector<Text> revisions;
};
// A picture (caption and water colour) or, with `lines`, a PDF leaflet.
struct DemoMaterial
{
    const char *name;
    const char *folder;
    const char *author;
    int daysAgo;
    const char *caption; // the picture's caption, or the leaflet's title
    QRgb water = 0;
    std::vector<const char *> lines = {};
};
// The forum: each message with its author and how many days ago it was written (messages of
// one day keep their order, a little apart).
struct DemoMessage
{
    const char *author;
    const char *text;
    int daysAgo;
};
// The chat room: who wrote each line, and how many minutes ago.
struct DemoChatLine
{
    const char *author;
    const char *text;
    int minutesAgo;
};
struct DemoThread
{
    const char *title;
    DemoMessage opening;
    std::vector<DemoMessage> replies;
};
struct DemoDiscussion
{
    const char *author;
    const char *title;
    const char *description;
    int daysAgo;
    std::vector<DemoThread> threads;
};
struct DemoProject
{
    const char *kind;
    const char *title;
    const char *summary;
    std::vector<const char *> founders; // the first registers it
    std::vector<const char *> partners;
    const char *status; // "active" or "waiting_approval"
    std::vector<DemoPage> pages;
    // Page texts show a picture with {img:name}.
    std::vector<DemoMaterial> materials = {};
    std::vector<DemoDiscussion> forum = {};
    std::vector<DemoChatLine> chat = {};
    // A founder who applied for the National Quality Label for it, waiting for their service's
    // assessment, its first page and first material given as evidence.
    const char *labelApplicant = nullptr;
};

const std::vector<DemoProject> &projects()
{
    static const std::vector<DemoProject> all{
        {"european",
         "Nos rivières, i nostri fiumi",
         "Des classes de Lyon et de Turin comparent les rivières de leurs villes : eau, faune, "
         "histoire et légendes.",
         {"teacher.fr", "teacher.it"},
         {"teacher.de"},
         "active",
         {
             {"Bienvenue — Benvenuti",
              -1,
              {{"teacher.fr",
                "<h1>Bienvenue dans notre TwinSpace</h1><p>Ici, les élèves de Lyon et de "
                "Turin racontent leurs rivières : le Rhône, la Saône et le Pô.</p>",
                40},
               {"teacher.it",
                "<h1>Bienvenue dans notre TwinSpace</h1><p>Ici, les élèves de Lyon et de "
                "Turin racontent leurs rivières : le Rhône, la Saône et le Pô.</p><h2>Benvenuti "
                "nel nostro TwinSpace</h2><p>Qui gli alunni di Lione e di Torino raccontano i "
                "loro fiumi.</p>",
                38},
               {"teacher.fr",
                "<h1>Bienvenue dans notre TwinSpace</h1><p>Ici, les élèves de Lyon et de "
                "Turin racontent leurs rivières : le Rhône, la Saône et le Pô.</p><h2>Benvenuti "
                "nel nostro TwinSpace</h2><p>Qui gli alunni di Lione e di Torino raccontano i "
                "loro fiumi.</p><p><b>Règles de la classe :</b> on écrit dans sa langue, on "
                "répond dans la langue de l'autre.</p><p>{img:Le Rhône à Lyon.png} "
                "{img:Il Po a Torino.png}</p>",
                30}}},
             {"Calendrier — Calendario",
              -1,
              {{"teacher.fr",
                "<h2>Calendrier</h2><ul><li>Septembre : se présenter</li><li>Octobre : nos "
                "rivières en vidéo</li><li>Novembre : la faune de l'eau douce</li>"
                "<li>Décembre : légendes et histoires</li></ul>",
                35}}},
             {"Septembre : se présenter",
              1,
              {{"teacher.fr",
                "<p>Chaque élève écrit trois phrases sur lui et sur sa rivière préférée.</p>", 33},
               {"teacher.it",
                "<p>Chaque élève écrit trois phrases sur lui et sur sa rivière préférée.</p>"
                "<p><i>Ogni alunno scrive tre frasi su di sé e sul suo fiume preferito.</i></p>",
                32}}},
             {"Ottobre: i nostri fiumi in video",
              1,
              {{"teacher.it",
                "<p>Ogni classe gira un video di due minuti sul suo fiume: da dove viene, dove "
                "va, chi ci vive.</p><table border=\"1\"><tr><th>Classe</th><th>Fiume</th>"
                "</tr><tr><td>4B Torino</td><td>Po</td></tr><tr><td>CM2 Lyon</td><td>Rhône"
                "</td></tr></table><p>{img:La Saône au printemps.png}</p>",
                20}}},
             {"La faune de l'eau douce",
              -1,
              {{"teacher.de",
                "<p>Our class in Munich joins for November: we will count the birds on the "
                "Isar and share the figures.</p><p>See <a href=\"https://www.nabu.de/\">NABU"
                "</a> for the species.</p>",
                10}}},
         },
         {
             {"Le Rhône à Lyon.png", "Photos/Lyon", "teacher.fr", 36, "Le Rhône à Lyon",
              0xff2f6fb0},
             {"La Saône au printemps.png", "Photos/Lyon", "teacher.fr", 34, "La Saône au printemps",
              0xff3d8c7a},
             {"Il Po a Torino.png", "Photos/Torino", "teacher.it", 33, "Il Po a Torino",
              0xff4a7fc0},
             {"Calendrier du projet — Calendario.pdf",
              "Documents",
              "teacher.fr",
              35,
              "Calendrier — Calendario",
              0,
              {"Septembre / settembre : se présenter — presentarsi",
               "Octobre / ottobre : nos rivières en vidéo — i nostri fiumi in video",
               "Novembre / novembre : la faune de l'eau douce — la fauna d'acqua dolce",
               "Décembre / dicembre : légendes et histoires — leggende e storie"}},
             {"Scheda di osservazione.pdf",
              "Documents",
              "teacher.it",
              21,
              "Scheda di osservazione del fiume",
              0,
              {"Data e ora:", "Colore dell'acqua:", "Animali visti:", "Piante sulle rive:"}},
         },
         {
             {"teacher.fr",
              "Présentations / Presentazioni",
              "Chaque classe se présente ici. Ogni classe si presenta qui.",
              38,
              {{"Bonjour de Lyon ! / Ciao da Lione!",
                {"teacher.fr",
                 "Bonjour à tous ! Je suis Émilie Durand, j'enseigne en CM2 dans une école du 7e "
                 "arrondissement de Lyon. Nous sommes 24, et le Rhône passe à deux rues de "
                 "l'école. Les élèves ont hâte de vous lire !",
                 38},
                {{"teacher.it",
                  "Ciao Émilie, ciao a tutti! Sono Giulia Rossi e insegno in una quarta "
                  "elementare a Torino, la 4B. Siamo in 22 e il Po scorre proprio dietro il parco "
                  "del Valentino. I miei alunni hanno già preparato le loro domande!",
                  37},
                 {"teacher.fr",
                  "Merci Giulia ! Mes élèves ont cherché Turin sur la carte ce matin : ils n'en "
                  "revenaient pas que ce soit si près de Lyon, à peine 300 km.",
                  37},
                 {"teacher.it",
                  "Anche i miei sono rimasti sorpresi! Qualcuno ha chiesto se si può andare da "
                  "Torino a Lione in bicicletta lungo i fiumi. Ho detto che ne riparleremo a "
                  "primavera…",
                  36},
                 {"teacher.fr",
                  "L'idée plaît beaucoup ici aussi. Une question de Léa : est-ce qu'il neige en "
                  "hiver à Turin ?",
                  35},
                 {"teacher.it",
                  "Sì, qualche volta, e dalle finestre della scuola si vedono le Alpi innevate. "
                  "Lorenzo vuole mandarvi una foto appena nevica.",
                  34},
                 {"teacher.de",
                  "Hello from Munich! We join the project in November: my pupils are already "
                  "practising their French and Italian greetings.",
                  30}}},
               {"La 4B di Torino si presenta",
                {"teacher.it",
                 "Ecco la nostra classe: 12 bambine e 10 bambini, tutti appassionati di animali. "
                 "Ogni alunno ha scritto tre frasi su di sé, le trovate nella pagina «Septembre : "
                 "se présenter». Ci piacerebbe leggere le vostre!",
                 35},
                {{"teacher.fr",
                  "Bravo à la 4B ! Nous avons lu vos phrases à voix haute en classe, avec un "
                  "dictionnaire d'italien sur la table. Nos phrases arrivent vendredi.",
                  34},
                 {"teacher.it",
                  "Grazie! Abbiamo notato che molti di voi hanno un gatto: da noi invece vince il "
                  "cane, 9 a 5.",
                  33},
                 {"teacher.fr",
                  "Le débat chien contre chat a duré toute la récréation… Les élèves proposent un "
                  "sondage commun sur les animaux de compagnie.",
                  31},
                 {"teacher.it", "Ottima idea, la aggiungo al calendario di ottobre.", 30}}}}},
             {"teacher.fr",
              "Notre rivière en photos / Il nostro fiume in foto",
              "Vos photos de la rivière, avec une légende. Le foto del fiume, con una "
              "didascalia.",
              33,
              {{"Le Rhône au pont de la Guillotière",
                {"teacher.fr",
                 "Nous sommes allés au bord du Rhône mardi. L'eau était très haute après les "
                 "pluies, presque marron. Les photos sont dans le dossier Photos/Lyon des "
                 "documents.",
                 33},
                {{"teacher.it",
                  "Che foto! Il colore dell'acqua ci ha colpito: da noi il Po in questi giorni è "
                  "più basso e quasi verde.",
                  32},
                 {"teacher.fr",
                  "C'est la boue des orages de la semaine dernière. Les élèves ont appris le mot "
                  "« crue ».",
                  32},
                 {"teacher.it",
                  "L'abbiamo imparata anche noi: in italiano si dice «piena». L'abbiamo scritta "
                  "sul cartellone del lessico.",
                  30},
                 {"teacher.fr",
                  "Excellente idée, ce cartellone ! Nous allons faire le même en français, avec "
                  "vos mots en italien à côté.",
                  28},
                 {"teacher.it", "Vi mandiamo la foto del nostro appena è finito.", 26}}},
               {"Il Po ai Murazzi",
                {"teacher.it",
                 "Ieri pomeriggio siamo scesi ai Murazzi con la classe. Abbiamo contato tre "
                 "aironi e una squadra di canottieri. La foto «Il Po a Torino» è tra i materiali.",
                 31},
                {{"teacher.fr",
                  "Trois hérons ! Nous n'avons vu que des mouettes et des canards. Les élèves "
                  "veulent savoir si on peut se baigner dans le Pô.",
                  30},
                 {"teacher.it",
                  "No, in centro è vietato: la corrente è forte e l'acqua non è abbastanza "
                  "pulita. D'estate però si va in canoa.",
                  29},
                 {"teacher.fr",
                  "Dans le Rhône aussi, la baignade est interdite. Mais il y a une petite plage "
                  "au bord de la Saône, un peu plus au nord.",
                  27},
                 {"teacher.it",
                  "Interessante! Possiamo confrontare le regole dei nostri fiumi in una pagina "
                  "del TwinSpace?",
                  25},
                 {"teacher.fr", "D'accord, je crée la page ce week-end.", 24}}},
               {"La Saône au printemps",
                {"teacher.fr",
                 "Une photo plus ancienne, prise par Nathan avec son grand-père au printemps "
                 "dernier. Regardez les arbres sur les quais !",
                 15},
                {{"teacher.it",
                  "Bellissima, sembra un quadro. I bambini chiedono perché l'acqua della Saona è "
                  "così calma rispetto al Rodano.",
                  14},
                 {"teacher.fr",
                  "Bonne question ! La Saône a une pente très faible, alors elle coule "
                  "lentement. Le Rhône descend des Alpes, il est beaucoup plus rapide.",
                  13},
                 {"teacher.it",
                  "Anche il Po nasce in montagna, dal Monviso. Faremo un disegno del suo percorso "
                  "dalla sorgente al mare.",
                  12}}}}},
             {"teacher.it",
              "Organisation / Organizzazione",
              "Dates, visioconférences, questions pratiques. Date, videochiamate, domande "
              "pratiche.",
              36,
              {{"Videochiamata di ottobre",
                {"teacher.it",
                 "Proposta: giovedì 16 ottobre alle 10, per mezz'ora. Gli alunni si presentano e "
                 "cantano una canzone. Va bene per voi?",
                 36},
                {{"teacher.fr",
                  "Jeudi 16 à 10 h, c'est parfait. Nous préparons « Sur le pont d'Avignon », "
                  "pour rester dans le thème des rivières !",
                  35},
                 {"teacher.it",
                  "Perfetto! Noi pensavamo a una canzone sul Po, ma forse sceglieremo qualcosa "
                  "di più facile. Vi faccio sapere.",
                  35},
                 {"teacher.fr",
                  "Merci pour la visio de ce matin, mes élèves en parlent encore. Et la "
                  "connexion a tenu jusqu'au bout, quel soulagement !",
                  22},
                 {"teacher.it",
                  "Anche i miei erano entusiasti. La prossima volta prepariamo delle domande sui "
                  "fiumi, così parlano tutti.",
                  22},
                 {"teacher.fr",
                  "Oui, et on pourrait faire des groupes de quatre, chacun avec sa question.",
                  21}}},
               {"Fiches d'observation",
                {"teacher.fr",
                 "J'ai imprimé la fiche d'observation de Giulia : mes élèves la remplissent en "
                 "français. Voulez-vous qu'on vous envoie les fiches remplies ?",
                 9},
                {{"teacher.it",
                  "Sì, volentieri! Le leggeremo insieme e risponderemo con le nostre.", 8},
                 {"teacher.fr",
                  "Parfait, je les scanne et je les dépose dans les documents vendredi.", 6},
                 {"teacher.it",
                  "Le abbiamo lette tutte: i vostri alunni hanno visto molti più uccelli di noi! "
                  "Domani torniamo al fiume per recuperare.",
                  3},
                 {"teacher.fr",
                  "Bonne sortie ! Dites-nous combien de hérons vous trouvez cette fois.", 1}}}}},
         },
         {
             // A live session between the two classes, two days ago, then this morning.
             {"teacher.fr", "Bonjour Turin ! La classe est prête, on vous voit bien à l'écran.",
              2900},
             {"teacher.it", "Buongiorno Lione! Anche noi vi vediamo, i ragazzi salutano 👋", 2898},
             {"teacher.fr", "Première question des élèves : quelle est la couleur du Pô en hiver ?",
              2895},
             {"teacher.it", "Grigio-verde, dicono. E il Rodano?", 2893},
             {"teacher.fr", "Vert clair, presque turquoise quand il fait beau !", 2891},
             {"teacher.de", "Hello from Munich! Sorry we are late: the Isar is green too.", 2885},
             {"teacher.it", "Welcome Anna! Next time three classes at once?", 2880},
             {"teacher.fr", "Merci à tous, à jeudi pour le quiz sur les poissons.", 2860},
             {"teacher.it", "Buongiorno! Il quiz è pronto, lo mettiamo nei materiali oggi.", 95},
             {"teacher.fr", "Super, les élèves ont hâte. On commence à 10 h ?", 80},
             {"teacher.it", "Sì, alle 10. A dopo!", 78},
         }},
        {"national",
         "Jardins d'école et climat",
         "Deux écoles françaises suivent la météo de leur potager et comparent leurs récoltes.",
         {"teacher.fr", "teacher2.fr"},
         {},
         "active",
         {
             {"Notre potager",
              -1,
              {{"teacher2.fr",
                "<h1>Notre potager</h1><p>Semis de radis le 12 mars, de tomates le 2 avril."
                "</p>",
                25},
               {"teacher.fr",
                "<h1>Notre potager</h1><p>Semis de radis le 12 mars, de tomates le 2 avril."
                "</p><p>À Lyon, les premières pousses sont sorties au bout de six jours.</p>"
                "<p>{img:Le potager en avril.png}</p>",
                22}}},
             {"Relevés météo",
              -1,
              {{"teacher.fr",
                "<table border=\"1\"><tr><th>Semaine</th><th>Pluie (mm)</th><th>Soleil (h)"
                "</th></tr><tr><td>1</td><td>12</td><td>31</td></tr><tr><td>2</td><td>4</td>"
                "<td>45</td></tr></table>",
                15}}},
         },
         {
             {"Le potager en avril.png", "", "teacher2.fr", 20, "Le potager en avril", 0xff6b8e3a},
         },
         {
             {"teacher2.fr",
              "Le potager",
              "Semis, arrosage, récoltes : on compare nos deux jardins.",
              24,
              {{"Premiers semis",
                {"teacher2.fr",
                 "Nos radis sont semés ! Nous avons choisi une rangée au soleil et une à l'ombre, "
                 "pour comparer.",
                 24},
                {{"teacher.fr",
                  "Bonne idée, les deux rangées. Chez nous, les radis sont sortis au bout de six "
                  "jours.",
                  23},
                 {"teacher2.fr",
                  "Six jours ! Ici il en a fallu neuf, il a fait froid la première semaine.", 20},
                 {"teacher.fr",
                  "Les relevés météo l'expliquent peut-être : comparons les températures la "
                  "semaine prochaine.",
                  18}}},
               {"Qui arrose pendant les vacances ?",
                {"teacher.fr",
                 "Les vacances approchent : qui s'occupe des jardins ? Chez nous, une famille "
                 "volontaire passera deux fois par semaine.",
                 12},
                {{"teacher2.fr",
                  "La gardienne de l'école a accepté, et nous avons installé un goutte-à-goutte "
                  "avec des bouteilles.",
                  11},
                 {"teacher.fr",
                  "Les bouteilles, c'est malin ! Tu peux mettre une photo dans les documents ?",
                  10},
                 {"teacher2.fr", "C'est fait, et les élèves ont écrit le mode d'emploi.", 9}}}}},
         },
         {
             {"teacher2.fr", "Les premiers radis sont sortis ce matin !", 1500},
             {"teacher.fr", "Déjà ! Chez nous, seulement les feuilles. On compare vendredi ?",
              1490},
             {"teacher2.fr", "Vendredi, c'est noté.", 1485},
         }},
        {"european",
         "Uccelli migratori — Zugvögel",
         "Classi di Torino, di Lione e di Berlino seguono rondini e cicogne dall'Africa "
         "all'Europa.",
         {"teacher.it", "teacher2.fr"},
         {"teacher.de"},
         "active",
         {
             {"Benvenuti — Willkommen",
              -1,
              {{"teacher.it",
                "<h1>Benvenuti — Willkommen</h1><p>Le nostre classi contano gli uccelli che "
                "tornano in primavera e li segnano sulla mappa.</p>",
                40},
               {"teacher.de",
                "<h1>Benvenuti — Willkommen</h1><p>Le nostre classi contano gli uccelli che "
                "tornano in primavera e li segnano sulla mappa.</p><p>Unsere Klasse beobachtet "
                "die Störche auf dem Kirchturm: das Nest ist wieder besetzt.</p>"
                "<p>{img:Il nido sul campanile.png}</p>",
                35}}},
             {"Rondini a Torino",
              0,
              {{"teacher.it",
                "<ul><li>14 marzo: le prime tre rondini sopra il Po.</li><li>21 marzo: "
                "diciotto, e i nidi sotto il portico della scuola.</li></ul>",
                20}}},
             {"Les hirondelles de Lyon",
              0,
              {{"teacher2.fr",
                "<p>Nos élèves ont compté douze nids sous le toit du gymnase. Les hirondelles "
                "sont revenues le 28 mars, deux semaines après celles de Turin.</p>",
                18}}},
             {"Störche in Berlin",
              0,
              {{"teacher.de",
                "<p>Am 2. April kam der erste Storch zurück, am 9. April der zweite. Die "
                "Kinder haben die Ankunft fotografiert und gemessen, wie weit sie geflogen "
                "sind: über 10 000 km.</p>",
                14}}},
         },
         {
             {"Il nido sul campanile.png", "Foto", "teacher.de", 30, "Das Storchennest",
              0xff7a9cc6},
         },
         {
             {"teacher.it",
              "La mappa delle migrazioni",
              "Dove sono passati i nostri uccelli? Ogni classe aggiunge i suoi avvistamenti.",
              30,
              {{"Primi avvistamenti",
                {"teacher.it",
                 "Le prime rondini sono arrivate il 14 marzo: le abbiamo segnate sulla mappa in "
                 "rosso.",
                 28},
                {{"teacher.de",
                  "Super! Bei uns sind die Störche drei Wochen später gekommen. Wir nehmen Blau "
                  "für die Störche.",
                  27},
                 {"teacher2.fr",
                  "Et nous, le vert pour les hirondelles de Lyon : elles arrivent après celles "
                  "de Turin.",
                  25},
                 {"teacher.it", "Perfetto: rosso, blu e verde.", 24}}}}},
         },
         {
             {"teacher.de", "Der zweite Storch ist da!", 3000},
             {"teacher.it", "Che bello! Lo mostriamo alla classe domani mattina.", 2990},
         },
         "teacher2.fr"},
        {"european",
         "Contes d'Europe",
         "Les élèves réécrivent un conte de chaque pays partenaire.",
         {"teacher.fr", "teacher.de"},
         {},
         "waiting_approval",
         {}},
    };
    return all;
}

Error dbError(const QSqlQuery &q)
{
    return {u"database_error"_s, q.lastError().text(), {}};
}

// A project's forum, each message published as a client's would be, in the order written.
template <typename Who>
Result<bool> seedForum(QSqlDatabase &db, qint64 projectId,
                       const std::vector<DemoDiscussion> &discussions, Who who, qint64 now)
{
    const qint64 day = 24 * 3600 * 1000;
    // Messages written the same day follow each other by a quarter of an hour or more.
    qint64 last = 0;
    auto at = [&](int daysAgo) {
        last = std::max(now - daysAgo * day - 6 * 3600 * 1000, last + 17 * 60 * 1000);
        return std::min(last, now - 60 * 1000);
    };
    auto failed = [](const char *what) {
        return Error{
            u"database_error"_s, u"cannot insert a demo forum "_s + QLatin1String(what), {}};
    };
    for (const DemoDiscussion &dd : discussions) {
        last = 0;
        ForumDiscussion d;
        d.projectId = projectId;
        d.title = QString::fromUtf8(dd.title);
        d.description = QString::fromUtf8(dd.description);
        d.authorId = who(dd.author);
        d.createdAt = d.updatedAt = at(dd.daysAgo);
        d.version = 1;
        d.id = forum_store::insert(db, d);
        std::optional<forum_store::StoredDiscussion> sd;
        if (!d.id || !forum_store::loadDiscussion(db, d.id, sd) || !sd ||
            !change_feed::record(db, {scopes::ofForumDiscussion(sd->item, false)}))
            return failed("discussion");
        for (const DemoThread &dt : dd.threads) {
            last = d.createdAt; // threads of a discussion overlap in time, never precede it
            ForumThread t;
            t.projectId = projectId;
            t.discussionId = d.id;
            t.title = QString::fromUtf8(dt.title);
            t.text = QString::fromUtf8(dt.opening.text);
            t.authorId = who(dt.opening.author);
            t.createdAt = t.updatedAt = at(dt.opening.daysAgo);
            t.version = 1;
            t.id = forum_store::insert(db, t);
            std::optional<forum_store::StoredThread> st;
            if (!t.id || !forum_store::loadThread(db, t.id, st) || !st ||
                !change_feed::record(db, {scopes::ofForumThread(st->item, false)}))
                return failed("thread");
            for (const DemoMessage &reply : dt.replies) {
                ForumPost p;
                p.projectId = projectId;
                p.threadId = t.id;
                p.text = QString::fromUtf8(reply.text);
                p.authorId = who(reply.author);
                p.createdAt = p.updatedAt = at(reply.daysAgo);
                p.version = 1;
                p.id = forum_store::insert(db, p);
                std::optional<forum_store::StoredPost> sp;
                if (!p.id || !forum_store::loadPost(db, p.id, sp) || !sp ||
                    !change_feed::record(db, {scopes::ofForumPost(sp->item, false)}))
                    return failed("reply");
            }
        }
    }
    return true;
}
} // namespace

Result<bool> seedTwinSpacesIfNone(Database &database, BlobStore &blobs)
{
    WriteTransaction tx(database);
    if (!tx.isActive())
        return Error{u"database_error"_s, tx.lastError(), {}};
    QSqlDatabase &db = tx.db();
    QSqlQuery q(db);
    if (!database.dialect().lockForMigration(q))
        return dbError(q);
    // The demo accounts' projects: the review queues' projects (between directory teachers,
    // who cannot sign in) are not these.
    if (!Database::run(q, u"SELECT COUNT(*) FROM project_members m JOIN accounts a "
                          u"ON a.id = m.account_id WHERE COALESCE(a.password_hash, '') <> ''"_s) ||
        !q.next())
        return dbError(q);
    if (q.value(0).toLongLong() > 0)
        return false;
    q.finish();
    QHash<QString, qint64> ids;
    QHash<QString, QString> countries;
    if (!Database::run(q, u"SELECT id, username, country FROM accounts WHERE id < 100"_s))
        return dbError(q);
    while (q.next()) {
        ids.insert(q.value(1).toString(), q.value(0).toLongLong());
        countries.insert(q.value(1).toString(), q.value(2).toString());
    }
    q.finish();
    const qint64 day = 24 * 3600 * 1000;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto who = [&](const char *user) { return ids.value(QString::fromLatin1(user)); };
    // The members' pages show when each teacher was last here: the day of their last post,
    // until they sign in.
    static const std::pair<const char *, int> lastActive[] = {
        {"teacher.fr", 1}, {"teacher.it", 3}, {"teacher2.fr", 9}, {"teacher.de", 10}};
    for (const auto &[user, daysAgo] : lastActive)
        if (!Database::run(q,
                           u"UPDATE accounts SET last_active_at = ? WHERE id = ? AND "
                           u"last_active_at = 0"_s,
                           {now - daysAgo * day, who(user)}))
            return dbError(q);

    for (const DemoProject &d : projects()) {
        Project p;
        p.kind = QString::fromLatin1(d.kind);
        p.title = QString::fromUtf8(d.title);
        p.summary = QString::fromUtf8(d.summary);
        p.subjects = {u"geography"_s, u"science"_s};
        p.languages = {u"fr"_s, u"it"_s, u"en"_s};
        p.ageMin = 9;
        p.ageMax = 11;
        p.durationMonths = 9;
        p.aims = u"Lire et écrire pour de vrais lecteurs ; comprendre le cycle de l'eau."_s;
        p.status = QString::fromLatin1(d.status);
        p.createdBy = who(d.founders.front());
        p.updatedAt = now - 45 * day;
        p.version = 1;
        p.id = project_store::insert(db, p);
        if (!p.id)
            return Error{u"database_error"_s, u"cannot insert a demo project"_s, {}};
        for (const char *f : d.founders)
            if (!project_store::setMember(db, p.id, who(f), u"founder"_s, u"active"_s, 0,
                                          now - 45 * day))
                return Error{u"database_error"_s, u"cannot add a founder"_s, {}};
        for (const char *f : d.partners)
            if (!project_store::setMember(db, p.id, who(f), u"partner"_s, u"active"_s,
                                          who(d.founders.front()), now - 41 * day))
                return Error{u"database_error"_s, u"cannot add a partner"_s, {}};
        if (p.status == u"active") {
            QStringList decided;
            for (const char *f : d.founders) {
                const QString country = countries.value(QString::fromLatin1(f));
                if (decided.contains(country))
                    continue;
                decided.append(country);
                const qint64 service = ids.value(u"correspondent."_s + country.toLower());
                if (!service ||
                    !project_store::addDecision(
                        db, p.id, {country, u"approved"_s, {}, now - 42 * day, service, {}},
                        service))
                    return Error{u"database_error"_s, u"cannot add a decision"_s, {}};
            }
        }
        auto stored = project_store::loadForUpdate(db, p.id);
        if (!stored || !change_feed::record(db, scopes::ofProject(stored->project)))
            return Error{u"database_error"_s, u"cannot publish a demo project"_s, {}};

        QList<LabelEvidence> evidence; // its first material and page, for a label application
        // Materials first: page texts show some of them.
        QHash<QString, QString> pictures; // {img:name} → its <img>
        for (const DemoMaterial &dm : d.materials) {
            Material m;
            m.projectId = p.id;
            m.name = QString::fromUtf8(dm.name);
            m.folder = QString::fromUtf8(dm.folder);
            m.authorId = who(dm.author);
            m.createdAt = m.updatedAt = now - dm.daysAgo * day;
            const QString caption = QString::fromUtf8(dm.caption);
            QStringList lines;
            for (const char *line : dm.lines)
                lines.append(QString::fromUtf8(line));
            const auto added =
                addMaterial(db, blobs, m,
                            lines.isEmpty() ? riverPicture(QColor::fromRgb(dm.water), dm.daysAgo)
                                            : leaflet(caption, lines));
            if (!added)
                return added.error();
            if (evidence.isEmpty())
                evidence.append({u"material"_s, added.value().id, {}, m.name});
            pictures.insert(u"{img:"_s + m.name + u'}',
                            u"<img src=\"material:%1\" alt=\"%2\" width=\"320\">"_s.arg(
                                added.value().sha256, caption.toHtmlEscaped()));
        }
        auto withPictures = [&pictures](const char *body) {
            QString html = QString::fromUtf8(body);
            for (auto it = pictures.cbegin(); it != pictures.cend(); ++it)
                html.replace(it.key(), it.value());
            return html;
        };

        QList<qint64> pageIds;
        double position = 0;
        for (const DemoPage &dp : d.pages) {
            Page page;
            page.projectId = p.id;
            page.parentId = dp.parent < 0 ? 0 : pageIds.value(dp.parent);
            page.position = position++;
            page.title = QString::fromUtf8(dp.title);
            page.state = u"published"_s;
            page.authorId = who(dp.revisions.front().author);
            page.version = 1;
            page.updatedAt = now - dp.revisions.front().daysAgo * day;
            page.id = page_store::insert(db, page);
            if (!page.id)
                return Error{u"database_error"_s, u"cannot insert a demo page"_s, {}};
            pageIds.append(page.id);
            if (pageIds.size() == 1)
                evidence.append({u"page"_s, page.id, {}, page.title});
            page_store::StoredPage s{page, 0, false};
            QList<ChangeRecord> records;
            for (const Text &t : dp.revisions) {
                PageRevision r;
                r.pageId = page.id;
                r.number = ++s.lastRevision;
                r.title = page.title;
                r.body = html::sanitize(withPictures(t.body)).html;
                r.authorId = who(t.author);
                r.createdAt = now - t.daysAgo * day;
                r.kind = u"published"_s;
                if (!page_store::addRevision(db, r, {}))
                    return Error{u"database_error"_s, u"cannot insert a demo revision"_s, {}};
                s.page.revision = r.number;
                s.page.body = r.body;
                s.page.updatedAt = r.createdAt;
                s.page.version = r.number;
            }
            if (!page_store::update(db, s))
                return Error{u"database_error"_s, u"cannot update a demo page"_s, {}};
            for (const PageRevision &r : page_store::revisions(db, page.id))
                records.append(scopes::ofRevision(r, p.id));
            const auto fresh = page_store::loadForUpdate(db, page.id);
            if (!fresh)
                return Error{u"database_error"_s, u"cannot read a demo page"_s, {}};
            records.append(scopes::ofPage(fresh->page, false));
            if (!change_feed::record(db, records))
                return Error{u"database_error"_s, u"cannot publish a demo page"_s, {}};
        }

        if (auto seeded = seedForum(db, p.id, d.forum, who, now); !seeded)
            return seeded.error();
        for (const DemoChatLine &line : d.chat) {
            ChatMessage m;
            m.projectId = p.id;
            m.text = QString::fromUtf8(line.text);
            m.authorId = who(line.author);
            m.createdAt = now - qint64(line.minutesAgo) * 60 * 1000;
            m.version = 1;
            m.id = chat_store::insert(db, m);
            const auto stored = m.id ? chat_store::load(db, m.id) : std::nullopt;
            if (!stored || !change_feed::record(db, {scopes::ofChatMessage(*stored)}))
                return Error{u"database_error"_s, u"cannot insert a demo chat message"_s, {}};
        }
        if (d.labelApplicant)
            if (auto applied =
                    seedWaitingApplication(db, p.id, who(d.labelApplicant), evidence, now);
                !applied)
                return applied.error();
    }
    if (!tx.commit())
        return Error{u"database_error"_s, u"commit failed: "_s + tx.lastError(), {}};
    return true;
}

} // namespace etw::server::demo
