// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "privacy/personerasure.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QListWidget;

namespace citylab {

class Store;

// The review before a person is erased: what happens to their record, and every text
// elsewhere that names them, each ticked to be blanked (untick what names someone else).
class PersonErasureDialog : public QDialog
{
    Q_OBJECT
public:
    PersonErasureDialog(const Store &store, const PersonErasure::Plan &plan, QWidget *parent = nullptr);

    // The mentions left ticked.
    QList<PersonMentions::Mention> chosenMentions() const;
    QListWidget *mentionList() const { return m_list; }

private:
    PersonErasure::Plan m_plan;
    QListWidget *m_list;
};

} // namespace citylab
