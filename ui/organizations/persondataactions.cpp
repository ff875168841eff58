// SPDX-License-Identifier: GPL-3.0-or-later
#include "persondataactions.h"

#include "personerasuredialog.h"
#include "editing/recordeditdialog.h"
#include "privacy/personaldataexport.h"
#include "shell/filechooser.h"
#include "store/store.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QUndoStack>

namespace citylab {

PersonDataActions::PersonDataActions(Store &store, QUndoStack &undo, qint64 personId, RecordEditDialog *dialog)
    : QObject(dialog)
    , m_store(store)
    , m_undo(undo)
    , m_personId(personId)
    , m_dialog(dialog)
{
    QPushButton *exportButton = dialog->buttonBox()->addButton(tr("Export Personal Data…"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("exportPersonalData"));
    exportButton->setToolTip(tr("Everything this file holds about the person, for an access request"));
    QPushButton *eraseButton = dialog->buttonBox()->addButton(tr("Erase Person…"), QDialogButtonBox::ActionRole);
    eraseButton->setObjectName(QStringLiteral("erasePerson"));
    eraseButton->setToolTip(tr("Erase the person's data from this file, for an erasure request"));
    eraseButton->setEnabled(store.readOnlyReason().isEmpty());

    chooseExportFile = [this] {
        const QString name = m_store.record(QStringLiteral("people"), m_personId).value(QStringLiteral("full_name")).toString();
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        QString filter;
        QString path = FileChooser::saveFile(m_dialog, tr("Export Personal Data"),
                                             QDir(folder).filePath(tr("personal data - %1.json").arg(name)),
                                             tr("JSON (*.json);;CSV (*.csv)"), &filter);
        if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
            path += filter.startsWith(QLatin1String("CSV")) ? QStringLiteral(".csv") : QStringLiteral(".json");
        return path;
    };
    review = [this](const PersonErasure::Plan &plan) -> std::optional<QList<PersonMentions::Mention>> {
        PersonErasureDialog dialog(m_store, plan, m_dialog);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.chosenMentions();
    };
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = chooseExportFile();
        if (!path.isEmpty())
            exportTo(path);
    });
    connect(eraseButton, &QPushButton::clicked, this, &PersonDataActions::eraseAfterReview);
}

bool PersonDataActions::exportTo(const QString &path)
{
    QString error;
    const std::optional<QJsonObject> data = PersonalDataExport::collect(m_store, m_personId, &error);
    const bool csv = QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0;
    if (!data || !(csv ? PersonalDataExport::writeCsv(*data, path, &error) : PersonalDataExport::writeJson(*data, path, &error))) {
        QMessageBox::warning(m_dialog, tr("Cannot export the personal data"), error);
        return false;
    }
    return true;
}

void PersonDataActions::eraseAfterReview()
{
    QString error;
    const std::optional<PersonErasure::Plan> plan = PersonErasure::plan(m_store, m_personId, &error);
    if (!plan) {
        QMessageBox::warning(m_dialog, tr("Cannot erase the person"), error);
        return;
    }
    const std::optional<QList<PersonMentions::Mention>> chosen = review(*plan);
    if (!chosen)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);   // the file is rewritten: seconds for a large one
    const bool done = PersonErasure::erase(m_store, *plan, *chosen, &error);
    QApplication::restoreOverrideCursor();
    if (!done) {
        QMessageBox::warning(m_dialog, tr("Cannot erase the person"), error);
        return;
    }
    m_undo.clear();
    emit erased();
    m_dialog->reject();   // its fields show what was erased
}

} // namespace citylab
