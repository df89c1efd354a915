// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demo_twinspaces.h"

#include "demo/demo_materials.h"

#include "change_feed.h"
#include "domain/validation_messages.h"
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
         }},
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
    if (!Database::run(q, u"SELECT COUNT(*) FROM projects"_s) || !q.next())
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
                        db, p.id, {country, u"approved"_s, {}, now - 42 * day}, service))
                    return Error{u"database_error"_s, u"cannot add a decision"_s, {}};
            }
        }
        auto stored = project_store::loadForUpdate(db, p.id);
        if (!stored || !change_feed::record(db, scopes::ofProject(stored->project)))
            return Error{u"database_error"_s, u"cannot publish a demo project"_s, {}};

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
    }
    if (!tx.commit())
        return Error{u"database_error"_s, u"commit failed: "_s + tx.lastError(), {}};
    return true;
}

} // namespace etw::server::demo
