// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace citylab {

// Header fields of an Internet message (RFC 5322) as strict mail parsers and PEC clients read
// them: display names quoted when they hold a comma or other specials (an authority named
// "Regione Piemonte, Direzione Trasporti" is one recipient, not two), text beyond ASCII in
// RFC 2047 encoded words of at most 75 characters, lines folded before 78 characters.
namespace MailHeaders {

// "Name: value\r\n", folded, for unstructured text such as the Subject.
QByteArray text(const QByteArray &name, const QString &value);
// "Name: display name <address>\r\n", the display name quoted or encoded as it needs.
QByteArray mailbox(const QByteArray &name, const QString &displayName, const QString &address);
// A Message-ID under the domain of the sender's address ("<uuid@domain>").
QByteArray messageId(const QString &senderAddress);

} // namespace MailHeaders

} // namespace citylab
