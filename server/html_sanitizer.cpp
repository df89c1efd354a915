// SPDX-License-Identifier: GPL-3.0-or-later
#include "html_sanitizer.h"

#include <QStringList>

#include <gumbo.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>
#include <optional>
#include <vector>

namespace etw::server::html {

using namespace Qt::StringLiterals;

namespace {

// Qt's editor nests a few levels at most. Beyond these limits the structure is flattened
// (the text stays), so that a hostile page cannot make the parser, the walk or the output
// grow without bound: gumbo takes seconds for 10,000 nested elements and minutes for 50,000.
constexpr int maxSourceNesting = 100; // elements open at once, estimated before parsing
constexpr int maxContainerDepth = 40; // lists, items, tables and quotes in one another
constexpr int maxInlineDepth = 16;    // inline elements in one another within one block
// Escaping grows text at most 6 times (" → &quot;); formatting carried into every paragraph
// it covers could grow more. Past this many times the input, the rest of the page is cut:
// the output is at most that, plus one start tag (its attributes are at most
// maxAttributeLength long, 6 times that escaped) and the end tags of what is open.
constexpr qsizetype outputFactor = 8;
constexpr qsizetype maxAttributeLength = 2048;

struct GumboDeleter
{
    void operator()(GumboOutput *output) const
    {
        gumbo_destroy_output(&kGumboDefaultOptions, output);
    }
};
using GumboTree = std::unique_ptr<GumboOutput, GumboDeleter>;

GumboTree parse(const QByteArray &utf8)
{
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0; // the errors are of no use here, and a hostile page has millions
    return GumboTree(gumbo_parse_with_options(&options, utf8.constData(), size_t(utf8.size())));
}

bool isAsciiSpace(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

bool isControl(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f);
}

bool isAsciiDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

bool isAsciiLetter(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

void appendEscaped(QString &out, QChar c, bool attribute)
{
    switch (c.unicode()) {
    case u'&':
        out += u"&amp;";
        break;
    case u'<':
        out += u"&lt;";
        break;
    case u'>':
        out += u"&gt;";
        break;
    case u'"':
        if (attribute) {
            out += u"&quot;";
            break;
        }
        [[fallthrough]];
    default:
        out += c;
    }
}

// --- Before parsing: a bound on nesting --------------------------------------------------

bool isAsciiSpace8(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

bool isAsciiLetter8(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

enum class Nesting {
    Counted,
    // Void elements, and those the parser closes by itself when the next one starts: they do
    // not deepen the tree on their own, so counting them would flatten ordinary sloppy HTML.
    None,
    RawText, // the content is text for the parser, whatever it looks like
};

Nesting nestingOf(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_AREA:
    case GUMBO_TAG_BASE:
    case GUMBO_TAG_BASEFONT:
    case GUMBO_TAG_BGSOUND:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_COL:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_FRAME:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_IMAGE:
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_ISINDEX:
    case GUMBO_TAG_KEYGEN:
    case GUMBO_TAG_LINK:
    case GUMBO_TAG_META:
    case GUMBO_TAG_PARAM:
    case GUMBO_TAG_SOURCE:
    case GUMBO_TAG_TRACK:
    case GUMBO_TAG_WBR:
    case GUMBO_TAG_MENUITEM:
    case GUMBO_TAG_P:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_OPTION:
    case GUMBO_TAG_OPTGROUP:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_COLGROUP:
    case GUMBO_TAG_RB:
    case GUMBO_TAG_RT:
    case GUMBO_TAG_RP:
    case GUMBO_TAG_RTC:
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_BODY:
        return Nesting::None;
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_XMP:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_NOEMBED:
    case GUMBO_TAG_NOFRAMES:
    case GUMBO_TAG_PLAINTEXT:
        return Nesting::RawText;
    default:
        return Nesting::Counted;
    }
}

const char *findBytes(const char *from, const char *end, const QByteArray &what, bool anyCase)
{
    const qsizetype n = what.size();
    const char *p = from;
    while (end - p >= n) {
        const void *first = std::memchr(p, what[0], size_t(end - p - n + 1));
        if (!first)
            return nullptr;
        p = static_cast<const char *>(first);
        const QByteArrayView here(p, n);
        if (anyCase ? here.compare(what, Qt::CaseInsensitive) == 0 : here == what)
            return p;
        ++p;
    }
    return nullptr;
}

// Past the '>' closing the tag that starts before `p`; quotes after '=' may hide a '>'.
const char *tagEnd(const char *p, const char *end)
{
    char previous = 0;
    while (p < end) {
        const char c = *p;
        if ((c == '"' || c == '\'') && previous == '=') {
            const void *close = std::memchr(p + 1, c, size_t(end - p - 1));
            if (!close)
                return end;
            p = static_cast<const char *>(close) + 1;
            previous = c;
            continue;
        }
        if (c == '>')
            return p + 1;
        if (!isAsciiSpace8(c))
            previous = c;
        ++p;
    }
    return end;
}

// A rough tokenizer counts the elements open at once and leaves out the start tags beyond
// the limit (and as many end tags). It may misjudge odd markup; that only loses structure,
// never safety: whatever it returns still goes through gumbo and the allow-list.
QByteArray limitNesting(const QByteArray &in, int &dropped)
{
    QByteArray out;
    out.reserve(in.size());
    const char *p = in.constData();
    const char *const end = p + in.size();
    int depth = 0;
    int excess = 0;
    while (p < end) {
        const void *lt = std::memchr(p, '<', size_t(end - p));
        if (!lt) {
            out.append(p, end - p);
            break;
        }
        out.append(p, static_cast<const char *>(lt) - p);
        p = static_cast<const char *>(lt);
        if (end - p >= 4 && std::memcmp(p, "<!--", 4) == 0) {
            const char *close = findBytes(p + 4, end, "-->", false);
            const char *stop = close ? close + 3 : end;
            out.append(p, stop - p);
            p = stop;
            continue;
        }
        const bool closing = end - p >= 2 && p[1] == '/';
        const char *name = p + (closing ? 2 : 1);
        if (name >= end || !isAsciiLetter8(*name)) {
            const bool declaration = end - p >= 2 && (p[1] == '!' || p[1] == '?');
            const char *stop = declaration ? tagEnd(p + 2, end) : p + 1;
            out.append(p, stop - p);
            p = stop;
            continue;
        }
        const char *nameEnd = name;
        while (nameEnd < end && !isAsciiSpace8(*nameEnd) && *nameEnd != '/' && *nameEnd != '>')
            ++nameEnd;
        const QByteArray tagName = QByteArray(name, nameEnd - name).toLower();
        const GumboTag tag = gumbo_tagn_enum(tagName.constData(), unsigned(tagName.size()));
        const Nesting nesting = nestingOf(tag);
        const char *stop = tagEnd(nameEnd, end);
        bool keep = true;
        if (nesting == Nesting::Counted) {
            if (closing) {
                if (excess > 0) {
                    --excess;
                    keep = false;
                } else if (depth > 0) {
                    --depth;
                }
            } else if (depth >= maxSourceNesting) {
                ++excess;
                keep = false;
            } else {
                ++depth;
            }
        }
        if (keep)
            out.append(p, stop - p);
        else
            ++dropped;
        p = stop;
        if (!closing && nesting == Nesting::RawText) {
            const char *close =
                tag == GUMBO_TAG_PLAINTEXT ? nullptr : findBytes(p, end, "</" + tagName, true);
            const char *textEnd = close ? close : end;
            out.append(p, textEnd - p);
            p = textEnd;
        }
    }
    return out;
}

// --- The allow-list ----------------------------------------------------------------------

enum class Role {
    Transparent, // html, body: the page itself
    Head,
    Drop,     // with its content
    Unwrap,   // its content stays, in the same line
    Boundary, // its content stays, but it ends the paragraph it interrupts (div, section…)
    Inline,
    Br,
    Img,
    Hr,
    Text, // p, h1–h6, pre: a block of inline content
    Quote,
    List,
    Li,
    Table,
    Section,
    Row,
    Cell,
};

Role roleOf(const GumboNode *node)
{
    if (node->type == GUMBO_NODE_TEMPLATE)
        return Role::Drop;
    const GumboElement &element = node->v.element;
    if (element.tag_namespace != GUMBO_NAMESPACE_HTML)
        return Role::Drop;
    switch (element.tag) {
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_BODY:
        return Role::Transparent;
    case GUMBO_TAG_HEAD:
        return Role::Head;
    case GUMBO_TAG_P:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_PRE:
        return Role::Text;
    case GUMBO_TAG_B:
    case GUMBO_TAG_STRONG:
    case GUMBO_TAG_I:
    case GUMBO_TAG_EM:
    case GUMBO_TAG_U:
    case GUMBO_TAG_S:
    case GUMBO_TAG_SUB:
    case GUMBO_TAG_SUP:
    case GUMBO_TAG_SPAN:
    case GUMBO_TAG_A:
    case GUMBO_TAG_CODE:
        return Role::Inline;
    case GUMBO_TAG_BR:
        return Role::Br;
    case GUMBO_TAG_IMG:
        return Role::Img;
    case GUMBO_TAG_HR:
        return Role::Hr;
    case GUMBO_TAG_BLOCKQUOTE:
        return Role::Quote;
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
        return Role::List;
    case GUMBO_TAG_LI:
        return Role::Li;
    case GUMBO_TAG_TABLE:
        return Role::Table;
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TFOOT:
        return Role::Section;
    case GUMBO_TAG_TR:
        return Role::Row;
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
        return Role::Cell;
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_FRAME:
    case GUMBO_TAG_FRAMESET:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_APPLET:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_META:
    case GUMBO_TAG_LINK:
    case GUMBO_TAG_BASE:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_CANVAS:
    // Text meant to be shown only where plug-ins or frames are missing, and the parts of
    // media and plug-ins; inside a table, a caption or columns have no place in the lines.
    case GUMBO_TAG_NOEMBED:
    case GUMBO_TAG_NOFRAMES:
    case GUMBO_TAG_PARAM:
    case GUMBO_TAG_SOURCE:
    case GUMBO_TAG_TRACK:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_COLGROUP:
    case GUMBO_TAG_COL:
        return Role::Drop;
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_LEGEND:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_DIR:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_LISTING:
    case GUMBO_TAG_XMP:
    case GUMBO_TAG_PLAINTEXT:
        return Role::Boundary;
    default:
        return Role::Unwrap;
    }
}

std::optional<int> parseInt(QStringView s, int min, int max)
{
    bool negative = false;
    if (!s.isEmpty() && s.front() == u'-') {
        negative = true;
        s = s.mid(1);
    }
    if (s.isEmpty() || s.size() > 7)
        return std::nullopt;
    int value = 0;
    for (QChar c : s) {
        if (!isAsciiDigit(c.unicode()))
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    if (negative)
        value = -value;
    if (value < min || value > max)
        return std::nullopt;
    return value;
}

std::optional<QString> integerIn(const QString &value, int min, int max)
{
    const auto n = parseInt(value.trimmed(), min, max);
    return n ? std::optional<QString>(QString::number(*n)) : std::nullopt;
}

// A width as HTML 4 writes it: pixels or a percentage.
std::optional<QString> length(const QString &value)
{
    const QString v = value.trimmed();
    if (v.endsWith(u'%')) {
        const auto n = parseInt(QStringView(v).chopped(1), 1, 100);
        return n ? std::optional<QString>(QString::number(*n) + u'%') : std::nullopt;
    }
    return integerIn(v, 1, 4000);
}

std::optional<QString> alignment(const QString &value)
{
    const QString v = value.trimmed().toLower();
    if (v == u"left" || v == u"right" || v == u"center" || v == u"justify")
        return v;
    return std::nullopt;
}

// title, alt: one line of text.
QString plainAttribute(const QString &value)
{
    QString out;
    out.reserve(value.size());
    bool space = false;
    for (QChar c : value) {
        if (isAsciiSpace(c.unicode())) {
            space = !out.isEmpty();
            continue;
        }
        if (isControl(c.unicode()))
            continue;
        if (space)
            out += u' ';
        space = false;
        out += c;
    }
    return out;
}

bool isSha256(QStringView s)
{
    if (s.size() != 64)
        return false;
    for (QChar c : s) {
        const char16_t u = c.unicode();
        if (!isAsciiDigit(u) && !(u >= u'a' && u <= u'f'))
            return false;
    }
    return true;
}

// --- Style -------------------------------------------------------------------------------

// The output order of the properties kept.
constexpr std::array<QStringView, 8> styleProperties = {
    u"font-weight",    u"font-style", u"text-decoration",  u"text-align",
    u"vertical-align", u"color",      u"background-color", u"-qt-list-indent"};

// Splits at the semicolons outside quotes and parentheses, so that a font name such as
// 'a;color:red' cannot hide a declaration.
QStringList declarations(const QString &style)
{
    QStringList parts;
    QString current;
    char16_t quote = 0;
    int parens = 0;
    for (QChar qc : style) {
        const char16_t c = qc.unicode();
        if (quote) {
            if (c == quote)
                quote = 0;
        } else if (c == u'"' || c == u'\'') {
            quote = c;
        } else if (c == u'(') {
            ++parens;
        } else if (c == u')') {
            parens = std::max(0, parens - 1);
        } else if (c == u';' && parens == 0) {
            parts.append(current);
            current.clear();
            continue;
        }
        current += qc;
    }
    parts.append(current);
    return parts;
}

std::optional<QString> colour(const QString &v)
{
    static const QStringList keywords = {
        u"black"_s,   u"white"_s,  u"gray"_s,       u"grey"_s,  u"silver"_s, u"red"_s,
        u"maroon"_s,  u"orange"_s, u"yellow"_s,     u"olive"_s, u"lime"_s,   u"green"_s,
        u"teal"_s,    u"aqua"_s,   u"cyan"_s,       u"blue"_s,  u"navy"_s,   u"fuchsia"_s,
        u"magenta"_s, u"purple"_s, u"transparent"_s};
    if (keywords.contains(v))
        return v;
    auto hex = [](int n) { return QString::number(n, 16).rightJustified(2, u'0'); };
    if (v.startsWith(u'#')) {
        const QStringView digits = QStringView(v).mid(1);
        for (QChar c : digits) {
            const char16_t u = c.unicode();
            if (!isAsciiDigit(u) && !(u >= u'a' && u <= u'f'))
                return std::nullopt;
        }
        if (digits.size() == 6)
            return v;
        if (digits.size() == 3) {
            QString out = u"#"_s;
            for (QChar c : digits)
                out += QString(2, c);
            return out;
        }
        return std::nullopt;
    }
    if (v.startsWith(u"rgb(") && v.endsWith(u')')) {
        const QStringList parts = v.mid(4, v.size() - 5).split(u',');
        if (parts.size() != 3)
            return std::nullopt;
        QString out = u"#"_s;
        for (const QString &part : parts) {
            const auto n = parseInt(part.trimmed(), 0, 255);
            if (!n)
                return std::nullopt;
            out += hex(*n);
        }
        return out;
    }
    return std::nullopt;
}

// `v` is lower-cased and trimmed; the answer is the canonical value.
std::optional<QString> propertyValue(qsizetype property, const QString &v)
{
    auto oneOf = [&v](std::initializer_list<QStringView> allowed) -> std::optional<QString> {
        for (QStringView a : allowed) {
            if (v == a)
                return v;
        }
        return std::nullopt;
    };
    switch (property) {
    case 0: {
        if (v == u"normal" || v == u"bold")
            return v;
        const auto n = parseInt(v, 100, 900);
        if (!n)
            return std::nullopt;
        // Qt writes 400 and 700; the same weight must give the same line.
        if (*n == 400)
            return u"normal"_s;
        if (*n == 700)
            return u"bold"_s;
        return QString::number(*n);
    }
    case 1:
        return oneOf({u"normal", u"italic"});
    case 2: {
        const QStringList words = v.simplified().split(u' ', Qt::SkipEmptyParts);
        if (words == QStringList{u"none"_s})
            return v.simplified();
        bool under = false, over = false, through = false;
        for (const QString &w : words) {
            if (w == u"underline")
                under = true;
            else if (w == u"overline")
                over = true;
            else if (w == u"line-through")
                through = true;
            else
                return std::nullopt;
        }
        QStringList out;
        if (under)
            out.append(u"underline"_s);
        if (over)
            out.append(u"overline"_s);
        if (through)
            out.append(u"line-through"_s);
        if (out.isEmpty())
            return std::nullopt;
        return out.join(u' ');
    }
    case 3:
        return oneOf({u"left", u"right", u"center", u"justify"});
    case 4:
        return oneOf({u"baseline", u"sub", u"super", u"middle", u"top", u"bottom"});
    case 5:
    case 6:
        return colour(v);
    case 7:
        return integerIn(v, 1, 9);
    default:
        return std::nullopt;
    }
}

// The checks above only take plain keywords and numbers; this refuses the known ways of
// running code from CSS even if one of them were ever loosened.
bool dangerousCss(const QString &v)
{
    for (QStringView bad :
         {u"expression", u"url(", u"\\", u"/*", u"javascript", u"@import", u"<"}) {
        if (v.contains(bad))
            return true;
    }
    return false;
}

// --- The writer --------------------------------------------------------------------------

enum class Kind {
    Flow,   // body, blockquote, td, th: blocks; stray inline content goes into a <p>
    Li,     // blocks, and inline content as it is (Qt writes list items without <p>)
    Text,   // p, h1–h6, pre: inline content only
    Inline, // b, span, a…
    List,   // ul, ol: items only
    Table,
    Section, // thead, tbody
    Row,
};

struct Entry
{
    Kind kind = Kind::Flow;
    QString tag;
    QString attrs;                   // serialised, each with its leading space
    const GumboNode *node = nullptr; // null: a wrapper the input did not have
    bool written = false;            // opened lazily, so that empty elements vanish
    bool copy = false;               // formatting carried into a block that split it
    std::vector<Entry> suspended;    // what this block interrupted: open again after it
};

bool opensLine(QStringView tag)
{
    return tag == u"ul" || tag == u"ol" || tag == u"table" || tag == u"thead" || tag == u"tbody" ||
           tag == u"blockquote";
}

bool closesLine(QStringView tag)
{
    static const std::array<QStringView, 17> tags = {
        u"p",   u"h1", u"h2",         u"h3",    u"h4", u"h5", u"h6",    u"li",   u"tr",
        u"pre", u"hr", u"blockquote", u"table", u"ul", u"ol", u"thead", u"tbody"};
    return std::find(tags.begin(), tags.end(), tag) != tags.end();
}

class Sanitizer
{
public:
    Sanitizer(const SanitizeOptions &options, qsizetype budget, int removed)
        : m_removed(removed)
        , m_options(options)
        , m_budget(budget)
    {
        Entry root;
        root.written = true;
        m_stack.push_back(std::move(root));
    }

    Sanitized run(const GumboNode *root)
    {
        walk(root);
        while (m_stack.size() > 1)
            popTop();
        flushDangling();
        // What Qt writes for an empty editor: an empty page, so that it stays one.
        if (m_out == u"<p><br></p>\n")
            m_out.clear();
        return {m_out, m_removed};
    }

private:
    enum class Exit { None, Close, Boundary };
    struct Frame
    {
        const GumboNode *node;
        unsigned next;
        Exit exit;
    };

    // Iterative, as the tree may be deep.
    void walk(const GumboNode *root)
    {
        m_frames.push_back({root, 0, Exit::None});
        while (!m_frames.empty()) {
            if (!room())
                return;
            Frame &top = m_frames.back();
            const GumboVector &children = top.node->v.element.children;
            if (top.next < children.length) {
                enter(static_cast<const GumboNode *>(children.data[top.next++]));
                continue;
            }
            const Frame done = top;
            m_frames.pop_back();
            if (done.exit == Exit::Close)
                closeNode(done.node);
            else if (done.exit == Exit::Boundary)
                boundary();
        }
    }

    void descend(const GumboNode *node, Exit exit) { m_frames.push_back({node, 0, exit}); }

    void enter(const GumboNode *node)
    {
        switch (node->type) {
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_WHITESPACE:
        case GUMBO_NODE_CDATA:
            text(QString::fromUtf8(node->v.text.text));
            return;
        case GUMBO_NODE_ELEMENT:
        case GUMBO_NODE_TEMPLATE:
            element(node);
            return;
        default: // comments
            return;
        }
    }

    void element(const GumboNode *node)
    {
        const GumboElement &e = node->v.element;
        switch (roleOf(node)) {
        case Role::Transparent:
            descend(node, Exit::None);
            return;
        case Role::Head:
            for (unsigned i = 0; i < e.children.length; ++i) {
                const auto type = static_cast<const GumboNode *>(e.children.data[i])->type;
                if (type == GUMBO_NODE_ELEMENT || type == GUMBO_NODE_TEMPLATE)
                    ++m_removed;
            }
            return;
        case Role::Drop:
            ++m_removed;
            return;
        case Role::Unwrap:
            ++m_removed;
            descend(node, Exit::None);
            return;
        case Role::Boundary:
            ++m_removed;
            boundary();
            descend(node, Exit::Boundary);
            return;
        case Role::Inline:
            inlineElement(node);
            return;
        case Role::Br:
            m_removed += int(e.attributes.length);
            lineBreak();
            return;
        case Role::Img: {
            const QString attrs = attributes(e);
            if (!attrs.startsWith(u" src=")) {
                ++m_removed;
                return;
            }
            image(attrs);
            return;
        }
        case Role::Hr:
            m_removed += int(e.attributes.length);
            horizontalRule();
            return;
        case Role::Text:
            if (e.tag != GUMBO_TAG_PRE && inListItem()) {
                // Qt makes a paragraph in an item the item itself, and the next one a
                // paragraph after the list: its lines, kept in the item, stay put.
                ++m_removed;
                boundary();
                descend(node, Exit::Boundary);
                return;
            }
            block(node, Kind::Text, 0, true);
            return;
        case Role::Quote:
            block(node, Kind::Flow, 1, false);
            return;
        case Role::List:
            block(node, Kind::List, 2, false);
            return;
        case Role::Table:
            block(node, Kind::Table, 4, false);
            return;
        case Role::Li:
            listItem(node);
            return;
        case Role::Section:
        case Role::Row:
        case Role::Cell:
            tablePart(node);
            return;
        }
    }

    void inlineElement(const GumboNode *node)
    {
        const GumboElement &e = node->v.element;
        const QString attrs = attributes(e);
        if (e.tag == GUMBO_TAG_A && !attrs.startsWith(u" href=")) {
            descend(node, Exit::None); // a link without a (safe) target is its text
            return;
        }
        if (e.tag == GUMBO_TAG_SPAN && attrs.isEmpty()) {
            descend(node, Exit::None);
            return;
        }
        if (!ensureInline()) {
            ++m_removed;
            return;
        }
        int depth = 0;
        bool inLink = false;
        for (auto it = m_stack.rbegin(); it != m_stack.rend() && it->kind == Kind::Inline; ++it) {
            ++depth;
            inLink = inLink || it->tag == u"a";
        }
        // A link in a link would be split apart by the next parse: not idempotent.
        if (depth >= maxInlineDepth || (inLink && e.tag == GUMBO_TAG_A)) {
            ++m_removed;
            descend(node, Exit::None);
            return;
        }
        Entry entry;
        entry.kind = Kind::Inline;
        entry.tag = QString::fromLatin1(gumbo_normalized_tagname(e.tag));
        entry.attrs = attrs;
        entry.node = node;
        m_stack.push_back(std::move(entry));
        descend(node, Exit::Close);
    }

    int containerDepth() const
    {
        int depth = 0;
        for (std::size_t i = 1; i < m_stack.size(); ++i) {
            if (m_stack[i].kind != Kind::Text && m_stack[i].kind != Kind::Inline)
                ++depth;
        }
        return depth;
    }

    // p, h1–h6, pre, blockquote, ul, ol, table. `reserve`: the levels it brings with it.
    void block(const GumboNode *node, Kind kind, int reserve, bool carryFormatting)
    {
        const GumboElement &e = node->v.element;
        if (reserve > 0 && containerDepth() + reserve > maxContainerDepth) {
            ++m_removed;
            boundary();
            descend(node, Exit::Boundary);
            return;
        }
        const int target = blockTarget();
        if (target < 0) { // where a table wants rows
            ++m_removed;
            return;
        }
        Entry entry;
        entry.kind = kind;
        entry.tag = QString::fromLatin1(gumbo_normalized_tagname(e.tag));
        entry.attrs = attributes(e);
        entry.node = node;
        pushInto(target, std::move(entry), carryFormatting);
        descend(node, Exit::Close);
    }

    void listItem(const GumboNode *node)
    {
        int i = int(m_stack.size()) - 1;
        while (i > 0 && (m_stack[i].kind == Kind::Inline || m_stack[i].kind == Kind::Text ||
                         (m_stack[i].kind == Kind::Li && !m_stack[i].node)))
            --i;
        if (m_stack[i].kind != Kind::List) { // an item outside a list
            ++m_removed;
            boundary();
            descend(node, Exit::Boundary);
            return;
        }
        Entry entry;
        entry.kind = Kind::Li;
        entry.tag = u"li"_s;
        entry.attrs = attributes(node->v.element);
        entry.node = node;
        pushInto(i, std::move(entry), false);
        descend(node, Exit::Close);
    }

    void tablePart(const GumboNode *node)
    {
        const GumboElement &e = node->v.element;
        const Kind top = m_stack.back().kind;
        Entry entry;
        entry.node = node;
        entry.tag = QString::fromLatin1(gumbo_normalized_tagname(e.tag));
        entry.attrs = attributes(e);
        bool fits = false;
        switch (e.tag) {
        case GUMBO_TAG_THEAD:
        case GUMBO_TAG_TBODY:
        case GUMBO_TAG_TFOOT:
            entry.kind = Kind::Section;
            fits = top == Kind::Table;
            if (e.tag == GUMBO_TAG_TFOOT) {
                // Rows right in a table would be put in a tbody by the next parse.
                entry.tag = u"tbody"_s;
                ++m_removed;
            }
            break;
        case GUMBO_TAG_TR:
            entry.kind = Kind::Row;
            if (top == Kind::Table) {
                Entry body;
                body.kind = Kind::Section;
                body.tag = u"tbody"_s;
                m_stack.push_back(std::move(body));
            }
            fits = m_stack.back().kind == Kind::Section;
            break;
        default:
            entry.kind = Kind::Flow;
            fits = top == Kind::Row;
            break;
        }
        if (!fits) {
            ++m_removed;
            boundary();
            descend(node, Exit::Boundary);
            return;
        }
        const bool cell = entry.kind == Kind::Flow;
        m_stack.push_back(std::move(entry));
        if (cell)
            materialize(); // cells keep their place in the row, even empty
        if (m_full)
            return;
        descend(node, Exit::Close);
    }

    // --- attributes ----------------------------------------------------------------------

    static constexpr std::array<QStringView, 15> attributeOrder = {
        u"href",    u"src",    u"alt",         u"title",       u"start",
        u"type",    u"border", u"cellspacing", u"cellpadding", u"colspan",
        u"rowspan", u"width",  u"height",      u"align",       u"style"};

    QString attributes(const GumboElement &e)
    {
        std::array<std::optional<QString>, attributeOrder.size()> values;
        for (unsigned i = 0; i < e.attributes.length; ++i) {
            const auto *a = static_cast<const GumboAttribute *>(e.attributes.data[i]);
            const QString name = QString::fromUtf8(a->name);
            const auto slot = std::find(attributeOrder.begin(), attributeOrder.end(), name);
            std::optional<QString> value;
            if (slot != attributeOrder.end())
                value = attribute(e.tag, name, QString::fromUtf8(a->value));
            if (!value) {
                ++m_removed;
                continue;
            }
            values[std::size_t(slot - attributeOrder.begin())] = value;
        }
        QString out;
        for (std::size_t i = 0; i < values.size(); ++i) {
            // Empty: valid, but says nothing (an empty style, a default); alt="" does say.
            if (!values[i] || (values[i]->isEmpty() && attributeOrder[i] != u"alt"))
                continue;
            out += u' ';
            out += attributeOrder[i];
            out += u"=\"";
            for (QChar c : *values[i])
                appendEscaped(out, c, true);
            out += u'"';
        }
        return out;
    }

    std::optional<QString> attribute(GumboTag tag, const QString &name, const QString &value)
    {
        // Qt writes short ones; a long one would be copied into every paragraph it covers.
        if (value.size() > maxAttributeLength)
            return std::nullopt;
        const bool paragraph = tag == GUMBO_TAG_P || tag == GUMBO_TAG_H1 || tag == GUMBO_TAG_H2 ||
                               tag == GUMBO_TAG_H3 || tag == GUMBO_TAG_H4 || tag == GUMBO_TAG_H5 ||
                               tag == GUMBO_TAG_H6;
        const bool cell = tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH;
        if (name == u"style") {
            if (paragraph || cell || tag == GUMBO_TAG_SPAN || tag == GUMBO_TAG_LI ||
                tag == GUMBO_TAG_TABLE || tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL)
                return style(value);
            return std::nullopt;
        }
        if (name == u"align" && (paragraph || cell))
            return alignment(value);
        switch (tag) {
        case GUMBO_TAG_A:
            if (name == u"href")
                return url(value, false);
            if (name == u"title")
                return plainAttribute(value);
            break;
        case GUMBO_TAG_IMG:
            if (name == u"src")
                return url(value, true);
            if (name == u"alt")
                return plainAttribute(value);
            if (name == u"width" || name == u"height")
                return integerIn(value, 1, 4000);
            break;
        case GUMBO_TAG_TABLE:
            if (name == u"border" || name == u"cellspacing")
                return integerIn(value, 0, 20);
            if (name == u"cellpadding") {
                // 0 is Qt's default: it writes it once it has read a table, never before.
                const auto padding = integerIn(value, 0, 20);
                return padding == u"0" ? QString() : padding;
            }
            if (name == u"width")
                return length(value);
            break;
        case GUMBO_TAG_TD:
        case GUMBO_TAG_TH:
            if (name == u"colspan" || name == u"rowspan")
                return integerIn(value, 1, 100);
            if (name == u"width")
                return length(value);
            break;
        case GUMBO_TAG_OL:
            if (name == u"start")
                return integerIn(value, -999999, 999999);
            if (name == u"type" &&
                (value == u"1" || value == u"a" || value == u"A" || value == u"i" || value == u"I"))
                return value;
            break;
        default:
            break;
        }
        return std::nullopt;
    }

    // Checked after the parser decoded the entities, so that &#106;avascript: is javascript:.
    std::optional<QString> url(const QString &raw, bool image)
    {
        qsizetype begin = 0, end = raw.size();
        while (begin < end && raw[begin].unicode() <= 0x20)
            ++begin;
        while (end > begin && raw[end - 1].unicode() <= 0x20)
            --end;
        const QStringView s = QStringView(raw).mid(begin, end - begin);
        const qsizetype colon = s.indexOf(u':');
        if (colon <= 0)
            return std::nullopt; // relative, or protocol-relative (//host)
        for (qsizetype i = 0; i < colon; ++i) {
            const char16_t c = s[i].unicode();
            const bool ok = isAsciiLetter(c) ||
                            (i > 0 && (isAsciiDigit(c) || c == u'+' || c == u'-' || c == u'.'));
            if (!ok)
                return std::nullopt; // java\tscript:, and anything else that is not a scheme
        }
        const QString scheme = s.left(colon).toString().toLower();
        QString rest;
        rest.reserve(s.size() - colon);
        for (QChar c : s.mid(colon + 1)) {
            // Browsers take tabs and line breaks out of URLs; other controls have no place.
            if (c == u'\t' || c == u'\n' || c == u'\r')
                continue;
            if (isControl(c.unicode()))
                return std::nullopt;
            rest += c;
        }
        if (scheme == u"material") {
            if (!isSha256(rest) || (m_options.materialAllowed && !m_options.materialAllowed(rest)))
                return std::nullopt;
        } else if (image) {
            return std::nullopt;
        } else if (scheme == u"http" || scheme == u"https") {
            if (rest.size() < 3 || !rest.startsWith(u"//") || rest[2] == u'/' || rest[2] == u'\\')
                return std::nullopt;
        } else if (scheme == u"mailto") {
            if (rest.isEmpty())
                return std::nullopt;
        } else {
            return std::nullopt;
        }
        return scheme + u':' + rest;
    }

    QString style(const QString &value)
    {
        std::array<QString, styleProperties.size()> kept;
        for (const QString &declaration : declarations(value)) {
            if (declaration.trimmed().isEmpty())
                continue;
            const qsizetype colon = declaration.indexOf(u':');
            if (colon < 0) {
                ++m_removed;
                continue;
            }
            const QString name = declaration.left(colon).trimmed().toLower();
            const QString v = declaration.mid(colon + 1).trimmed().toLower();
            const auto slot = std::find(styleProperties.begin(), styleProperties.end(), name);
            std::optional<QString> canonical;
            if (slot != styleProperties.end() && !dangerousCss(v))
                canonical = propertyValue(slot - styleProperties.begin(), v);
            if (!canonical) {
                ++m_removed;
                continue;
            }
            QString &place = kept[std::size_t(slot - styleProperties.begin())];
            if (!place.isEmpty())
                ++m_removed; // overridden by this later one
            place = *canonical;
        }
        QString out;
        for (std::size_t i = 0; i < kept.size(); ++i) {
            if (kept[i].isEmpty())
                continue;
            if (!out.isEmpty())
                out += u"; ";
            out += styleProperties[i];
            out += u':';
            out += kept[i];
        }
        return out;
    }

    // --- output --------------------------------------------------------------------------

    void writeOpen(Entry &e)
    {
        flushDangling();
        m_out += u'<';
        m_out += e.tag;
        m_out += e.attrs;
        m_out += u'>';
        if (opensLine(e.tag))
            m_out += u'\n';
        e.written = true;
        m_afterPreOpen = e.tag == u"pre";
        if (e.kind != Kind::Inline)
            newLine();
    }

    void writeClose(const Entry &e)
    {
        flushDangling();
        m_out += u"</";
        m_out += e.tag;
        m_out += u'>';
        if (closesLine(e.tag))
            m_out += u'\n';
        m_afterPreOpen = false;
        if (e.kind != Kind::Inline)
            endLine();
    }

    void newLine()
    {
        m_lineStart = true;
        m_pendingSpace = false;
        m_pendingBreak = false;
    }

    // A block ends: what was left of its whitespace goes. Qt reads the page's final line
    // break as a space at the end of the last block; in a pre it would grow at every save.
    void endLine()
    {
        newLine();
        m_preGap.clear();
    }

    // What stands between the previous content and the next, outside the inline elements
    // that open now: " <b>x" rather than "<b> x", so that both give the same line.
    void writeGap()
    {
        if (m_pendingBreak || m_pendingSpace || !m_preGap.isEmpty())
            flushDangling();
        if (m_pendingBreak)
            m_out += u"<br>";
        else if (m_pendingSpace)
            m_out += u' ';
        m_pendingBreak = m_pendingSpace = false;
        for (QChar c : std::as_const(m_preGap)) {
            if (!room())
                break;
            if (c == u'\n') // right after <pre>, the parser would eat a line break
                m_out += m_afterPreOpen ? u"&#10;&#10;" : u"&#10;";
            else
                m_out += c;
            m_afterPreOpen = false;
        }
        m_preGap.clear();
    }

    // Past the budget nothing more is written but the closing tags of what is open.
    bool room()
    {
        if (!m_full && m_out.size() > m_budget) {
            m_full = true;
            ++m_removed; // the rest of the page
        }
        return !m_full;
    }

    // Opens what content needs open: the elements pushed and not written yet. False: no room.
    bool materialize()
    {
        if (!room())
            return false;
        std::size_t first = m_stack.size();
        while (first > 0 && !m_stack[first - 1].written)
            --first;
        const bool gap = m_pendingBreak || m_pendingSpace || !m_preGap.isEmpty();
        while (!gap && !m_dangling.empty() && first < m_stack.size()) {
            Entry &next = m_stack[first];
            const Entry &closed = m_dangling.back(); // the outermost one
            if (next.kind != Kind::Inline || next.tag != closed.tag || next.attrs != closed.attrs)
                break;
            next.written = true;
            m_dangling.pop_back();
            ++first;
        }
        flushDangling();
        bool gapWritten = false;
        for (std::size_t i = first; i < m_stack.size(); ++i) {
            if (!room())
                return false;
            if (!gapWritten && m_stack[i].kind == Kind::Inline) {
                writeGap();
                gapWritten = true;
            }
            writeOpen(m_stack[i]);
        }
        if (!gapWritten)
            writeGap();
        return true;
    }

    // An inline element's end tag waits: if the next content opens the same element, it
    // goes on in it. Qt joins such neighbours (formats that differed only in what is dropped
    // here), so its next save would otherwise change the line.
    void end(Entry &e)
    {
        if (e.written && e.kind == Kind::Inline)
            m_dangling.push_back(std::move(e));
        else if (e.written)
            writeClose(e);
        else if (e.kind != Kind::Inline)
            endLine();
    }

    // Closed where a block or a line break interrupts it; it opens again after.
    void closeForNow(Entry &e)
    {
        if (!e.written)
            return;
        if (e.kind == Kind::Inline) {
            Entry closed;
            closed.kind = Kind::Inline;
            closed.tag = e.tag;
            closed.attrs = e.attrs;
            m_dangling.push_back(std::move(closed));
        } else {
            writeClose(e);
        }
        e.written = false;
    }

    void flushDangling()
    {
        std::vector<Entry> dangling = std::move(m_dangling);
        m_dangling.clear();
        for (const Entry &d : dangling)
            writeClose(d);
    }

    void popTop()
    {
        Entry e = std::move(m_stack.back());
        m_stack.pop_back();
        std::vector<Entry> suspended = std::move(e.suspended);
        end(e);
        for (Entry &s : suspended) {
            s.written = false;
            m_stack.push_back(std::move(s));
        }
    }

    void closeNode(const GumboNode *node)
    {
        std::size_t i = m_stack.size() - 1;
        while (i > 0 && !(m_stack[i].node == node && !m_stack[i].copy))
            --i;
        if (i == 0)
            return;
        // Above it: the wrappers and copies it holds; none of them interrupted anything.
        while (m_stack.size() > i + 1) {
            Entry e = std::move(m_stack.back());
            m_stack.pop_back();
            end(e);
        }
        popTop();
    }

    // Where inline content can go, opening a <p> or <li> the input left out.
    bool ensureInline()
    {
        switch (m_stack.back().kind) {
        case Kind::Inline:
        case Kind::Text:
        case Kind::Li:
            return true;
        case Kind::Flow:
        case Kind::List: {
            const bool list = m_stack.back().kind == Kind::List;
            Entry wrapper;
            wrapper.kind = list ? Kind::Li : Kind::Text;
            wrapper.tag = list ? u"li"_s : u"p"_s;
            m_stack.push_back(std::move(wrapper));
            return true;
        }
        default:
            return false;
        }
    }

    bool inlineContext() const
    {
        const Kind k = m_stack.back().kind;
        return k == Kind::Inline || k == Kind::Text || k == Kind::Li;
    }

    bool inPre() const
    {
        for (auto it = m_stack.rbegin(); it != m_stack.rend(); ++it) {
            if (it->kind != Kind::Inline)
                return it->kind == Kind::Text && it->tag == u"pre";
        }
        return false;
    }

    // Whether a block would go in a list item (an implicit one, right in a list, too).
    bool inListItem() const
    {
        for (auto it = m_stack.rbegin(); it != m_stack.rend(); ++it) {
            if (it->kind != Kind::Inline && it->kind != Kind::Text)
                return it->kind == Kind::Li || (it->kind == Kind::List && it == m_stack.rbegin());
        }
        return false;
    }

    // The container a block goes in: the paragraph and the inline elements it interrupts
    // are closed, and open again after it.
    int blockTarget()
    {
        for (int i = int(m_stack.size()) - 1; i >= 0; --i) {
            const Kind k = m_stack[std::size_t(i)].kind;
            if (k == Kind::Inline || k == Kind::Text)
                continue;
            if (k == Kind::Flow || k == Kind::Li)
                return i;
            if (k == Kind::List && std::size_t(i) == m_stack.size() - 1) {
                ensureInline();
                return i + 1;
            }
            return -1;
        }
        return -1;
    }

    std::vector<Entry> suspendAbove(std::size_t target)
    {
        for (std::size_t i = m_stack.size() - 1; i > target; --i)
            closeForNow(m_stack[i]);
        std::vector<Entry> above(std::make_move_iterator(m_stack.begin() + qsizetype(target) + 1),
                                 std::make_move_iterator(m_stack.end()));
        m_stack.resize(target + 1);
        m_preGap.clear(); // a pre it interrupts ends here
        return above;
    }

    void pushInto(int target, Entry entry, bool carryFormatting)
    {
        std::vector<Entry> above = suspendAbove(std::size_t(target));
        std::vector<Entry> carried;
        if (carryFormatting) {
            for (const Entry &a : above) {
                if (a.kind != Kind::Inline)
                    continue;
                Entry c;
                c.kind = Kind::Inline;
                c.tag = a.tag;
                c.attrs = a.attrs;
                c.node = a.node;
                c.copy = true;
                carried.push_back(std::move(c));
            }
        }
        entry.suspended = std::move(above);
        m_stack.push_back(std::move(entry));
        for (Entry &c : carried)
            m_stack.push_back(std::move(c));
    }

    // A div or the like: what follows starts a new paragraph (or line, in a list item).
    void boundary()
    {
        std::size_t i = m_stack.size() - 1;
        while (i > 0 && (m_stack[i].kind == Kind::Inline || m_stack[i].kind == Kind::Text))
            --i;
        const Kind k = m_stack[i].kind;
        if (k != Kind::Flow && k != Kind::Li)
            return;
        // A second boundary on the same line (<li>a<p></p><p>b</p>) keeps the one break.
        const bool hadContent = !m_lineStart || m_pendingBreak;
        for (std::size_t j = m_stack.size() - 1; j > i; --j)
            closeForNow(m_stack[j]);
        endLine();
        if (k == Kind::Li && hadContent && m_stack.size() == i + 1 + countInlineAbove(i))
            m_pendingBreak = true;
    }

    std::size_t countInlineAbove(std::size_t i) const
    {
        std::size_t n = 0;
        for (std::size_t j = i + 1; j < m_stack.size() && m_stack[j].kind == Kind::Inline; ++j)
            ++n;
        return n;
    }

    void text(const QString &s)
    {
        const bool pre = inPre();
        for (QChar qc : s) {
            const char16_t c = qc.unicode();
            if (pre && (c == u' ' || c == u'\t' || c == u'\n')) {
                m_preGap += qc; // kept, unless the block ends here
                continue;
            }
            if (!pre && isAsciiSpace(c)) {
                if (!m_lineStart && inlineContext())
                    m_pendingSpace = true;
                continue;
            }
            if (isControl(c))
                continue;
            if (!ensureInline() || !materialize())
                return; // text where a table wants rows, or the page is too long
            appendEscaped(m_out, qc, false);
            m_afterPreOpen = false;
            m_lineStart = false;
        }
    }

    void lineBreak()
    {
        if (!ensureInline())
            return;
        m_pendingSpace = false;
        if (!materialize())
            return;
        m_out += u"<br>";
        m_afterPreOpen = false;
        m_lineStart = true;
    }

    void image(const QString &attrs)
    {
        if (!ensureInline()) {
            ++m_removed;
            return;
        }
        if (!materialize())
            return;
        m_out += u"<img";
        m_out += attrs;
        m_out += u'>';
        m_afterPreOpen = false;
        m_lineStart = false;
    }

    void horizontalRule()
    {
        const int target = blockTarget();
        if (target < 0) {
            ++m_removed;
            return;
        }
        std::vector<Entry> above = suspendAbove(std::size_t(target));
        if (materialize()) {
            m_out += u"<hr>\n";
            endLine();
            m_afterPreOpen = false;
        }
        for (Entry &e : above)
            m_stack.push_back(std::move(e));
    }

    int m_removed;
    const SanitizeOptions &m_options;
    const qsizetype m_budget;
    bool m_full = false;
    QString m_out;
    std::vector<Entry> m_stack; // [0]: the page itself, never written
    std::vector<Frame> m_frames;
    bool m_lineStart = true;
    bool m_pendingSpace = false;
    bool m_pendingBreak = false;
    bool m_afterPreOpen = false;
    QString m_preGap;              // whitespace in a pre, written before the next content
    std::vector<Entry> m_dangling; // ended, end tag not written yet (innermost first)
};

} // namespace

Sanitized sanitize(const QString &input, const SanitizeOptions &options)
{
    int flattened = 0;
    const QByteArray utf8 = limitNesting(input.toUtf8(), flattened);
    const GumboTree tree = parse(utf8);
    if (!tree)
        return {};
    Sanitizer sanitizer(options, outputFactor * input.size(), flattened);
    return sanitizer.run(tree->root);
}

QString plainText(const QString &canonicalHtml)
{
    int flattened = 0;
    const QByteArray utf8 = limitNesting(canonicalHtml.toUtf8(), flattened);
    const GumboTree tree = parse(utf8); // its nodes point into utf8
    if (!tree)
        return {};
    QString out;
    bool pendingSpace = false;
    int preDepth = 0;
    auto newLine = [&] {
        pendingSpace = false;
        if (!out.isEmpty() && !out.endsWith(u'\n'))
            out += u'\n';
    };
    auto isBlock = [](Role r) {
        return r != Role::Transparent && r != Role::Unwrap && r != Role::Inline && r != Role::Br &&
               r != Role::Img;
    };
    struct Frame
    {
        const GumboNode *node;
        unsigned next;
    };
    std::vector<Frame> frames{{tree->root, 0}};
    while (!frames.empty()) {
        Frame &top = frames.back();
        const GumboVector &children = top.node->v.element.children;
        if (top.next >= children.length) {
            const GumboNode *done = top.node;
            frames.pop_back();
            if (done->v.element.tag == GUMBO_TAG_PRE)
                --preDepth;
            if (isBlock(roleOf(done)))
                newLine();
            continue;
        }
        const auto *node = static_cast<const GumboNode *>(children.data[top.next++]);
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
            node->type == GUMBO_NODE_CDATA) {
            for (QChar c : QString::fromUtf8(node->v.text.text)) {
                if (preDepth == 0 && isAsciiSpace(c.unicode())) {
                    pendingSpace = !out.isEmpty() && !out.endsWith(u'\n');
                    continue;
                }
                if (isControl(c.unicode()) && c != u'\n' && c != u'\t')
                    continue;
                if (pendingSpace)
                    out += u' ';
                pendingSpace = false;
                out += c;
            }
            continue;
        }
        if (node->type != GUMBO_NODE_ELEMENT)
            continue;
        const Role role = roleOf(node);
        if (role == Role::Drop || role == Role::Head)
            continue;
        if (role == Role::Br) {
            pendingSpace = false;
            out += u'\n';
            continue;
        }
        if (isBlock(role))
            newLine();
        if (node->v.element.tag == GUMBO_TAG_PRE)
            ++preDepth;
        frames.push_back({node, 0});
    }
    while (out.endsWith(u'\n'))
        out.chop(1);
    return out;
}

} // namespace etw::server::html
