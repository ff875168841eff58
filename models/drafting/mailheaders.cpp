// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailheaders.h"

#include <QList>
#include <QStringList>
#include <QUuid>

#include <functional>

namespace citylab::MailHeaders {

namespace {

constexpr int lineLimit = 78;
// 39 bytes of UTF-8 are 52 base64 characters: an encoded word of 64, on a folded line of 65.
constexpr int wordBytes = 39;

bool isAscii(const QString &text)
{
    for (const QChar c : text)
        if (c.unicode() >= 128 || c.unicode() < 32)
            return false;
    return true;
}

// Encoded words of whole characters (a character never split between two words).
QList<QByteArray> encodedWords(const QString &text)
{
    QList<QByteArray> words;
    QByteArray chunk;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype length = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QByteArray bytes = text.mid(i, length).toUtf8();
        i += length - 1;
        if (chunk.size() + bytes.size() > wordBytes) {
            words << "=?UTF-8?B?" + chunk.toBase64() + "?=";
            chunk.clear();
        }
        chunk += bytes;
    }
    if (!chunk.isEmpty())
        words << "=?UTF-8?B?" + chunk.toBase64() + "?=";
    return words;
}

// The text's words, those that may stand as they are kept plain and each run of the others
// in encoded words, so that two encoded words meet only inside a run longer than one word
// holds: decoders disagree on the space between two encoded words (RFC 2047 drops it,
// Python's parser keeps one), never on the space beside a plain word.
QList<QByteArray> words(const QString &text, const std::function<bool(const QString &)> &plain)
{
    QList<QByteArray> out;
    QStringList run;
    const auto flush = [&] {
        if (!run.isEmpty())
            out << encodedWords(run.join(u' '));
        run.clear();
    };
    for (const QString &word : text.split(u' ')) {
        if (plain(word)) {
            flush();
            out << word.toLatin1();
        } else {
            run << word;
        }
    }
    flush();
    return out;
}

// Words joined with spaces, a line folded (CRLF and a space) before it would pass 78
// characters; `used` is what the line already holds.
QByteArray fold(const QList<QByteArray> &words, qsizetype used)
{
    QByteArray out;
    for (const QByteArray &word : words) {
        if (!out.isEmpty() || used > 0) {
            if (used + 1 + word.size() > lineLimit) {
                out += "\r\n";
                used = 0;
            }
            out += ' ';
            ++used;
        }
        out += word;
        used += word.size();
    }
    return out;
}

// An ASCII display name as an atom sequence, or quoted when it holds one of RFC 5322's
// specials, which would otherwise end the name (a comma separates addresses).
QByteArray phrase(const QString &name)
{
    static const QString specials = QStringLiteral("()<>[]:;@\\,.\"");
    bool plain = true;
    for (const QChar c : name)
        plain = plain && !specials.contains(c);
    if (plain)
        return name.toLatin1();
    QByteArray quoted = "\"";
    for (const QChar c : name) {
        if (c == u'"' || c == u'\\')
            quoted += '\\';
        quoted += char(c.unicode());
    }
    return quoted + '"';
}

} // namespace

QByteArray text(const QByteArray &name, const QString &value)
{
    // A word that looks like an encoded word is encoded too, so that it reads back as typed.
    const auto plain = [](const QString &word) { return isAscii(word) && !word.startsWith(QLatin1String("=?")); };
    return name + ':' + fold(words(value, plain), name.size() + 1) + "\r\n";
}

QByteArray mailbox(const QByteArray &name, const QString &displayName, const QString &address)
{
    QList<QByteArray> parts;
    const QString display = displayName.simplified();
    if (!display.isEmpty()) {
        if (isAscii(display)) {
            // A quoted name may not be folded inside its quotes: it stays one word.
            const QByteArray quotedOrAtoms = phrase(display);
            parts = quotedOrAtoms.startsWith('"') ? QList<QByteArray>{quotedOrAtoms} : quotedOrAtoms.split(' ');
        } else {
            // Beyond ASCII the name cannot be quoted: its words with specials (a comma, a
            // quote) are encoded along with those beyond ASCII.
            parts = words(display, [](const QString &word) { return isAscii(word) && phrase(word) == word.toLatin1()
                                                                     && !word.startsWith(QLatin1String("=?")); });
        }
    }
    parts << '<' + address.toLatin1() + '>';
    return name + ':' + fold(parts, name.size() + 1) + "\r\n";
}

QByteArray messageId(const QString &senderAddress)
{
    const QString domain = senderAddress.section(u'@', 1).trimmed();
    return '<' + QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1() + '@'
        + (domain.isEmpty() ? QByteArray("citylab.invalid") : domain.toLatin1()) + '>';
}

} // namespace citylab::MailHeaders
