// SPDX-License-Identifier: GPL-3.0-or-later
#include "measurementimportdialog.h"
#include "shell/helpbrowser.h"
#include "shell/screenfit.h"
#include "shell/filechooser.h"

#include "i18n/dateformat.h"
#include "items/choicelists.h"
#include "outcomes/measurementmappingmemory.h"
#include "store/opendatabases.h"
#include "store/store.h"
#include "sync/teamsync.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTimeZone>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace citylab {

namespace {

constexpr int PreviewRows = 8;
constexpr int OrganizationRole = Qt::UserRole + 1;

QString separatorName(char separator)
{
    switch (separator) {
    case ';':
        return MeasurementImportDialog::tr("semicolon (;)");
    case '\t':
        return MeasurementImportDialog::tr("tab");
    default:
        return MeasurementImportDialog::tr("comma (,)");
    }
}

void selectData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

QString romeDate(qint64 secs)
{
    return DateFormat::shortDate(QDateTime::fromSecsSinceEpoch(secs, QTimeZone("Europe/Rome")).date());
}

} // namespace

MeasurementImportDialog::MeasurementImportDialog(Store &store, qint64 experimentId, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_experiment(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("Choose…"), this))
    , m_detected(new QLabel(this))
    , m_duplicate(new QLabel(this))
    , m_preview(new QTableWidget(this))
    , m_time(new QComboBox(this))
    , m_value(new QComboBox(this))
    , m_metric(new QComboBox(this))
    , m_fixedMetric(new QComboBox(this))
    , m_zone(new QComboBox(this))
    , m_proposalNote(new QLabel(this))
    , m_bottom(new QStackedWidget(this))
    , m_progress(new QProgressBar(this))
    , m_errors(new QTreeWidget(this))
    , m_errorsNote(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_progressTimer(new QTimer(this))
{
    setWindowTitle(tr("Import Measurements"));
    setObjectName(QStringLiteral("measurementImportDialog"));
    m_experiment->setObjectName(QStringLiteral("experiment"));
    m_time->setObjectName(QStringLiteral("timeColumn"));
    m_value->setObjectName(QStringLiteral("valueColumn"));
    m_metric->setObjectName(QStringLiteral("metricColumn"));
    m_fixedMetric->setObjectName(QStringLiteral("fixedMetric"));
    m_zone->setObjectName(QStringLiteral("zoneColumn"));
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setAccessibleName(tr("First rows of the file"));
    m_errors->setObjectName(QStringLiteral("errors"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_progress->setObjectName(QStringLiteral("progress"));
    m_detected->setObjectName(QStringLiteral("detected"));
    m_proposalNote->setObjectName(QStringLiteral("proposal"));
    m_duplicate->setObjectName(QStringLiteral("duplicate"));

    QString listError;
    const auto experiments = ChoiceLists::experiments(store, &listError);
    for (const ChoiceLists::Experiment &experiment : experiments.value_or(QList<ChoiceLists::Experiment>())) {
        m_experiment->addItem(experiment.code + QStringLiteral(" – ") + experiment.title, experiment.id);
        m_experiment->setItemData(m_experiment->count() - 1, experiment.leadOrganizationId, OrganizationRole);
    }
    m_experiment->setMinimumContentsLength(40);
    m_experiment->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_fixedMetric->addItem(tr("(choose the metric)"), 0);
    const auto metrics = ChoiceLists::metrics(store, experiments ? &listError : nullptr);
    for (const ChoiceLists::Metric &metric : metrics.value_or(QList<ChoiceLists::Metric>()))
        m_fixedMetric->addItem(metric.code + QStringLiteral(" – ") + metric.name
                                   + (metric.unit.isEmpty() ? QString() : QStringLiteral(" (") + metric.unit + u')'),
                               metric.id);
    // a list that could not be read is said where the file's reading is told
    if (!listError.isEmpty()) {
        m_detected->setText(listError);
        m_detected->show();
    }

    m_path->setReadOnly(true);
    m_path->setAccessibleName(tr("File to import"));
    m_path->setPlaceholderText(tr("A CSV file with one measurement per row"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_browse);
    auto *top = new QFormLayout;
    top->addRow(tr("Experiment:"), m_experiment);
    top->addRow(tr("File:"), fileRow);
    top->addRow(QString(), m_detected);
    top->addRow(QString(), m_duplicate);
    m_duplicate->setStyleSheet(QStringLiteral("color: #a15c00; font-weight: bold"));
    m_duplicate->hide();

    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionMode(QAbstractItemView::NoSelection);
    m_preview->verticalHeader()->setVisible(false);
    m_preview->verticalHeader()->setDefaultSectionSize(m_preview->fontMetrics().height() + 6);
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->setMinimumHeight(180);
    auto *previewBox = new QGroupBox(tr("First rows of the file"), this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->addWidget(m_preview);

    auto *mappingBox = new QGroupBox(tr("Columns"), this);
    auto *mappingForm = new QFormLayout(mappingBox);
    mappingForm->addRow(tr("Date and time:"), m_time);
    mappingForm->addRow(tr("Value:"), m_value);
    mappingForm->addRow(tr("Metric:"), m_metric);
    mappingForm->addRow(tr("Metric of every row:"), m_fixedMetric);
    mappingForm->addRow(tr("Zone:"), m_zone);
    m_proposalNote->setWordWrap(true);
    mappingForm->addRow(m_proposalNote);

    // The bottom shows, in turn, nothing, the progress, the bad rows or the summary.
    auto *progressPage = new QWidget(this);
    auto *progressLayout = new QVBoxLayout(progressPage);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    progressLayout->addWidget(new QLabel(tr("Importing… the window stays usable; Cancel stops the import and leaves the database as it was."), progressPage));
    progressLayout->addWidget(m_progress);
    progressLayout->addStretch();
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);

    auto *errorsPage = new QWidget(this);
    auto *errorsLayout = new QVBoxLayout(errorsPage);
    errorsLayout->setContentsMargins(0, 0, 0, 0);
    m_errorsNote->setWordWrap(true);
    errorsLayout->addWidget(m_errorsNote);
    errorsLayout->addWidget(m_errors);
    m_errors->setRootIsDecorated(false);
    m_errors->setHeaderLabels({tr("Line"), tr("Column"), tr("Reason")});
    m_errors->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_errors->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    m_summary->setWordWrap(true);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_bottom->addWidget(new QWidget(this));
    m_bottom->addWidget(progressPage);
    m_bottom->addWidget(errorsPage);
    m_bottom->addWidget(m_summary);
    m_bottom->setMinimumHeight(140);

    m_importButton = m_buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setDefault(true);
    m_cancelButton = m_buttons->addButton(tr("Cancel Import"), QDialogButtonBox::ActionRole);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(previewBox, 1);
    layout->addWidget(mappingBox);
    layout->addWidget(m_bottom, 1);
    layout->addWidget(m_buttons);
    ScreenFit::resize(this, QSize(820, 720));

    connect(m_importButton, &QPushButton::clicked, this, &MeasurementImportDialog::startImport);
    connect(m_cancelButton, &QPushButton::clicked, this, &MeasurementImportDialog::cancelImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &MeasurementImportDialog::reject);
    HelpBrowser::addHelpButton(m_buttons, QStringLiteral("formats.html"));
    connect(m_browse, &QPushButton::clicked, this, &MeasurementImportDialog::chooseFile);
    connect(m_experiment, &QComboBox::currentIndexChanged, this, [this] {
        m_outcome = Outcome::None;
        m_bottom->setCurrentIndex(0);
        proposeMapping();
        updateState();
    });
    for (QComboBox *combo : {m_time, m_value, m_metric, m_fixedMetric, m_zone})
        connect(combo, &QComboBox::currentIndexChanged, this, &MeasurementImportDialog::updateState);
    connect(&m_watcher, &QFutureWatcher<Finished>::finished, this, &MeasurementImportDialog::finishImport);
    connect(&m_hashWatcher, &QFutureWatcher<QByteArray>::finished, this, &MeasurementImportDialog::checkDuplicate);
    connect(m_progressTimer, &QTimer::timeout, this, [this] {
        if (m_permille)
            m_progress->setValue(m_permille->load());
    });

    if (experimentId > 0)
        setExperiment(experimentId);
    fillColumns();
    updateState();
}

MeasurementImportDialog::~MeasurementImportDialog()
{
    // The worker holds its own connection and the file's bytes; let it roll back and stop.
    if (isRunning()) {
        m_cancel->store(true);
        m_watcher.waitForFinished();
    }
}

void MeasurementImportDialog::setExperiment(qint64 experimentId)
{
    selectData(m_experiment, experimentId);
}

qint64 MeasurementImportDialog::experimentId() const
{
    return m_experiment->currentData().toLongLong();
}

qint64 MeasurementImportDialog::leadOrganization() const
{
    return m_experiment->currentData(OrganizationRole).toLongLong();
}

void MeasurementImportDialog::chooseFile()
{
    const QString path = FileChooser::openFile(this, tr("Import Measurements"), m_path->text(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

bool MeasurementImportDialog::loadFile(const QString &path)
{
    m_outcome = Outcome::None;
    m_bottom->setCurrentIndex(0);
    m_path->setText(QDir::toNativeSeparators(path));
    QFile file(path);
    const QString refusal = OpenDatabases::refusalToRead(path);
    if (!refusal.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        m_data.clear();
        m_header.clear();
        m_duplicate->hide();
        m_detected->setText(refusal.isEmpty() ? tr("Cannot read %1: %2").arg(QFileInfo(path).fileName(), file.errorString())
                                              : refusal);
        fillColumns();
        updateState();
        return false;
    }
    m_data = file.readAll();
    m_fileName = path;
    // Hashed on another thread: a million-row file takes half a second, the window should not wait.
    m_sha256 = QtConcurrent::run([data = m_data] { return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex(); });
    m_hashWatcher.setFuture(m_sha256);
    const MeasurementCsvReader reader(m_data);
    const MeasurementCsvDialect dialect = reader.dialect();
    m_header = reader.header();
    m_detected->setText(tr("Encoding: %1 · Separator: %2 · Decimal mark: %3")
                            .arg(dialect.utf8 ? QStringLiteral("UTF-8") : QStringLiteral("Windows-1252"),
                                 separatorName(dialect.separator),
                                 dialect.decimalComma ? tr("comma") : tr("point")));

    const QList<QStringList> rows = reader.preview(PreviewRows);
    m_preview->clear();
    m_preview->setColumnCount(int(m_header.size()));
    m_preview->setRowCount(int(rows.size()));
    m_preview->setHorizontalHeaderLabels(m_header);
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows.at(r).size() && c < m_header.size(); ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(rows.at(r).at(c)));
    m_preview->resizeColumnsToContents();
    m_preview->horizontalHeader()->setStretchLastSection(true);
    fillColumns();
    proposeMapping();
    return true;
}

void MeasurementImportDialog::fillColumns()
{
    const QSignalBlocker b1(m_time), b2(m_value), b3(m_metric), b4(m_zone);
    m_time->clear();
    m_value->clear();
    m_metric->clear();
    m_zone->clear();
    m_time->addItem(tr("(choose a column)"), -1);
    m_value->addItem(tr("(choose a column)"), -1);
    m_metric->addItem(tr("(none: one metric for the whole file)"), -1);
    m_zone->addItem(tr("(none)"), -1);
    for (int i = 0; i < m_header.size(); ++i) {
        const QString name = m_header.at(i).isEmpty() ? tr("Column %1").arg(i + 1) : m_header.at(i);
        for (QComboBox *combo : {m_time, m_value, m_metric, m_zone})
            combo->addItem(name, i);
    }
}

void MeasurementImportDialog::checkDuplicate()
{
    // The batch's source records the file's hash: the same file twice is almost always a
    // mistake. The hash of a large file takes a moment, so this runs again once it is ready.
    m_duplicate->hide();
    if (m_data.isEmpty() || !m_sha256.isValid() || !m_sha256.isFinished())
        return;
    const QDateTime importedAt = MeasurementImporter::importedBefore(m_store, experimentId(), m_sha256.result());
    m_duplicate->setVisible(importedAt.isValid());
    if (importedAt.isValid())
        m_duplicate->setText(tr("This file was already imported into this experiment on %1.")
                                 .arg(DateFormat::shortDate(importedAt.toLocalTime().date())));
}

void MeasurementImportDialog::proposeMapping()
{
    if (m_header.isEmpty())
        return;
    checkDuplicate();
    const qint64 organization = leadOrganization();
    const std::optional<MeasurementCsvMapping> remembered =
        organization > 0 ? MeasurementMappingMemory::load(m_store, organization, m_header) : std::nullopt;
    if (remembered) {
        setMapping(*remembered);
        m_proposal = Proposal::Remembered;
        const QVariantMap lead = m_store.record(QStringLiteral("organizations"), organization);
        if (lead.isEmpty())
            m_proposalNote->setText(m_store.errorString());
        else
            m_proposalNote->setText(tr("Columns as last imported for files from %1; check them before importing.")
                                        .arg(lead.value(QStringLiteral("name")).toString()));
    } else {
        setMapping(MeasurementCsvReader::guessMapping(m_header));
        m_proposal = Proposal::Headers;
        m_proposalNote->setText(tr("Columns proposed from the file's headers; check them before importing."));
    }
}

MeasurementCsvMapping MeasurementImportDialog::mapping() const
{
    MeasurementCsvMapping mapping;
    mapping.time = m_time->currentData().toInt();
    mapping.value = m_value->currentData().toInt();
    mapping.metric = m_metric->currentData().toInt();
    mapping.zone = m_zone->currentData().toInt();
    if (mapping.metric < 0)
        mapping.fixedMetricId = m_fixedMetric->currentData().toLongLong();
    return mapping;
}

void MeasurementImportDialog::setMapping(const MeasurementCsvMapping &mapping)
{
    selectData(m_time, mapping.time);
    selectData(m_value, mapping.value);
    selectData(m_metric, mapping.metric);
    selectData(m_zone, mapping.zone);
    if (mapping.fixedMetricId > 0)
        selectData(m_fixedMetric, mapping.fixedMetricId);
    updateState();
}

bool MeasurementImportDialog::isRunning() const
{
    // Until finishImport() has run, not only until the worker returns: the result is not shown yet.
    return m_running;
}

void MeasurementImportDialog::updateState()
{
    const bool running = isRunning();
    const MeasurementCsvMapping m = mapping();
    const bool complete = m.time >= 0 && m.value >= 0 && (m.metric >= 0 || m.fixedMetricId > 0);
    m_fixedMetric->setEnabled(!running && m.metric < 0);
    for (QWidget *w : std::initializer_list<QWidget *>{m_experiment, m_browse, m_time, m_value, m_metric, m_zone})
        w->setEnabled(!running);
    // Once imported, the same file is not offered again until another file or experiment is chosen.
    m_importButton->setEnabled(!running && !m_store.isReadOnly() && !m_data.isEmpty() && experimentId() > 0 && complete
                               && m_outcome != Outcome::Imported);
    m_importButton->setVisible(!running);
    m_cancelButton->setVisible(running);
    m_buttons->button(QDialogButtonBox::Close)->setEnabled(!running);
}

void MeasurementImportDialog::startImport()
{
    if (isRunning() || m_store.isReadOnly() || m_data.isEmpty() || experimentId() <= 0)
        return;
    m_outcome = Outcome::None;
    m_result = {};
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_permille = std::make_shared<std::atomic<int>>(0);
    m_progress->setValue(0);
    m_bottom->setCurrentIndex(1);
    m_watcher.setFuture(QtConcurrent::run(&MeasurementImportDialog::runInBackground, m_store.path(), m_store.userName(),
                                          experimentId(), m_data, m_sha256, m_fileName, mapping(), m_cancel, m_permille));
    m_running = true;
    m_progressTimer->start(100);
    updateState();
}

void MeasurementImportDialog::cancelImport()
{
    if (m_cancel)
        m_cancel->store(true);
}

void MeasurementImportDialog::reject()
{
    // Escape or the window's close button while importing cancel the import first.
    if (isRunning()) {
        cancelImport();
        return;
    }
    QDialog::reject();
}

MeasurementImportDialog::Finished MeasurementImportDialog::runInBackground(
    const QString &dbPath, const QString &user, qint64 experimentId, const QByteArray &data, QFuture<QByteArray> sha256,
    const QString &fileName, const MeasurementCsvMapping &mapping, std::shared_ptr<std::atomic<bool>> cancel,
    std::shared_ptr<std::atomic<int>> permille)
{
    // A database connection belongs to the thread that opened it, so the worker opens
    // its own Store on the same file; the window's Store sees the change via data_version.
    Finished finished;
    Store store;
    store.setUserName(user);
    if (!store.open(dbPath, Store::OpenMode::OpenExisting)) {
        finished.result.message = store.errorString();
        return finished;
    }
    TeamSync::followRole(store);   // its own connection: a viewer's file refuses here too
    MeasurementCsvReader reader(data);
    MeasurementImporter importer(store, experimentId);
    importer.setAllowDuplicate(true);   // the dialog has said so before Import was pressed
    finished.result = importer.run(reader, mapping, fileName, sha256, [&](qint64 done, qint64 total) {
        permille->store(total > 0 ? int(done * 1000 / total) : 0);
        return !cancel->load();
    });
    if (finished.result.ok) {
        const auto summary = MeasurementImporter::batchSummary(store, finished.result.batchId, &finished.summaryError);
        for (const MeasurementBatchSummary::Metric &metric : summary ? summary->metrics : QList<MeasurementBatchSummary::Metric>())
            finished.metrics << metric.code + QStringLiteral(" (") + metric.name + u')';
        if (summary) {
            finished.from = summary->from;
            finished.to = summary->to;
        }
    }
    return finished;
}

void MeasurementImportDialog::finishImport()
{
    m_progressTimer->stop();
    m_running = false;
    const Finished finished = m_watcher.result();
    m_result = finished.result;
    if (m_result.ok) {
        m_outcome = Outcome::Imported;
        // Remembered only once a file really imported with it.
        if (leadOrganization() > 0)
            MeasurementMappingMemory::save(m_store, leadOrganization(), m_header, mapping());
        proposeMapping();   // now says the file is imported, and from whose memory the columns come
        showSummary(finished);
    } else if (m_result.cancelled) {
        m_outcome = Outcome::Cancelled;
        m_summary->setText(tr("Import cancelled: nothing was imported."));
        m_bottom->setCurrentWidget(m_summary);
    } else if (!m_result.errors.isEmpty()) {
        m_outcome = Outcome::Rejected;
        showErrors();
    } else {
        m_outcome = Outcome::Failed;
        m_summary->setText(tr("Nothing was imported: %1").arg(m_result.message));
        m_bottom->setCurrentWidget(m_summary);
    }
    updateState();
    emit importFinished();
}

void MeasurementImportDialog::showErrors()
{
    m_errors->clear();
    for (const MeasurementCsvError &error : std::as_const(m_result.errors)) {
        auto *item = new QTreeWidgetItem(m_errors, {QLocale().toString(error.line), error.column, error.reason});
        item->setTextAlignment(0, Qt::AlignRight | Qt::AlignVCenter);
    }
    const int total = int(m_result.errors.size()) + m_result.moreErrors;
    QString note = tr("Nothing was imported: %n row(s) cannot be read. Correct the file (or the columns) and import it again.",
                      nullptr, total);
    if (m_result.moreErrors > 0)
        note += u' ' + tr("The first %1 are listed.").arg(m_result.errors.size());
    m_errorsNote->setText(note);
    m_bottom->setCurrentIndex(2);
}

void MeasurementImportDialog::showSummary(const Finished &finished)
{
    const QLocale locale;
    QString text = QStringLiteral("<p><b>%1</b></p>")
                       .arg(tr("%n measurement(s) imported into %1.", nullptr, m_result.rows)
                                .arg(m_experiment->currentText().section(QStringLiteral(" – "), 0, 0).toHtmlEscaped()));
    if (!finished.summaryError.isEmpty())
        text += QStringLiteral("<p>%1<br>%2</p>")
                    .arg(finished.summaryError.toHtmlEscaped(), tr("File: %1").arg(QFileInfo(m_fileName).fileName().toHtmlEscaped()));
    else
        text += QStringLiteral("<p>%1<br>%2<br>%3</p>")
                    .arg(tr("Metrics: %1").arg(finished.metrics.join(QStringLiteral(", ")).toHtmlEscaped()),
                         tr("Period: from %1 to %2").arg(romeDate(finished.from), romeDate(finished.to)),
                         tr("File: %1").arg(QFileInfo(m_fileName).fileName().toHtmlEscaped()));
    if (!m_result.warnings.isEmpty()) {
        // Imported, but the times at a change of summer time are worth a look.
        const int total = int(m_result.warnings.size()) + m_result.moreWarnings;
        QString list;
        for (const MeasurementCsvError &warning : m_result.warnings.mid(0, 5))
            list += QStringLiteral("<br>") + tr("Line %1: %2").arg(locale.toString(warning.line), warning.reason.toHtmlEscaped());
        text += QStringLiteral("<p>%1%2</p>").arg(tr("%n row(s) have a local time at a change of summer time:", nullptr, total), list);
    }
    m_summary->setText(text);
    m_bottom->setCurrentWidget(m_summary);
}

} // namespace citylab
