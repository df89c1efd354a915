// SPDX-License-Identifier: GPL-3.0-or-later
// Every user-visible string has a real French translation that keeps its placeholders, and the
// compiled catalogue the program embeds translates them.
#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {
struct Message
{
    QString context, source, translation, type;
};

QList<Message> readTs(const QString &path)
{
    QList<Message> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name")
            context = xml.readElementText();
        else if (xml.name() == u"message")
            current = Message{context, {}, {}, {}};
        else if (xml.name() == u"source")
            current.source = xml.readElementText();
        else if (xml.name() == u"translation") {
            current.type = xml.attributes().value(u"type"_s).toString();
            // A plural entry holds one form per number class: each is checked on its own.
            QStringList forms;
            QString text;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == u"numerusform")
                    forms.append(xml.readElementText());
                else if (xml.isEndElement() && xml.name() == u"translation")
                    break;
            }
            if (forms.isEmpty())
                forms.append(text);
            for (const QString &form : std::as_const(forms)) {
                current.translation = form;
                out.append(current);
            }
        }
    }
    return out;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(u"%L?\\d"_s);
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.append(it.next().captured().remove(u'L'));
    found.sort();
    return found;
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void frenchIsComplete()
    {
        const QList<Message> messages = readTs(QStringLiteral(ETW_TS_FR));
        QVERIFY(messages.size() > 200);
        for (const Message &m : messages) {
            const QString where = m.context + u": "_s + m.source;
            QVERIFY2(m.type.isEmpty(), qPrintable(u"not finished: "_s + where));
            QVERIFY2(!m.translation.trimmed().isEmpty(), qPrintable(u"empty: "_s + where));
            QCOMPARE(placeholders(m.translation), placeholders(m.source));
        }
    }

    void embeddedCatalogueTranslates()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(ETW_QM_FR)));
        QCOMPARE(translator.translate("etw::MainWindow", "Find partners"),
                 u"Trouver des partenaires"_s);
        QCOMPARE(translator.translate("etw::Country", "Germany"), u"Allemagne"_s);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
