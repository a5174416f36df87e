// Resource search for the call: the query box, filters (near the caller, radius, language, age,
// open now, free, accessible), a need's taxonomy term, the results and the selected result's
// detail. Searches run on the search thread; typing never waits for them.
#pragma once

#include "Resources.h"
#include "search/SearchTypes.h"

#include <QWidget>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QSplitter;
class QTableView;
class QToolButton;

namespace open211 {

class Database;
class ResourceDetailView;
class SearchEngine;
class SearchResultModel;
class SearchService;

class SearchPanel : public QWidget
{
    Q_OBJECT
public:
    SearchPanel(Database& db, SearchService& service, QWidget* parent = nullptr);
    ~SearchPanel() override;

    // The caller's place and language, from the call.
    void setCallerPlace(const QString& place);
    void setCallerLanguage(const QString& language);
    // Searches services indexed with this term (and narrower ones).
    void searchTerm(const QString& code, const QString& name);
    void clearSearch();

    const SearchResult* currentResult() const;
    std::optional<ServiceDetail> currentDetail() const { return m_detail; }
    QLineEdit* queryEdit() const { return m_query; }
    QTableView* resultView() const { return m_results; }
    ResourceDetailView* detailView() const { return m_detailView; }
    QSplitter* splitter() const { return m_split; }
    SearchResultModel* resultModel() const { return m_model; }
    // The latest search's answer has arrived and is shown.
    bool isIdle() const { return m_pending == 0; }

public slots:
    void focusQuery();
    void nextResult();
    void previousResult();
    void openDetail();

signals:
    void searched(int results);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    void runSearch();
    void showResponse(int id, const SearchResponse& response);
    void showDetail();
    void moveSelection(int delta);

    Database& m_db;
    SearchService& m_service;
    SearchResultModel* m_model;
    QLineEdit* m_query;
    QToolButton* m_term;
    QString m_termCode;
    QString m_termName;
    QLabel* m_nearLabel;
    QLineEdit* m_near;
    QSpinBox* m_radius;
    QComboBox* m_language;
    QSpinBox* m_age;
    QCheckBox* m_openNow;
    QCheckBox* m_free;
    QCheckBox* m_accessible;
    QLabel* m_status;
    QTableView* m_results;
    QSplitter* m_split;
    ResourceDetailView* m_detailView;
    std::optional<ServiceDetail> m_detail;
    QString m_shown; // service and place the detail view shows
    std::optional<Place> m_place;
    std::unique_ptr<SearchEngine> m_places; // reads what the caller said about where they are
    QString m_placeText;
    int m_latest = 0;
    int m_pending = 0;
};

} // namespace open211
