// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/kinds/review_explanations.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace etw::kinds::review {

using namespace Qt::StringLiterals;

namespace {
QString translated(const char *text)
{
    return QCoreApplication::translate("etw::ReviewExplanations", text);
}
} // namespace

QString explainRefusedDecision(const QString &kind, const QJsonObject &data,
                               const QJsonObject &details)
{
    // Only a decision says "decision" (a project's other edits and actions keep their wording).
    if (kind != u"rejected" || !data.contains(u"decision"_s))
        return {};
    const QString code = details.value(u"code"_s).toString();
    if (code == u"forbidden")
        return translated(QT_TRANSLATE_NOOP("etw::ReviewExplanations",
                                            "Your decision was not recorded: your national "
                                            "support service decides on this item (it has not "
                                            "let regional correspondents decide)."));
    if (code == u"not_found")
        return translated(QT_TRANSLATE_NOOP("etw::ReviewExplanations",
                                            "Your decision was not recorded: this item is no "
                                            "longer in your review."));
    if (code != u"already_decided")
        return {};
    const QJsonObject current = details.value(u"current"_s).toObject();
    // A registration carries its decision inside; a project decision is the decision itself.
    const QJsonObject decision =
        current.contains(u"request"_s) ? current.value(u"decision"_s).toObject() : current;
    if (decision.isEmpty())
        return translated(QT_TRANSLATE_NOOP("etw::ReviewExplanations",
                                            "Your decision was not recorded: the teacher changed "
                                            "school since, and the registration waits for a new "
                                            "decision."));
    const QString what = decision.value(u"decision"_s).toString();
    const char *text = nullptr;
    if (what == u"validated")
        text = QT_TRANSLATE_NOOP("etw::ReviewExplanations",
                                 "Your decision was not recorded: %1 had already validated this "
                                 "registration, on %2. Their decision stands.");
    else if (what == u"approved")
        text = QT_TRANSLATE_NOOP("etw::ReviewExplanations",
                                 "Your decision was not recorded: %1 had already approved this "
                                 "project, on %2. Their decision stands.");
    else
        text = QT_TRANSLATE_NOOP("etw::ReviewExplanations",
                                 "Your decision was not recorded: %1 had already refused it, on "
                                 "%2. Their decision stands.");
    QString who = decision.value(u"decidedByName"_s).toString();
    if (who.isEmpty())
        who = translated(QT_TRANSLATE_NOOP("etw::ReviewExplanations", "a colleague"));
    const QDateTime at =
        QDateTime::fromMSecsSinceEpoch(decision.value(u"decidedAt"_s).toInteger()).toLocalTime();
    QString out = translated(text).arg(who, QLocale().toString(at, QLocale::ShortFormat));
    const QString reason = decision.value(u"reason"_s).toString();
    if (!reason.isEmpty())
        out += u"\n\n"_s +
               translated(QT_TRANSLATE_NOOP("etw::ReviewExplanations", "Reason: %1")).arg(reason);
    return out;
}

} // namespace etw::kinds::review
