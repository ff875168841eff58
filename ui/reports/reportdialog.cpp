// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportdialog.h"
#include "shell/helpbrowser.h"
#include "shell/screenfit.h"
#include "shell/filechooser.h"

#include "i18n/dateformat.h"
#include "i18n/language.h"
#include "i18n/scopedlanguage.h"
#include "reports/reportgenerator.h"
#include "items/choicelists.h"
#include "store/store.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPdfDocument>
#include <QPdfView>
#include <QPushButton>
#include <QVBoxLayout>

namespace citylab {

ReportDialog::ReportDialog(Store &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_kind(new QComboBox(this))
    , m_experiment(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_language(new QComboBox(this))
    , m_previewButton(new QPushButton(tr("&Preview"), this))
    , m_saveButton(new QPushButton(tr("&Save as…"), this))
    , m_status(new QLabel(this))
    , m_document(new QPdfDocument(this))
    , m_view(new QPdfView(this))
{
    setWindowTitle(tr("Report"));
    m_kind->addItem(tr("Portfolio"), QStringLiteral("portfolio"));
    m_kind->addItem(tr("One experiment"), QStringLiteral("experiment"));
    m_kind->addItem(tr("Final report of one experiment"), QStringLiteral("final"));
    QString listError;
    const auto experiments = ChoiceLists::experiments(store, &listError);
    for (const ChoiceLists::Experiment &experiment : experiments.value_or(QList<ChoiceLists::Experiment>()))
        m_experiment->addItem(experiment.code + QStringLiteral(" – ") + experiment.title, experiment.code);
    m_experiment->setMinimumContentsLength(30);
    m_experiment->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(DateFormat::pattern());
    }
    const QDate today = QDate::currentDate();
    m_from->setDate(QDate(today.year(), 1, 1));
    m_to->setDate(today);
    m_language->setObjectName(QStringLiteral("reportLanguage"));
    m_language->addItem(QStringLiteral("Italiano"), QStringLiteral("it"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(Language::current())));

    auto *form = new QFormLayout;
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(tr("Experiment:"), m_experiment);
    auto *period = new QHBoxLayout;
    period->addWidget(m_from);
    period->addWidget(new QLabel(tr("to"), this));
    period->addWidget(m_to);
    period->addStretch();
    form->addRow(tr("Period from:"), period);
    form->addRow(tr("Language:"), m_language);

    m_view->setDocument(m_document);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_view->setMinimumSize(560, 520);
    m_view->setAccessibleName(tr("Preview of the report"));
    m_from->setAccessibleName(tr("Period from"));
    m_to->setAccessibleName(tr("Period to"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    HelpBrowser::addHelpButton(buttons, QStringLiteral("outcomes.html"));
    buttons->addButton(m_previewButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_saveButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_previewButton, &QPushButton::clicked, this, &ReportDialog::preview);
    connect(m_saveButton, &QPushButton::clicked, this, &ReportDialog::saveAs);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReportDialog::updateEnabled);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    // until the first preview the page area is an empty grey box: say how to fill it
    m_status->setText(experiments ? tr("Preview shows the report here; Save as… writes it as a PDF.") : listError);
    updateEnabled();
    ScreenFit::resize(this, QSize(760, 860));
}

void ReportDialog::updateEnabled()
{
    const QString kind = m_kind->currentData().toString();
    m_experiment->setEnabled(kind != u"portfolio");
    // a final report covers the experiment's whole life, up to the day chosen
    m_from->setEnabled(kind != u"final");
}

bool ReportDialog::generate(const QString &path, QString *error)
{
    ReportGenerator::Options options;
    options.from = m_from->date();
    options.to = m_to->date();
    if (options.from > options.to) {
        *error = tr("The period starts after it ends.");
        return false;
    }
    // The report's language may differ from the window's: only the report speaks it, the
    // window is neither retranslated nor redrawn.
    bool ok = false;
    {
        const ScopedLanguage language(m_language->currentData().toString());
        const ReportGenerator generator(m_store);
        const QString kind = m_kind->currentData().toString();
        ok = kind == u"portfolio"    ? generator.writePortfolio(path, options, error)
             : kind == u"experiment" ? generator.writeExperiment(path, m_experiment->currentData().toString(), options, error)
                                     : generator.writeFinal(path, m_experiment->currentData().toString(), options, error);
    }
    return ok;
}

bool ReportDialog::preview()
{
    QString error;
    const QString path = m_temp.filePath(QStringLiteral("preview.pdf"));
    m_document->close();
    if (!m_temp.isValid() || !generate(path, &error)) {
        m_status->setText(error.isEmpty() ? tr("The preview could not be made.") : error);
        return false;
    }
    m_document->load(path);
    m_status->setText(tr("%n page(s)", nullptr, m_document->pageCount()));
    return m_document->status() == QPdfDocument::Status::Ready;
}

bool ReportDialog::saveTo(const QString &path, QString *error)
{
    return generate(path, error);
}

void ReportDialog::saveAs()
{
    const QString kind = m_kind->currentData().toString();
    const QString suggested = kind == u"portfolio"  ? tr("portfolio-report.pdf")
                              : kind == u"final"    ? tr("final-report-%1.pdf").arg(m_experiment->currentData().toString())
                                                    : m_experiment->currentData().toString() + QStringLiteral(".pdf");
    QString path = FileChooser::saveFile(this, tr("Save report"), suggested, tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    QString error;
    if (!saveTo(path, &error))
        QMessageBox::warning(this, tr("Save report"), error);
    else
        m_status->setText(tr("Saved to %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace citylab
