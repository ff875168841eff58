// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outcomes/measurementimporter.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QTreeWidget;

namespace citylab {

class Store;

// File → Import measurements…: a partner's CSV file into one experiment. The file is shown
// as parsed (encoding, separator, decimal mark, first rows), the user confirms which column
// is what (proposed from the mapping last used for the experiment's lead organization, else
// from the headers), and the import runs on a worker thread with its own connection to the
// same file, so the window stays responsive and Cancel stops it with nothing written. Bad
// rows are listed with line, column and reason, and nothing is imported.
class MeasurementImportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Outcome { None, Imported, Rejected, Cancelled, Failed };
    enum class Proposal { None, Headers, Remembered };

    // experimentId 0 lets the user choose the experiment.
    explicit MeasurementImportDialog(Store &store, qint64 experimentId = 0, QWidget *parent = nullptr);
    ~MeasurementImportDialog() override;

    bool loadFile(const QString &path);    // false with the reason shown when it cannot be read
    void setExperiment(qint64 experimentId);
    qint64 experimentId() const;

    MeasurementCsvMapping mapping() const;
    void setMapping(const MeasurementCsvMapping &mapping);
    Proposal proposal() const { return m_proposal; }

    void startImport();
    void cancelImport();
    bool isRunning() const;
    Outcome outcome() const { return m_outcome; }
    QList<MeasurementCsvError> errors() const { return m_result.errors; }

signals:
    void importFinished();

protected:
    void reject() override;

private:
    struct Finished
    {
        MeasurementImportResult result;
        QStringList metrics;
        qint64 from = 0, to = 0;
        QString summaryError;   // the import went in, but what it holds could not be read
    };
    static Finished runInBackground(const QString &dbPath, const QString &user, qint64 experimentId,
                                    const QByteArray &data, QFuture<QByteArray> sha256, const QString &fileName,
                                    const MeasurementCsvMapping &mapping,
                                    std::shared_ptr<std::atomic<bool>> cancel,
                                    std::shared_ptr<std::atomic<int>> permille);

    void chooseFile();
    void fillColumns();
    void proposeMapping();
    void checkDuplicate();
    void updateState();
    void finishImport();
    void showErrors();
    void showSummary(const Finished &finished);
    qint64 leadOrganization() const;

    Store &m_store;
    QByteArray m_data;
    QString m_fileName;
    QFuture<QByteArray> m_sha256;
    QStringList m_header;
    Proposal m_proposal = Proposal::None;
    Outcome m_outcome = Outcome::None;
    bool m_running = false;
    MeasurementImportResult m_result;

    QComboBox *m_experiment;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QLabel *m_detected;
    QLabel *m_duplicate;
    QTableWidget *m_preview;
    QComboBox *m_time;
    QComboBox *m_value;
    QComboBox *m_metric;
    QComboBox *m_fixedMetric;
    QComboBox *m_zone;
    QLabel *m_proposalNote;
    QStackedWidget *m_bottom;
    QProgressBar *m_progress;
    QTreeWidget *m_errors;
    QLabel *m_errorsNote;
    QLabel *m_summary;
    QDialogButtonBox *m_buttons;
    QPushButton *m_importButton;
    QPushButton *m_cancelButton;

    QFutureWatcher<Finished> m_watcher;
    QFutureWatcher<QByteArray> m_hashWatcher;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::shared_ptr<std::atomic<int>> m_permille;
    class QTimer *m_progressTimer;
};

} // namespace citylab
