// SPDX-License-Identifier: GPL-3.0-or-later
// "Export project…": the folder stands alone (every link of every file, parsed again by a real
// HTML parser, lands inside it), materials byte for byte, the zip the same, text escaped, safe
// names, never over an earlier export, a clear refusal where nothing can be written.
#include "domain/catalogue.h"
#include "export/export_body.h"
#include "export/export_names.h"
#include "export/project_export.h"
#include "i18n/english_plurals.h"
#include "store/local_store.h"
#include "store/page_cache.h"
#include "store/project_cache.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <gumbo.h>
#include <zip.h>

#include <csignal>
#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <unistd.h>

#include <functional>
#include <map>
#include <memory>

using namespace etw;
using namespace Qt::StringLiterals;

namespace {

QByteArray sha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// Every file under `root`, relative, "/"-separated, sorted; folders end with "/".
QStringList tree(const QString &root)
{
    QStringList out;
    QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QString rel = QDir(root).relativeFilePath(it.filePath());
        out.append(it.fileInfo().isDir() ? rel + u'/' : rel);
    }
    out.sort();
    return out;
}

QByteArray randomBytes(int size, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray out(size, Qt::Uninitialized);
    for (char &c : out)
        c = char(random.bounded(256));
    return out;
}

// --- HTML, parsed by gumbo ----------------------------------------------------------------

struct GumboDeleter
{
    void operator()(GumboOutput *o) const { gumbo_destroy_output(&kGumboDefaultOptions, o); }
};
using Parsed = std::unique_ptr<GumboOutput, GumboDeleter>;

Parsed parse(const QByteArray &utf8)
{
    return Parsed(
        gumbo_parse_with_options(&kGumboDefaultOptions, utf8.constData(), size_t(utf8.size())));
}

void walk(const GumboNode *node, const std::function<void(const GumboElement &)> &visit)
{
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE)
        return;
    visit(node->v.element);
    const GumboVector &children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i)
        walk(static_cast<const GumboNode *>(children.data[i]), visit);
}

QString attribute(const GumboElement &e, const char *name)
{
    const GumboAttribute *a = gumbo_get_attribute(&e.attributes, name);
    return a ? QString::fromUtf8(a->value) : QString();
}

QString textOf(const GumboNode *node)
{
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE)
        return QString::fromUtf8(node->v.text.text);
    if (node->type != GUMBO_NODE_ELEMENT)
        return {};
    QString out;
    const GumboVector &children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i)
        out += textOf(static_cast<const GumboNode *>(children.data[i]));
    return out;
}

// The text of every element with this tag, in document order.
QStringList texts(const GumboOutput *doc, GumboTag tag)
{
    QStringList out;
    std::function<void(const GumboNode *)> visit = [&](const GumboNode *node) {
        if (node->type != GUMBO_NODE_ELEMENT)
            return;
        if (node->v.element.tag == tag)
            out.append(textOf(node));
        const GumboVector &children = node->v.element.children;
        for (unsigned i = 0; i < children.length; ++i)
            visit(static_cast<const GumboNode *>(children.data[i]));
    };
    visit(doc->root);
    return out;
}

QSet<QString> ids(const GumboOutput *doc)
{
    QSet<QString> out;
    walk(doc->root, [&](const GumboElement &e) {
        const QString id = attribute(e, "id");
        if (!id.isEmpty())
            out.insert(id);
    });
    return out;
}

// --- zip, read back with libzip -------------------------------------------------------------

QMap<QString, QByteArray> zipEntries(const QString &path, QString *error)
{
    QMap<QString, QByteArray> out;
    int code = 0;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &code);
    if (!archive) {
        *error = u"cannot open, libzip error %1"_s.arg(code);
        return out;
    }
    const zip_int64_t count = zip_get_num_entries(archive, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t stat;
        if (zip_stat_index(archive, zip_uint64_t(i), 0, &stat) != 0) {
            *error = u"cannot stat entry %1"_s.arg(i);
            break;
        }
        const QString name = QString::fromUtf8(stat.name);
        QByteArray bytes(qsizetype(stat.size), Qt::Uninitialized);
        if (stat.size > 0) {
            zip_file_t *file = zip_fopen_index(archive, zip_uint64_t(i), 0);
            const zip_int64_t read = file ? zip_fread(file, bytes.data(), stat.size) : -1;
            if (file)
                zip_fclose(file);
            if (read != zip_int64_t(stat.size)) {
                *error = u"cannot read %1"_s.arg(name);
                break;
            }
        }
        out.insert(name, bytes);
    }
    zip_discard(archive);
    return out;
}

// --- a read-only folder, even for root ------------------------------------------------------

// Root ignores permissions: the immutable attribute stops it too (where the file system has it).
bool setImmutable(const QString &path, bool on)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY);
    if (fd < 0)
        return false;
    int flags = 0;
    bool ok = ::ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0;
    if (ok) {
        flags = on ? (flags | FS_IMMUTABLE_FL) : (flags & ~FS_IMMUTABLE_FL);
        ok = ::ioctl(fd, FS_IOC_SETFLAGS, &flags) == 0;
    }
    ::close(fd);
    return ok;
}

struct ReadOnlyFolder
{
    QString path;
    bool immutable = false;
    explicit ReadOnlyFolder(const QString &p)
        : path(p)
    {
        QDir().mkpath(path);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup |
                                        QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
        if (::geteuid() == 0)
            immutable = setImmutable(path, true);
    }
    ~ReadOnlyFolder()
    {
        if (immutable)
            setImmutable(path, false);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    bool reallyReadOnly() const
    {
        QFile probe(QDir(path).filePath(u"probe"_s));
        if (!probe.open(QIODevice::WriteOnly))
            return true;
        probe.close();
        probe.remove();
        return false;
    }
};

// --- the project ----------------------------------------------------------------------------

const QString missingSha = QString::fromLatin1(sha256("never downloaded"));
const QString unknownSha = QString::fromLatin1(sha256("not among the materials at all"));

Page makePage(qint64 id, qint64 parent, double position, const QString &title, const QString &body)
{
    Page p;
    p.id = id;
    p.projectId = 7;
    p.parentId = parent;
    p.position = position;
    p.title = title;
    p.state = u"published"_s;
    p.authorId = 11;
    p.authorName = u"Marie Dubois"_s;
    p.revision = 3;
    p.body = body;
    p.version = 4;
    p.updatedAt = QDateTime(QDate(2024, 4, 2), QTime(9, 30)).toMSecsSinceEpoch();
    return p;
}

Project makeProject(const QString &title)
{
    Project p;
    p.id = 7;
    p.kind = u"european"_s;
    p.title = title;
    p.summary = u"Three schools write \"a book\" together & <share> it."_s;
    p.description = u"First paragraph.\n\nSecond paragraph,\nwith a line break."_s;
    p.subjects = {u"maths"_s, u"history"_s};
    p.languages = {u"el"_s, u"fr"_s, u"en"_s};
    p.ageMin = 10;
    p.ageMax = 12;
    p.durationMonths = 6;
    p.aims = u"To read in three languages."_s;
    p.workProcess = u"One chapter a month."_s;
    p.expectedResults = u"A book."_s;
    p.status = u"active"_s;
    p.members = {
        {11, u"Marie Dubois"_s, 101, u"École Jules Ferry"_s, u"FR"_s, u"founder"_s, u"active"_s},
        {12, u"Γιώργος Παπαδόπουλος"_s, 102, u"1ο Γυμνάσιο Αθηνών"_s, u"GR"_s, u"founder"_s,
         u"active"_s},
        {13, u"Łukasz <b>Nowak</b>"_s, 103, u"Szkoła Podstawowa nr 5, Łódź"_s, u"PL"_s,
         u"partner"_s, u"active"_s},
        {14, u"Left Early"_s, 104, u"Gone School"_s, u"IT"_s, u"partner"_s, u"withdrawn"_s}};
    p.decisions = {{u"FR"_s,
                    u"approved"_s,
                    {},
                    QDateTime(QDate(2024, 1, 15), QTime(10, 0)).toMSecsSinceEpoch()},
                   {u"GR"_s, u"approved"_s, {}, 0}};
    p.createdBy = 11;
    p.version = 5;
    return p;
}

struct Fixture
{
    ExportSource source;
    QString pngSha, pdfSha;
    QByteArray png, pdf;
};

// A project with accents, Greek and an emoji in its title, three countries, six pages three
// levels deep, two materials on this computer and one not.
Fixture fixture(const QString &materialsDir, const QString &title)
{
    Fixture f;
    f.png = QByteArray("\x89PNG\r\n\x1a\n", 8) + randomBytes(5000, 1);
    f.pdf = QByteArray("%PDF-1.4\n") + randomBytes(70000, 2);
    f.pngSha = QString::fromLatin1(sha256(f.png));
    f.pdfSha = QString::fromLatin1(sha256(f.pdf));
    const QString pngFile = QDir(materialsDir).filePath(u"photo.bin"_s);
    const QString pdfFile = QDir(materialsDir).filePath(u"programme.bin"_s);
    QDir().mkpath(materialsDir);
    writeFile(pngFile, f.png);
    writeFile(pdfFile, f.pdf);

    ExportSource &s = f.source;
    s.project = makeProject(title);
    s.exportedBy = u"Marie Dubois"_s;
    s.at = QDateTime(QDate(2024, 5, 6), QTime(14, 3));
    s.materials = {
        {f.pngSha, u"Photo de classe.PNG"_s, u"png"_s, u"image/png"_s, f.png.size(), pngFile},
        {f.pdfSha, u"Programme été.pdf"_s, u"pdf"_s, u"application/pdf"_s, f.pdf.size(), pdfFile},
        {missingSha, u"Vidéo finale.mp4"_s, u"mp4"_s, u"video/mp4"_s, 12'000'000, {}}};

    const QString welcome =
        u"<h2>Bienvenue</h2>\n"
        u"<p>Texte <b>gras</b>, <i>italique</i>, <u>souligné</u> &amp; &lt;échappé&gt;.</p>\n"
        u"<p><img src=\"material:%1\" alt=\"Notre classe\" width=\"320\"></p>\n"
        u"<p><a href=\"material:%2\">Le programme</a> — "
        u"<a href=\"https://example.org/a?b=1&amp;c=2\">un site</a> — "
        u"<a href=\"mailto:marie@example.org\">écrire</a></p>\n"
        u"<ul>\n<li>un</li>\n<li>deux<ul>\n<li>deux et demi</li>\n</ul></li>\n</ul>\n"
        u"<ol start=\"3\">\n<li>trois</li>\n</ol>\n"_s.arg(f.pngSha, f.pdfSha);
    const QString schools =
        u"<table border=\"1\" cellspacing=\"0\">\n<thead>\n<tr>\n<th>École</th>\n<th>Pays</th>\n"
        u"</tr>\n</thead>\n<tbody>\n<tr>\n<td>Jules Ferry</td>\n<td style=\"color: #aa0000\">"
        u"France</td>\n</tr>\n<tr>\n<td colspan=\"2\">Γυμνάσιο</td>\n</tr>\n</tbody>\n"
        u"</table>\n"_s;
    const QString passwd =
        u"<p>La vidéo : <img src=\"material:%1\" alt=\"vidéo\"></p>\n"
        u"<p><a href=\"https://example.org/\"><img src=\"material:%1\"></a></p>\n"_s.arg(
            missingSha);
    const QString con = u"<p><a href=\"material:%1\">La vidéo</a></p>\n"
                        u"<blockquote>\n<p>Une citation</p>\n</blockquote>\n"_s.arg(missingSha);
    const QString script =
        u"<p>&lt;script&gt;alert(2)&lt;/script&gt; <a href=\"material:%1\">inconnu</a></p>\n"
        u"<pre>code  espacé</pre>\n"_s.arg(unknownSha);
    const QString emoji = u"<p>🎉 <img src=\"material:%1\" alt=\"programme\"></p>\n"_s.arg(f.pdfSha);
    s.pages = {{makePage(1, 0, 1, u"Bienvenue — Καλώς ήρθατε"_s, welcome), false},
               {makePage(2, 1, 1, u"Nos écoles"_s, schools), false},
               {makePage(3, 2, 1, u"../../etc/passwd"_s, passwd), false},
               {makePage(4, 0, 2, u"CON"_s, con), false},
               {makePage(5, 4, 1, u"<script>alert(1)</script>"_s, script), false},
               {makePage(6, 4, 2, u"Émojis 🎉 et accents"_s, emoji), false}};
    PageRevision r;
    r.pageId = 1;
    r.number = 3;
    r.authorName = u"Γιώργος Παπαδόπουλος"_s;
    r.createdAt = QDateTime(QDate(2024, 4, 1), QTime(8, 0)).toMSecsSinceEpoch();
    r.kind = u"published"_s;
    s.published.insert(1, r);
    return f;
}

const QString greekTitle = u"Ευρώπη: ma école, naïve façade 🌍"_s;

} // namespace

class TestProjectExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    EnglishPlurals m_english;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // Exports the fixture into a fresh target folder and checks that it succeeded.
    ExportResult exported(const QString &name, Fixture *out = nullptr,
                          const QString &title = greekTitle)
    {
        Fixture f = fixture(path(name + u"-sources"_s), title);
        const auto r = exportProject(f.source, path(name));
        if (out)
            *out = f;
        if (!r)
            qWarning() << r.error().code << r.error().message;
        return r ? r.value() : ExportResult{};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // In English, as the window would have it: its plurals read "6 months".
        QCoreApplication::installTranslator(&m_english);
        // To open the exports in a browser after the run.
        if (qEnvironmentVariableIsSet("ETW_KEEP_EXPORTS")) {
            m_dir.setAutoRemove(false);
            qInfo("exports kept in %s", qPrintable(m_dir.path()));
        }
    }

    void namesAreSafe()
    {
        using namespace export_names;
        QCOMPARE(slug(greekTitle), u"evropi-ma-ecole-naive-facade"_s);
        QCOMPARE(slug(u"Łódź — Straße"_s), u"lodz-strasse"_s);
        QCOMPARE(slug(u"Пловдив"_s), u"plovdiv"_s);
        QCOMPARE(slug(u"🎉🌍"_s), QString());
        QCOMPARE(slug(u"../../etc/passwd"_s), u"etc-passwd"_s);
        QVERIFY(slug(QString(300, u'a') + u" b"_s).size() <= 48);
        QVERIFY(slug(u"one two three four five six seven eight nine ten"_s, 20).size() <= 20);
        QVERIFY(!slug(u"one two three four five six seven eight nine ten"_s, 20).endsWith(u'-'));
        QVERIFY(isReserved(u"CON"_s));
        QVERIFY(isReserved(u"nul.txt"_s));
        QVERIFY(isReserved(u"com1"_s));
        QVERIFY(!isReserved(u"4-con"_s));
        QCOMPARE(folderName(u"CON"_s, QDate(2024, 5, 6)), u"con-project-2024-05-06"_s);
        QCOMPARE(folderName(u"🌍"_s, QDate(2024, 5, 6), 2), u"project-2024-05-06-2"_s);
        QCOMPARE(pageFile(3, u"../../etc/passwd"_s), u"pages/3-etc-passwd.html"_s);
        QCOMPARE(pageFile(4, u"CON"_s), u"pages/4-con.html"_s);
        QCOMPARE(pageFile(5, u"🎉"_s), u"pages/5-page.html"_s);
        QCOMPARE(materialFile(missingSha, u"Vidéo finale.MP4"_s, u"mp4"_s),
                 u"materials/"_s + missingSha.left(12) + u"-video-finale.mp4"_s);
        QCOMPARE(materialFile(missingSha, u"../x"_s, u"p/d\\f"_s),
                 u"materials/"_s + missingSha.left(12) + u"-x.pdf"_s);
    }

    // Whatever a cache might hold, what reaches a file keeps to the sanitiser's allow-list.
    void theRewriterKeepsToTheAllowList()
    {
        const QString sha = missingSha;
        const QString hostile =
            u"<script>alert(1)</script><p onclick=\"alert(2)\" style=\"background:url(x)\">a"
            u"<img src=x onerror=alert(3)><a href=\"javascript:alert(4)\">b</a>"
            u"<a href=' JAVASCRIPT:alert(5)'>c</a><iframe src=\"https://evil.example\"></iframe>"
            u"<a href=material:%1 title='x\" onmouseover=\"alert(6)'>d</a>"
            u"<svg><script>alert(7)</script></svg><!-- <script>alert(8)</script> -->"
            u"<style>body{}</style><a href=\"http://ok.example/?a=1&amp;b=2\">e</a>"
            u"<img src=\"material:%1\"><b>open <i>ends</p>< p>1 < 2</p><img src=\"material:%1"_s
                .arg(sha);
        int resolved = 0;
        const QString out = export_body::rewrite(hostile, [&](const QString &s) {
            ++resolved;
            export_body::MaterialLink link;
            link.href = u"../materials.html#missing-"_s + s;
            link.name = u"<name>"_s;
            return link;
        });
        QCOMPARE(resolved, 2); // the cut-off image at the end is dropped
        Parsed doc = parse(out.toUtf8());
        QStringList problems;
        walk(doc->root, [&](const GumboElement &e) {
            if (e.tag == GUMBO_TAG_SCRIPT || e.tag == GUMBO_TAG_IFRAME || e.tag == GUMBO_TAG_SVG ||
                e.tag == GUMBO_TAG_STYLE || e.tag == GUMBO_TAG_IMG)
                problems.append(QString::fromUtf8(gumbo_normalized_tagname(e.tag)));
            for (unsigned i = 0; i < e.attributes.length; ++i) {
                const auto *a = static_cast<const GumboAttribute *>(e.attributes.data[i]);
                const QString name = QString::fromUtf8(a->name);
                const QString value = QString::fromUtf8(a->value);
                if (name.startsWith(u"on") || value.contains(u"javascript", Qt::CaseInsensitive) ||
                    value.contains(u"url("))
                    problems.append(name + u'=' + value);
            }
        });
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u", "_s) + u"\n"_s + out));
        QVERIFY(out.contains(u"href=\"http://ok.example/?a=1&amp;b=2\""_s));
        QVERIFY(out.contains(u"&lt;name&gt;"_s));
        QVERIFY(out.contains(u"1 &lt; 2"_s) || out.contains(u"1 < 2"_s));
        // Well formed: nothing it leaves open spills into the page around it.
        Parsed page = parse(u"<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head>"
                            u"<body><div>"_s.toUtf8() +
                            out.toUtf8() + "</div></body></html>");
        QCOMPARE(page->errors.length, 0u);
    }

    void exportsAFolderThatStandsAlone()
    {
        Fixture f;
        const ExportResult r = exported(u"alone"_s, &f);
        QVERIFY(!r.folder.isEmpty());
        QCOMPARE(QFileInfo(r.folder).fileName(), u"evropi-ma-ecole-naive-facade-2024-05-06"_s);
        QCOMPARE(r.zipFile, r.folder + u".zip"_s);
        QCOMPARE(r.pages, 6);
        QCOMPARE(r.materials, 2);
        QCOMPARE(r.missing, (QStringList{u"Vidéo finale.mp4"_s,
                                         u"Unnamed material "_s + unknownSha.left(12)}));
        const QStringList files = tree(r.folder);
        const QStringList expected = {u"README.txt"_s,
                                      u"index.html"_s,
                                      u"materials.html"_s,
                                      u"materials/"_s,
                                      u"materials/"_s + f.pdfSha.left(12) + u"-programme-ete.pdf"_s,
                                      u"materials/"_s + f.pngSha.left(12) +
                                          u"-photo-de-classe.png"_s,
                                      u"pages/"_s,
                                      u"pages/1-bienvenue-kalos-irthate.html"_s,
                                      u"pages/2-nos-ecoles.html"_s,
                                      u"pages/3-etc-passwd.html"_s,
                                      u"pages/4-con.html"_s,
                                      u"pages/5-script-alert-1-script.html"_s,
                                      u"pages/6-emojis-et-accents.html"_s,
                                      u"style.css"_s};
        QStringList sorted = expected;
        sorted.sort();
        QCOMPARE(files, sorted);
        // Every name ASCII, short, not one Windows refuses.
        static const QRegularExpression safe(u"^[a-z0-9][a-z0-9.-]{0,79}$"_s,
                                             QRegularExpression::CaseInsensitiveOption);
        for (const QString &file : files)
            for (const QString &part : file.split(u'/', Qt::SkipEmptyParts)) {
                QVERIFY2(safe.match(part).hasMatch(), qPrintable(part));
                QVERIFY2(!export_names::isReserved(part), qPrintable(part));
            }
        // The .partial names are gone: what is left carries the final names only.
        const QString name = QFileInfo(r.folder).fileName();
        QStringList all = {name + u'/', name + u".zip"_s};
        for (const QString &file : files)
            all.append(name + u'/' + file);
        all.sort();
        QCOMPARE(tree(path(u"alone"_s)), all);
    }

    void everyLinkResolvesInsideTheFolder()
    {
        const ExportResult r = exported(u"links"_s);
        QVERIFY(!r.folder.isEmpty());
        const QString root = QDir(r.folder).canonicalPath();
        QHash<QString, QSet<QString>> idsOf; // file → ids in it
        std::map<QString, Parsed> parsed;
        for (const QString &file : tree(root)) {
            if (!file.endsWith(u".html"))
                continue;
            Parsed doc = parse(fileBytes(QDir(root).filePath(file)));
            QVERIFY2(doc && doc->root, qPrintable(file));
            // No parse error at all: a browser builds what was written.
            QVERIFY2(doc->errors.length == 0,
                     qPrintable(file + u": %1 parse errors"_s.arg(doc->errors.length)));
            QCOMPARE(doc->document->v.document.doc_type_quirks_mode, GUMBO_DOCTYPE_NO_QUIRKS);
            QCOMPARE(attribute(doc->root->v.element, "lang"), u"el"_s);
            idsOf.insert(file, ids(doc.get()));
            parsed.emplace(file, std::move(doc));
        }
        QCOMPARE(parsed.size(), size_t(8)); // index, materials, six pages… and nothing else
        int local = 0, external = 0, fragments = 0;
        QStringList problems;
        for (const auto &[file, doc] : parsed) {
            const QString dir = QFileInfo(QDir(root).filePath(file)).absolutePath();
            walk(doc->root, [&](const GumboElement &e) {
                if (e.tag == GUMBO_TAG_SCRIPT || e.tag == GUMBO_TAG_IFRAME ||
                    e.tag == GUMBO_TAG_OBJECT || e.tag == GUMBO_TAG_EMBED)
                    problems.append(file + u": a script or an embedded object"_s);
                for (unsigned i = 0; i < e.attributes.length; ++i) {
                    const auto *a = static_cast<const GumboAttribute *>(e.attributes.data[i]);
                    if (QString::fromUtf8(a->name).startsWith(u"on"))
                        problems.append(file + u": an event handler"_s);
                }
                for (const char *name : {"href", "src"}) {
                    if (!gumbo_get_attribute(&e.attributes, name))
                        continue;
                    const QString url = attribute(e, name);
                    const QString where = file + u": "_s + url;
                    if (url.startsWith(u"https://") || url.startsWith(u"http://") ||
                        url.startsWith(u"mailto:")) {
                        if (qstrcmp(name, "href") != 0)
                            problems.append(where + u" (a picture from outside)"_s);
                        ++external;
                        continue;
                    }
                    if (url.isEmpty() || url.contains(u':') || url.startsWith(u'/') ||
                        url.contains(u'\\')) {
                        problems.append(where + u" (not a relative link)"_s);
                        continue;
                    }
                    const QString target = url.section(u'#', 0, 0);
                    const QString fragment = url.section(u'#', 1);
                    QString targetFile = file;
                    if (!target.isEmpty()) {
                        const QString resolved =
                            QFileInfo(QDir(dir).filePath(target)).canonicalFilePath();
                        if (resolved.isEmpty() || !QFileInfo(resolved).isFile()) {
                            problems.append(where + u" (no such file)"_s);
                            continue;
                        }
                        if (!resolved.startsWith(root + u'/')) {
                            problems.append(where + u" (outside the folder)"_s);
                            continue;
                        }
                        targetFile = QDir(root).relativeFilePath(resolved);
                        ++local;
                    }
                    if (url.contains(u'#')) {
                        if (!idsOf.value(targetFile).contains(fragment))
                            problems.append(where + u" (no such fragment)"_s);
                        ++fragments;
                    }
                }
            });
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QVERIFY(local > 80); // the style sheet and the navigation of every file, at least
        QCOMPARE(external, 3);
        QCOMPARE(fragments,
                 3); // the missing video twice (once it is inside a link), the unknown one

        // The links the teachers wrote are kept as written.
        const QByteArray welcome = fileBytes(r.folder + u"/pages/1-bienvenue-kalos-irthate.html"_s);
        QVERIFY(welcome.contains("href=\"https://example.org/a?b=1&amp;c=2\""));
        QVERIFY(welcome.contains("href=\"mailto:marie@example.org\""));
    }

    void materialsAreInTheirPlaces()
    {
        Fixture f;
        const ExportResult r = exported(u"materials"_s, &f);
        QVERIFY(!r.folder.isEmpty());
        const QString png =
            r.folder + u"/materials/"_s + f.pngSha.left(12) + u"-photo-de-classe.png"_s;
        const QString pdf =
            r.folder + u"/materials/"_s + f.pdfSha.left(12) + u"-programme-ete.pdf"_s;
        QCOMPARE(sha256(fileBytes(png)), f.pngSha.toLatin1());
        QCOMPARE(sha256(fileBytes(pdf)), f.pdfSha.toLatin1());
        QCOMPARE(fileBytes(png), f.png);

        // The picture is shown; the PDF an <img> pointed at is a link; the missing video is
        // its name, linked to its entry among the missing (and not a link inside a link).
        Parsed welcome = parse(fileBytes(r.folder + u"/pages/1-bienvenue-kalos-irthate.html"_s));
        QStringList images;
        walk(welcome->root, [&](const GumboElement &e) {
            if (e.tag == GUMBO_TAG_IMG)
                images.append(attribute(e, "src") + u'|' + attribute(e, "alt"));
        });
        QCOMPARE(images, QStringList{u"../materials/"_s + f.pngSha.left(12) +
                                     u"-photo-de-classe.png|Notre classe"_s});
        Parsed emoji = parse(fileBytes(r.folder + u"/pages/6-emojis-et-accents.html"_s));
        QStringList links;
        int emojiImages = 0;
        walk(emoji->root, [&](const GumboElement &e) {
            if (e.tag == GUMBO_TAG_A && attribute(e, "href").contains(u"materials/"))
                links.append(attribute(e, "href"));
            emojiImages += e.tag == GUMBO_TAG_IMG;
        });
        QCOMPARE(emojiImages, 0);
        QCOMPARE(links,
                 QStringList{u"../materials/"_s + f.pdfSha.left(12) + u"-programme-ete.pdf"_s});
        Parsed passwd = parse(fileBytes(r.folder + u"/pages/3-etc-passwd.html"_s));
        int missingLinks = 0, nested = 0, passwdImages = 0;
        walk(passwd->root, [&](const GumboElement &e) {
            passwdImages += e.tag == GUMBO_TAG_IMG;
            if (e.tag == GUMBO_TAG_A &&
                attribute(e, "href") == u"../materials.html#missing-"_s + missingSha)
                ++missingLinks;
            if (e.tag == GUMBO_TAG_SPAN && attribute(e, "class") == u"missing-material")
                ++nested;
        });
        QCOMPARE(passwdImages, 0);
        QCOMPARE(missingLinks, 1);
        QCOMPARE(nested, 1); // inside the https link: its name as text
        QVERIFY(texts(passwd.get(), GUMBO_TAG_MAIN).value(0).contains(u"Vidéo finale.mp4"_s));

        // materials.html lists all: the two here with a link, the missing ones by name.
        Parsed list = parse(fileBytes(r.folder + u"/materials.html"_s));
        const QSet<QString> listed = ids(list.get());
        QVERIFY(listed.contains(u"material-"_s + f.pngSha));
        QVERIFY(listed.contains(u"material-"_s + f.pdfSha));
        QVERIFY(listed.contains(u"missing-"_s + missingSha));
        QVERIFY(listed.contains(u"missing-"_s + unknownSha));
        const QString main = texts(list.get(), GUMBO_TAG_MAIN).value(0);
        QVERIFY(main.contains(u"Programme été.pdf"_s));
        QVERIFY(main.contains(u"These materials were not on the computer that made this export"_s));
        QVERIFY(main.contains(u"Unnamed material "_s + unknownSha.left(12)));
        QStringList titles;
        walk(list->root, [&](const GumboElement &e) {
            if (attribute(e, "id").startsWith(u"missing-"))
                titles.append(attribute(e, "title"));
        });
        QCOMPARE(titles,
                 QStringList(2, u"This material was not on the computer that made this export"_s));
    }

    void theProjectIsDescribed()
    {
        const ExportResult r = exported(u"index"_s);
        Parsed index = parse(fileBytes(r.folder + u"/index.html"_s));
        const QString main = texts(index.get(), GUMBO_TAG_MAIN).value(0);
        for (const QString &expected : {greekTitle,
                                        u"Three schools write \"a book\" together & <share> it."_s,
                                        u"Second paragraph,"_s,
                                        u"To read in three languages."_s,
                                        u"One chapter a month."_s,
                                        u"A book."_s,
                                        catalogue::subjectName(u"maths"_s),
                                        catalogue::subjectName(u"history"_s),
                                        catalogue::languageName(u"el"_s),
                                        catalogue::languageName(u"fr"_s),
                                        u"10–12"_s,
                                        u"6 months"_s,
                                        u"Active"_s,
                                        u"European project"_s,
                                        u"Founders"_s,
                                        u"Partners"_s,
                                        u"Marie Dubois"_s,
                                        u"École Jules Ferry"_s,
                                        catalogue::countryName(u"GR"_s),
                                        u"Łukasz <b>Nowak</b>"_s,
                                        catalogue::countryName(u"PL"_s),
                                        u"National approvals"_s,
                                        u"Approved"_s,
                                        u"Nos écoles"_s,
                                        u"../../etc/passwd"_s})
            QVERIFY2(main.contains(expected), qPrintable(expected));
        QVERIFY(!main.contains(u"Left Early"_s)); // withdrawn: not a partner
        // The tree: three levels, in order.
        const QString nav = texts(index.get(), GUMBO_TAG_NAV).value(0);
        QVERIFY(nav.indexOf(u"Bienvenue"_s) < nav.indexOf(u"Nos écoles"_s));
        QVERIFY(nav.indexOf(u"Nos écoles"_s) < nav.indexOf(u"../../etc/passwd"_s));
        QVERIFY(nav.indexOf(u"../../etc/passwd"_s) < nav.indexOf(u"CON"_s));

        // A page: its breadcrumbs, its place marked in the tree, its version line.
        Parsed passwd = parse(fileBytes(r.folder + u"/pages/3-etc-passwd.html"_s));
        const QStringList crumbs =
            texts(passwd.get(), GUMBO_TAG_OL).value(0).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(crumbs, (QStringList{greekTitle, u"Bienvenue — Καλώς ήρθατε"_s, u"Nos écoles"_s,
                                      u"../../etc/passwd"_s}));
        QStringList current;
        walk(passwd->root, [&](const GumboElement &e) {
            if (e.tag == GUMBO_TAG_A && attribute(e, "aria-current") == u"page")
                current.append(attribute(e, "href"));
        });
        QCOMPARE(current, QStringList{u"../pages/3-etc-passwd.html"_s});
        Parsed welcome = parse(fileBytes(r.folder + u"/pages/1-bienvenue-kalos-irthate.html"_s));
        const QString version = texts(welcome.get(), GUMBO_TAG_ARTICLE).value(0);
        QVERIFY2(version.contains(u"Version 3, published on "_s) &&
                     version.contains(u" by Γιώργος Παπαδόπουλος"_s),
                 qPrintable(version));
        QVERIFY(texts(passwd.get(), GUMBO_TAG_ARTICLE).value(0).contains(u"Version 3"_s));
        Parsed schools = parse(fileBytes(r.folder + u"/pages/2-nos-ecoles.html"_s));
        QCOMPARE(texts(schools.get(), GUMBO_TAG_TD).size(), 3);

        // style.css: no font, script or anything else from outside.
        const QByteArray css = fileBytes(r.folder + u"/style.css"_s);
        QVERIFY(css.contains("@media print"));
        QVERIFY(!css.contains("url(") && !css.contains("@import") && !css.contains("@font-face"));
    }

    void textIsEscaped()
    {
        const QString script = u"<script>alert(1)</script>"_s;
        const ExportResult r = exported(u"escaped"_s, nullptr, script);
        QVERIFY(!r.folder.isEmpty());
        QCOMPARE(QFileInfo(r.folder).fileName(), u"script-alert-1-script-2024-05-06"_s);
        for (const QString &file : tree(r.folder)) {
            if (!file.endsWith(u".html"))
                continue;
            const QByteArray bytes = fileBytes(QDir(r.folder).filePath(file));
            QVERIFY2(!bytes.contains("<script"), qPrintable(file));
            QVERIFY2(!bytes.contains("<b>Nowak"), qPrintable(file));
            Parsed doc = parse(bytes);
            int scripts = 0;
            walk(doc->root, [&](const GumboElement &e) { scripts += e.tag == GUMBO_TAG_SCRIPT; });
            QCOMPARE(scripts, 0);
            QVERIFY2(texts(doc.get(), GUMBO_TAG_TITLE).value(0).contains(script), qPrintable(file));
        }
        Parsed index = parse(fileBytes(r.folder + u"/index.html"_s));
        QCOMPARE(texts(index.get(), GUMBO_TAG_H1), QStringList{script});
        Parsed page = parse(fileBytes(r.folder + u"/pages/5-script-alert-1-script.html"_s));
        QCOMPARE(texts(page.get(), GUMBO_TAG_H1), QStringList{u"<script>alert(1)</script>"_s});
        QVERIFY(
            texts(page.get(), GUMBO_TAG_P).join(u'\n').contains(u"<script>alert(2)</script>"_s));
    }

    void theReadmeSaysWhatItIs()
    {
        Fixture f;
        const ExportResult r = exported(u"readme"_s, &f);
        const QString readme = QString::fromUtf8(fileBytes(r.folder + u"/README.txt"_s));
        QVERIFY(readme.startsWith(greekTitle + u"\r\n"_s));
        QVERIFY(readme.contains(u"index.html in a web browser"_s));
        QVERIFY(readme.contains(u"by Marie Dubois"_s));
        QVERIFY(readme.contains(u"2024-05-06T14:03:00"_s));
        QVERIFY(readme.contains(u"- Vidéo finale.mp4\r\n"_s));
        QVERIFY(readme.contains(u"- Unnamed material "_s + unknownSha.left(12)));
        for (const QString &file : tree(r.folder))
            if (!file.endsWith(u'/'))
                QVERIFY2(readme.contains(file), qPrintable(file));
        // Each file with what it holds: a page by its title, as typed.
        static const QRegularExpression pageLine(
            u"\\r\\npages/5-script-alert-1-script\\.html +<script>alert\\(1\\)</script>\\r\\n"_s);
        QVERIFY(pageLine.match(readme).hasMatch());
        QCOMPARE(readme.count(u'\n'), readme.count(u"\r\n"_s));
    }

    void theZipHoldsTheSameFiles()
    {
        const ExportResult r = exported(u"zip"_s);
        QVERIFY(QFileInfo(r.zipFile).isFile());
        QString error;
        const QMap<QString, QByteArray> entries = zipEntries(r.zipFile, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString top = QFileInfo(r.folder).fileName() + u'/';
        QStringList names;
        for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
            QVERIFY2(it.key().startsWith(top), qPrintable(it.key()));
            const QString rel = it.key().mid(top.size());
            if (rel.isEmpty())
                continue;
            names.append(rel);
            if (!rel.endsWith(u'/'))
                QVERIFY2(it.value() == fileBytes(QDir(r.folder).filePath(rel)), qPrintable(rel));
        }
        QVERIFY(entries.contains(top));
        names.sort();
        QCOMPARE(names, tree(r.folder));
    }

    void nothingIsWrittenElsewhere()
    {
        const QString target = path(u"elsewhere/target"_s);
        const QString sources = path(u"elsewhere/sources"_s);
        Fixture f = fixture(sources, greekTitle);
        const QStringList before = tree(path(u"elsewhere"_s));
        const QByteArray pngBefore = fileBytes(sources + u"/photo.bin"_s);
        const auto r = exportProject(f.source, target);
        QVERIFY(r);
        QStringList after = tree(path(u"elsewhere"_s));
        QStringList added;
        for (const QString &entry : std::as_const(after))
            if (!before.contains(entry))
                added.append(entry);
        for (const QString &entry : std::as_const(added)) {
            const bool inFolder =
                entry.startsWith(u"target/"_s + QFileInfo(r.value().folder).fileName() + u'/');
            QVERIFY2(entry == u"target/"_s || inFolder ||
                         entry == u"target/"_s + QFileInfo(r.value().zipFile).fileName(),
                     qPrintable(entry));
        }
        QCOMPARE(fileBytes(sources + u"/photo.bin"_s), pngBefore);
        // Without a zip, only the folder.
        const auto plain = exportProject(f.source, target, false);
        QVERIFY(plain);
        QVERIFY(plain.value().zipFile.isEmpty());
        QVERIFY(!QFileInfo::exists(plain.value().folder + u".zip"_s));
    }

    void neverOverAnEarlierExport()
    {
        Fixture f = fixture(path(u"twice-sources"_s), greekTitle);
        const auto first = exportProject(f.source, path(u"twice"_s));
        QVERIFY(first);
        const QByteArray index = fileBytes(first.value().folder + u"/index.html"_s);
        const QByteArray zip = fileBytes(first.value().zipFile);
        f.source.project.summary = u"Changed since."_s;
        const auto second = exportProject(f.source, path(u"twice"_s));
        QVERIFY(second);
        QVERIFY(second.value().folder != first.value().folder);
        QCOMPARE(second.value().folder, first.value().folder + u"-2"_s);
        QCOMPARE(second.value().zipFile, first.value().folder + u"-2.zip"_s);
        QCOMPARE(fileBytes(first.value().folder + u"/index.html"_s), index);
        QCOMPARE(fileBytes(first.value().zipFile), zip);
        QVERIFY(fileBytes(second.value().folder + u"/index.html"_s).contains("Changed since."));
        // A .partial left by an export that was cut short is neither used nor removed.
        const QString cut = first.value().folder + u"-3.partial"_s;
        QVERIFY(QDir().mkpath(cut));
        const auto third = exportProject(f.source, path(u"twice"_s));
        QVERIFY(third);
        QCOMPARE(third.value().folder, first.value().folder + u"-4"_s);
        QVERIFY(QFileInfo(cut).isDir());
    }

    void aReadOnlyTargetIsRefused()
    {
        ReadOnlyFolder target(path(u"read-only"_s));
        if (!target.reallyReadOnly())
            QSKIP("this file system lets this user write into a read-only folder");
        Fixture f = fixture(path(u"read-only-sources"_s), greekTitle);
        const auto r = exportProject(f.source, target.path);
        QVERIFY(!r);
        QCOMPARE(r.error().code, u"export_not_writable"_s);
        QVERIFY2(r.error().message.contains(QDir::toNativeSeparators(target.path)),
                 qPrintable(r.error().message));
        QVERIFY2(r.error().message.startsWith(u"The export could not be written in "_s),
                 qPrintable(r.error().message));
        QCOMPARE(tree(target.path), QStringList());
        // A folder to be made inside it: the same.
        const auto deeper = exportProject(f.source, target.path + u"/inside"_s);
        QVERIFY(!deeper);
        QCOMPARE(deeper.error().code, u"export_not_writable"_s);
        QVERIFY(deeper.error().message.contains(target.path + u"/inside"_s));
    }

    // A disk that fills up midway: nothing is left that looks like an export, not even the
    // .partial folder.
    void aFailedExportLeavesNothing()
    {
        Fixture f = fixture(path(u"full-sources"_s), greekTitle);
        const QString target = path(u"full"_s);
        QVERIFY(QDir().mkpath(target));
        // Files may not grow past 40 kB for a moment: the 70 kB PDF cannot be copied.
        std::signal(SIGXFSZ, SIG_IGN);
        rlimit before{};
        QVERIFY(::getrlimit(RLIMIT_FSIZE, &before) == 0);
        rlimit small = before;
        small.rlim_cur = 40'000;
        QVERIFY(::setrlimit(RLIMIT_FSIZE, &small) == 0);
        const auto r = exportProject(f.source, target);
        QVERIFY(::setrlimit(RLIMIT_FSIZE, &before) == 0);
        QVERIFY(!r);
        QCOMPARE(r.error().code, u"export_failed"_s);
        QVERIFY2(r.error().message.contains(target + u"/evropi-ma-ecole-naive-facade-2024-05-06"_s),
                 qPrintable(r.error().message));
        QCOMPARE(tree(target), QStringList());
        // And once there is room again, the same name is free.
        const auto again = exportProject(f.source, target);
        QVERIFY(again);
        QCOMPARE(QFileInfo(again.value().folder).fileName(),
                 u"evropi-ma-ecole-naive-facade-2024-05-06"_s);
    }

    void aProjectNotHereIsSaidSo()
    {
        const auto r = exportProject(ExportSource{}, path(u"none"_s));
        QVERIFY(!r);
        QCOMPARE(r.error().code, u"not_found"_s);
        QVERIFY(!QFileInfo::exists(path(u"none"_s)));
    }

    // What a pull writes into the cache, read back by exportSource() and exported.
    void exportsWhatTheCacheHolds()
    {
        LocalStore store(path(u"cache/account.sqlite"_s));
        QVERIFY(store.open().ok());
        exportFrom(store);
        store.releaseThreadConnection();
    }

private:
    void exportFrom(LocalStore &store)
    {
        QSqlDatabase db = store.connection();
        const QString scope = u"project:7"_s;
        const Project p = makeProject(greekTitle);
        QVERIFY(project_cache::apply(db, scope, {Change{u"project"_s, 7, 5, false, p.toJson()}}));
        QList<Change> pages;
        const QString sha = QString::fromLatin1(sha256("a picture nobody downloaded"));
        pages.append(
            {u"page"_s, 1, 1, false,
             makePage(1, 0, 1, u"Accueil"_s,
                      u"<p>Bonjour <img src=\"material:%1\" alt=\"photo\"></p>\n"_s.arg(sha))
                 .toJson()});
        pages.append(
            {u"page"_s, 2, 1, false, makePage(2, 1, 1, u"Enfant"_s, u"<p>Texte</p>\n"_s).toJson()});
        pages.append({u"page"_s, 3, 1, false,
                      makePage(3, 2, 1, u"Petit-enfant"_s, u"<p>Plus bas</p>\n"_s).toJson()});
        pages.append({u"page"_s, 4, 1, false,
                      makePage(4, 0, 0.5, u"Avant"_s, u"<p>Premier</p>\n"_s).toJson()});
        QVERIFY(page_cache::apply(db, scope, pages));
        Page draft = makePage(5, 0, 3, u"Brouillon"_s, u"<p>Pas encore</p>\n"_s);
        draft.state = u"draft"_s;
        draft.revision = 0;
        QVERIFY(page_cache::apply(db, u"me"_s, {Change{u"page"_s, 5, 1, false, draft.toJson()}}));
        PageRevision r;
        r.pageId = 2;
        r.number = 3;
        r.authorName = u"Łukasz Nowak"_s;
        r.createdAt = QDateTime(QDate(2024, 3, 3), QTime(12, 0)).toMSecsSinceEpoch();
        r.kind = u"published"_s;
        QVERIFY(page_cache::applyRevisions(
            db, scope, {Change{u"page_revision"_s, r.entityId(), 1, false, r.toJson()}}));
        // Done here and not sent: not part of the project yet.
        QVERIFY(page_cache::rename(db, 7, 2, u"Renommé ici"_s).ok());
        QVERIFY(project_cache::edit(db, 7, {{u"title"_s, u"Titre pas encore envoyé"_s}}).ok());

        ExportSource source = exportSource(db, 7);
        QCOMPARE(source.project.title, greekTitle);
        QCOMPARE(source.project.members.size(), 4);
        QList<qint64> ids;
        for (const page_cache::Entry &e : std::as_const(source.pages))
            ids.append(e.page.id);
        QCOMPARE(ids, (QList<qint64>{4, 1, 2, 3}));
        QCOMPARE(source.pages[2].page.title, u"Enfant"_s);
        QVERIFY(source.materials.isEmpty());
        QVERIFY(source.at.isValid());
        QCOMPARE(source.published.value(2).authorName, u"Łukasz Nowak"_s);
        source.exportedBy = u"Marie Dubois"_s;

        const auto result = exportProject(source, path(u"from-cache"_s));
        QVERIFY(result);
        QCOMPARE(result.value().pages, 4);
        QCOMPARE(result.value().missing, QStringList{u"Unnamed material "_s + sha.left(12)});
        QCOMPARE(QFileInfo(result.value().folder).fileName(),
                 u"evropi-ma-ecole-naive-facade-"_s + source.at.date().toString(u"yyyy-MM-dd"_s));
        QCOMPARE(tree(result.value().folder + u"/pages"_s),
                 (QStringList{u"1-avant.html"_s, u"2-accueil.html"_s, u"3-enfant.html"_s,
                              u"4-petit-enfant.html"_s}));
        Parsed child = parse(fileBytes(result.value().folder + u"/pages/3-enfant.html"_s));
        QVERIFY(
            texts(child.get(), GUMBO_TAG_ARTICLE).value(0).contains(u"Version 3, published on "_s));
        QVERIFY(texts(child.get(), GUMBO_TAG_ARTICLE).value(0).contains(u"by Łukasz Nowak"_s));
        Parsed home = parse(fileBytes(result.value().folder + u"/pages/2-accueil.html"_s));
        QString missing;
        walk(home->root, [&](const GumboElement &e) {
            if (e.tag == GUMBO_TAG_A && attribute(e, "class") == u"missing-material")
                missing = attribute(e, "href");
        });
        QCOMPARE(missing, u"../materials.html#missing-"_s + sha);
        QVERIFY(!fileBytes(result.value().folder + u"/index.html"_s).contains("Titre pas encore"));
    }
};

QTEST_GUILESS_MAIN(TestProjectExport)
#include "tst_project_export.moc"
