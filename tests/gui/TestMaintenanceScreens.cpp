// The resource maintenance screens (issue 6) on demo data: a record's form shows each problem
// under its field and writes nothing until they are fixed, a good save queues one edit, a
// specialist suggests rather than edits and the suggestion reaches the resource specialists' work
// list, "Mark verified" says who and when, the conflict dialog's three choices reach the store,
// the work list narrows by region, and every control a keyboard reaches has a name.
#include "../TestUtil.h"
#include "GuiTestUtil.h"
#include "MainWindow.h"
#include "Workstation.h"
#include "demo/DemoGenerator.h"
#include "maintenance/ChildList.h"
#include "maintenance/ConflictDialog.h"
#include "maintenance/HistoryDialog.h"
#include "maintenance/MaintenancePanel.h"
#include "maintenance/RecordDialog.h"
#include "maintenance/RecordForm.h"
#include "maintenance/ResourceEditor.h"
#include "maintenance/SuggestChangeDialog.h"
#include "resources/DetailHtml.h"
#include "resources/ResourceDetailView.h"
#include "store/MaintenanceStore.h"
#include "store/ResourceStore.h"
#include "store/SyncStore.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>

using namespace open211;
using namespace open211::test;

namespace {

const Editor Rita{QStringLiteral("rita"), QStringLiteral("resource_specialist")};

} // namespace

class TestMaintenanceScreens : public QObject
{
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QString m_service; // a demo service

    qint64 pending() const
    {
        const auto n = SyncStore(*m_db).count(QStringLiteral("pending"));
        return n ? *n : -1;
    }

    // The outbox entry waiting for this record.
    qint64 outboxSeq(const QString& table, const QString& id) const
    {
        const auto due = SyncStore(*m_db).dueEntries(QDateTime::currentDateTimeUtc().addYears(1), 1000);
        for (const OutboxEntry& e : due ? *due : QList<OutboxEntry>()) {
            if (e.entityId == table + u'/' + id)
                return e.seq;
        }
        return 0;
    }

    // A conflict on the demo service: saved here with `mine` as its name, while the hub's record
    // now says `hub` and has another description.
    EditConflict makeConflict(const QString& mine, const QString& hub)
    {
        MaintenanceStore store(*m_db);
        const auto before = store.record(hsds::Table::Service, m_service);
        if (!before)
            return {};
        QVariantMap fields = before->fields;
        fields.insert(QStringLiteral("name"), mine);
        const auto saved = store.save(Rita, hsds::Table::Service, m_service, fields);
        if (!saved || !saved->saved())
            return {};
        const qint64 seq = outboxSeq(QStringLiteral("service"), m_service);
        QJsonObject theirs = QJsonObject::fromVariantMap(before->fields);
        theirs.insert(QStringLiteral("id"), m_service);
        theirs.insert(QStringLiteral("name"), hub);
        theirs.insert(QStringLiteral("description"), QString(QStringLiteral("Changed on the hub: ") + hub));
        theirs.insert(QStringLiteral("version"), before->version + 5);
        if (!SyncStore(*m_db).markConflict(seq,
                                           QJsonDocument(theirs).toJson(QJsonDocument::Compact),
                                           QStringLiteral("Someone changed it on the hub meanwhile.")))
            return {};
        const auto conflicts = store.conflicts();
        return conflicts && !conflicts->isEmpty() ? conflicts->first() : EditConflict{};
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Workstation::setIdentity(QStringLiteral("en"));
    }

    void init()
    {
        QSettings settings;
        settings.remove(QStringLiteral("user"));
        settings.remove(QStringLiteral("maintenance"));
        settings.remove(QStringLiteral("hub"));
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = Database::open(m_dir->filePath(QStringLiteral("w.sqlite")));
        QVERIFY2(db, qPrintable(db.error()));
        m_db = std::move(db).value();
        QVERIFY(DemoGenerator::generate(*m_db, DemoOptions{80, 11}));
        const auto services = MaintenanceStore(*m_db).choices(hsds::Table::Service, QString(), 1);
        QVERIFY(services && !services->isEmpty());
        m_service = services->first().first;
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void badPhoneShowsTheProblemUnderTheNumberAndSavesNothing()
    {
        const qint64 before = pending();
        const auto phones
            = MaintenanceStore(*m_db).children(hsds::Table::Phone, QStringLiteral("service_id"), m_service);
        QVERIFY(phones);
        RecordDialog dialog(*m_db, Rita, hsds::Table::Phone);
        dialog.form()->setParentColumn(QStringLiteral("service_id"), m_service);
        dialog.form()->setNew();
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        RecordForm* form = dialog.form();
        // The parent is filled in and not shown; nor are the other owners a phone can have.
        QVERIFY(!form->shownFields().contains(QStringLiteral("service_id")));
        QVERIFY(!form->shownFields().contains(QStringLiteral("organization_id")));
        auto* number = qobject_cast<QLineEdit*>(form->editorFor(QStringLiteral("number")));
        QVERIFY(number);
        QTest::keyClicks(number, QStringLiteral("555-12"));
        QTest::keyClick(number, Qt::Key_S, Qt::ControlModifier);

        QVERIFY(dialog.isVisible());
        QLabel* problem = form->problemLabel(QStringLiteral("number"));
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QLatin1String("is not a phone number")), qPrintable(problem->text()));
        // Under the number, in the number's own row.
        QCOMPARE(problem->parentWidget(), number->parentWidget());
        QVERIFY(problem->geometry().top() >= number->geometry().bottom());
        QCOMPARE(dialog.focusWidget(), number);
        QVERIFY(number->accessibleDescription().contains(QLatin1String("is not a phone number")));
        QCOMPARE(pending(), before);
        QCOMPARE(MaintenanceStore(*m_db).children(hsds::Table::Phone, QStringLiteral("service_id"), m_service)->size(),
                 phones->size());
    }

    void validSaveClosesTheFormAndQueuesOneEdit()
    {
        const qint64 before = pending();
        RecordDialog dialog(*m_db, Rita, hsds::Table::Phone);
        dialog.form()->setParentColumn(QStringLiteral("service_id"), m_service);
        dialog.form()->setNew();
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* number = qobject_cast<QLineEdit*>(dialog.form()->editorFor(QStringLiteral("number")));
        QTest::keyClicks(number, QStringLiteral("613-555-0142"));
        auto* extension = qobject_cast<QLineEdit*>(dialog.form()->editorFor(QStringLiteral("extension")));
        QTest::keyClicks(extension, QStringLiteral("22"));
        dialog.saveButton()->click();

        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.isVisible());
        QVERIFY(!dialog.savedId().isEmpty());
        QCOMPARE(pending(), before + 1);
        const auto phone = MaintenanceStore(*m_db).record(hsds::Table::Phone, dialog.savedId());
        QVERIFY2(phone, qPrintable(phone.error()));
        QCOMPARE(phone->fields.value(QStringLiteral("number")).toString(), QStringLiteral("613-555-0142"));
        QCOMPARE(phone->fields.value(QStringLiteral("service_id")).toString(), m_service);
        QVERIFY(phone->waitingToUpload);

        // The service's editor lists it, waiting to upload.
        ResourceEditor editor(*m_db, Rita, hsds::Table::Service, m_service);
        ChildList* phones = editor.list(hsds::Table::Phone);
        QVERIFY(phones);
        bool listed = false;
        for (int row = 0; row < phones->view()->rowCount(); ++row) {
            if (phones->view()->item(row, 0)->text() == QLatin1String("613-555-0142 ext. 22"))
                listed = phones->view()->item(row, 1)->text() == QLatin1String("Waiting to upload");
        }
        QVERIFY(listed);
    }

    void taxonomyTermsArePickedByCodeOrName()
    {
        for (const QString& typed : {QStringLiteral("BD-1800.2000"), QStringLiteral("food pantries")}) {
            RecordDialog dialog(*m_db, Rita, hsds::Table::Attribute);
            RecordForm* form = dialog.form();
            form->setParentColumn(QStringLiteral("link_id"), m_service);
            form->setFixed(QStringLiteral("link_entity"), QStringLiteral("service"));
            form->setFixed(QStringLiteral("link_type"), QStringLiteral("taxonomy"));
            form->setFixed(QStringLiteral("value"), QVariant());
            form->setNew();
            QCOMPARE(form->shownFields(), QStringList{QStringLiteral("taxonomy_term_id")});
            auto* term = qobject_cast<QComboBox*>(form->editorFor(QStringLiteral("taxonomy_term_id")));
            QVERIFY(term && term->isEditable());
            term->setEditText(typed);
            dialog.save();
            QVERIFY2(dialog.result() == QDialog::Accepted,
                     qPrintable(form->problemLabel(QStringLiteral("taxonomy_term_id"))->text()));
            const auto attribute = MaintenanceStore(*m_db).record(hsds::Table::Attribute, dialog.savedId());
            QVERIFY(attribute);
            QCOMPARE(attribute->fields.value(QStringLiteral("taxonomy_term_id")).toString(),
                     QStringLiteral("BD-1800.2000"));
            QCOMPARE(attribute->fields.value(QStringLiteral("link_id")).toString(), m_service);
            QVERIFY(MaintenanceStore(*m_db).remove(Rita, hsds::Table::Attribute, dialog.savedId()));
        }
        // A name nobody has is said so under the field.
        RecordDialog dialog(*m_db, Rita, hsds::Table::Service);
        auto* organization = qobject_cast<QComboBox*>(dialog.form()->editorFor(QStringLiteral("organization_id")));
        organization->setEditText(QStringLiteral("No Such Agency Anywhere"));
        dialog.save();
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY(dialog.form()
                    ->problemLabel(QStringLiteral("organization_id"))
                    ->text()
                    .contains(QLatin1String("No Such Agency Anywhere")));
        // Every problem at once: the name is required too.
        QVERIFY(dialog.form()->problemLabel(QStringLiteral("name"))->isVisibleTo(&dialog));
    }

    void listKeysAddEditAndRemove()
    {
        const auto phone = MaintenanceStore(*m_db).save(
            Rita,
            hsds::Table::Phone,
            QString(),
            {{QStringLiteral("service_id"), m_service}, {QStringLiteral("number"), QStringLiteral("705-555-0110")}});
        QVERIFY(phone && phone->saved());
        ResourceEditor editor(*m_db, Rita, hsds::Table::Service, m_service);
        editor.show();
        ChildList* phones = editor.list(hsds::Table::Phone);
        editor.tabs()->setCurrentWidget(phones);
        const int before = phones->count();
        QVERIFY(before > 0);
        QSignalSpy changed(&editor, &ResourceEditor::changed);

        // Insert opens a new phone's form; Escape leaves it.
        QString title;
        QTimer::singleShot(0, this, [&title] {
            if (auto* d = qobject_cast<RecordDialog*>(QApplication::activeModalWidget())) {
                title = d->windowTitle();
                d->reject();
            }
        });
        QTest::keyClick(phones->view(), Qt::Key_Insert);
        QCOMPARE(title, QStringLiteral("New: Phone"));
        // Enter opens the selected one.
        phones->view()->setCurrentCell(0, 0);
        QString number;
        QTimer::singleShot(0, this, [&number] {
            if (auto* d = qobject_cast<RecordDialog*>(QApplication::activeModalWidget())) {
                number = qobject_cast<QLineEdit*>(d->form()->editorFor(QStringLiteral("number")))->text();
                d->reject();
            }
        });
        QTest::keyClick(phones->view(), Qt::Key_Return);
        QVERIFY(!number.isEmpty());
        QCOMPARE(changed.count(), 0);
        // Delete asks first.
        QTimer::singleShot(0, this, [] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
                box->button(QMessageBox::Yes)->click();
        });
        QTest::keyClick(phones->view(), Qt::Key_Delete);
        QCOMPARE(phones->count(), before - 1);
        QCOMPARE(changed.count(), 1);
        QVERIFY(editor.tabs()->tabText(editor.tabs()->indexOf(phones)).startsWith(QLatin1String("Phones")));
    }

    void specialistSuggestsAndTheWorkListShowsIt()
    {
        MainWindow w(*m_db);
        beginTestSession(w);
        // A specialist, who does not edit.
        QCOMPARE(w.editor().role, QStringLiteral("specialist"));
        for (const char* name : {"editResource", "newService", "newOrganization", "newLocation", "workList"}) {
            QAction* a = w.resourceAction(name);
            QVERIFY2(a, name);
            QVERIFY2(!a->isEnabled(), name);
            QVERIFY2(a->toolTip().contains(QLatin1String("Only resource specialists, supervisors and admins")), name);
        }
        QVERIFY(w.resourceAction("suggestChange")->isEnabled());

        const QString note = QStringLiteral("The intake line now answers at 613-555-0142.");
        {
            SuggestChangeDialog dialog(
                *m_db, w.editor().username, hsds::Table::Service, m_service, QStringLiteral("A demo service"), &w);
            dialog.show();
            dialog.sendButton()->click(); // nothing written yet: it says so and stays
            QVERIFY(dialog.isVisible());
            QVERIFY(dialog.messageLabel()->isVisible());
            QTest::keyClicks(dialog.noteEdit(), note);
            dialog.sendButton()->click();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QVERIFY(!dialog.suggestionId().isEmpty());
        }

        // A resource specialist signs in: the edit actions open, and the work list has the note.
        beginTestSession(w, QStringLiteral("resource_specialist"), QStringLiteral("rita"));
        QCOMPARE(w.editor().role, QStringLiteral("resource_specialist"));
        QCOMPARE(w.editor().username, QStringLiteral("rita"));
        for (const char* name : {"editResource", "newService", "newOrganization", "newLocation", "workList"})
            QVERIFY2(w.resourceAction(name)->isEnabled(), name);
        MaintenancePanel panel(*m_db, w.editor(), &w);
        panel.show();
        panel.tabs()->setCurrentIndex(MaintenancePanel::SuggestionsTab);
        QTableWidget* table = panel.suggestionsTable();
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, MaintenancePanel::SuggestionNote)->text(), note);
        QVERIFY(!table->item(0, MaintenancePanel::SuggestionBy)->text().isEmpty());
        // Done: it leaves the list.
        table->setCurrentCell(0, 0);
        panel.markDoneButton()->click();
        QCOMPARE(table->rowCount(), 0);
    }

    void markVerifiedSaysWhoAndWhen()
    {
        ResourceEditor editor(*m_db, Rita, hsds::Table::Service, m_service);
        editor.show();
        editor.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        editor.setToday(QDate(2026, 3, 1));
        QVERIFY(editor.verifyButton()->isVisible());
        QVERIFY(editor.verifiedLabel()->text() != QLatin1String("Last verified 2026-03-01 by rita"));
        QVERIFY(editor.bannerLabel()->isHidden());
        const qint64 before = pending();
        QTest::keyClick(&editor, Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(editor.verifiedLabel()->text(), QStringLiteral("Last verified 2026-03-01 by rita"));
        QCOMPARE(pending(), before + 1);
        QVERIFY(editor.bannerLabel()->isVisible());
        QVERIFY(editor.bannerLabel()->text().startsWith(QLatin1String("Waiting to upload")));
        const auto stored = MaintenanceStore(*m_db).record(hsds::Table::Service, m_service);
        QCOMPARE(stored->fields.value(QStringLiteral("assured_date")).toString(), QStringLiteral("2026-03-01"));

        // The history has it, newest first.
        HistoryDialog history(*m_db, hsds::Table::Service, m_service, QStringLiteral("x"));
        QVERIFY(history.table()->rowCount() >= 1);
        QStringList whats;
        for (int row = 0; row < history.table()->rowCount(); ++row)
            whats << history.table()->item(row, HistoryDialog::What)->text();
        QVERIFY2(whats.contains(QLatin1String("Last verified on")), qPrintable(whats.join(u',')));

        // A service never verified says so.
        const auto other = MaintenanceStore(*m_db).choices(hsds::Table::Service, QString(), 5);
        QVariantMap fields = MaintenanceStore(*m_db).record(hsds::Table::Service, other->at(1).first)->fields;
        fields.remove(QStringLiteral("assured_date"));
        fields.remove(QStringLiteral("assurer_email"));
        QVERIFY(MaintenanceStore(*m_db).save(Rita, hsds::Table::Service, other->at(1).first, fields));
        ResourceEditor never(*m_db, Rita, hsds::Table::Service, other->at(1).first);
        QCOMPARE(never.verifiedLabel()->text(), QStringLiteral("Never verified"));
    }

    void conflictChoicesReachTheStore()
    {
        MaintenanceStore store(*m_db);

        // Keep the hub's.
        EditConflict c = makeConflict(QStringLiteral("Mine A"), QStringLiteral("Hub A"));
        QVERIFY(c.seq > 0);
        QVERIFY(c.differing.contains(QStringLiteral("name")));
        {
            ConflictDialog dialog(*m_db, Rita, c);
            dialog.show();
            // Only the fields that differ, until every field is asked for.
            QCOMPARE(dialog.shownFields(), c.differing);
            dialog.showAllBox()->setChecked(true);
            QVERIFY(dialog.shownFields().size() > c.differing.size());
            dialog.showAllBox()->setChecked(false);
            // Nothing is written by looking.
            QCOMPARE(store.record(hsds::Table::Service, m_service)->fields.value(QStringLiteral("name")).toString(),
                     QStringLiteral("Mine A"));
            dialog.keepHubButton()->click();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        auto r = store.record(hsds::Table::Service, m_service);
        QCOMPARE(r->fields.value(QStringLiteral("name")).toString(), QStringLiteral("Hub A"));
        QVERIFY(!r->inConflict);
        QVERIFY(store.conflicts()->isEmpty());

        // Keep mine: written so and sent again.
        c = makeConflict(QStringLiteral("Mine B"), QStringLiteral("Hub B"));
        QVERIFY(c.seq > 0);
        {
            ConflictDialog dialog(*m_db, Rita, c);
            dialog.keepMineButton()->click();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        r = store.record(hsds::Table::Service, m_service);
        QCOMPARE(r->fields.value(QStringLiteral("name")).toString(), QStringLiteral("Mine B"));
        QVERIFY(store.conflicts()->isEmpty());
        // Mine goes to the hub again, on the hub's version.
        QVERIFY(r->waitingToUpload);

        // Save a merge: the hub's name, my description.
        const QString myDescription
            = store.record(hsds::Table::Service, m_service)->fields.value(QStringLiteral("description")).toString();
        c = makeConflict(QStringLiteral("Mine C"), QStringLiteral("Hub C"));
        QVERIFY(c.seq > 0);
        QVERIFY(c.differing.contains(QStringLiteral("description")));
        {
            ConflictDialog dialog(*m_db, Rita, c);
            dialog.show();
            dialog.hubChoice(QStringLiteral("name"))->click();
            QVERIFY(dialog.mineChoice(QStringLiteral("description"))->isChecked());
            dialog.saveMergeButton()->click();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        r = store.record(hsds::Table::Service, m_service);
        QCOMPARE(r->fields.value(QStringLiteral("name")).toString(), QStringLiteral("Hub C"));
        QCOMPARE(r->fields.value(QStringLiteral("description")).toString(), myDescription);
        QVERIFY(store.conflicts()->isEmpty());
    }

    void hubRemovedTheRecordOffersToSendAgainOrLetGo()
    {
        EditConflict c = makeConflict(QStringLiteral("Mine D"), QStringLiteral("Hub D"));
        QVERIFY(c.seq > 0);
        c.hub.reset(); // as the hub says when it removed the record
        ConflictDialog dialog(*m_db, Rita, c);
        QVERIFY(!dialog.saveMergeButton());
        QVERIFY(!dialog.showAllBox());
        QCOMPARE(dialog.keepMineButton()->text(), QStringLiteral("Keep &mine (send again)"));
        QCOMPARE(dialog.keepHubButton()->text(), QStringLiteral("&Let it go"));
    }

    void workListNarrowsByRegion()
    {
        MaintenancePanel panel(*m_db, Rita);
        panel.show();
        panel.setToday(QDate(2040, 1, 1)); // every service is due by then
        const int all = int(panel.dueItems().size());
        QVERIFY(all > 0);
        QCOMPARE(panel.dueTable()->rowCount(), all);
        QString region;
        for (const VerificationItem& v : panel.dueItems()) {
            if (!v.region.isEmpty()) {
                region = v.region;
                break;
            }
        }
        QVERIFY(!region.isEmpty());
        const int index = panel.regionBox()->findData(region);
        QVERIFY(index > 0);
        panel.regionBox()->setCurrentIndex(index);
        QTRY_VERIFY(panel.dueItems().size() < all);
        QVERIFY(!panel.dueItems().isEmpty());
        for (const VerificationItem& v : panel.dueItems())
            QCOMPARE(v.region, region);
        QCOMPARE(panel.dueTable()->rowCount(), int(panel.dueItems().size()));
        QVERIFY2(panel.dueCountLabel()->text().endsWith(u' ' + QString::number(panel.dueItems().size())),
                 qPrintable(panel.dueCountLabel()->text()));

        // Months kept for next time.
        panel.monthsBox()->setValue(18);
        QCOMPARE(QSettings().value(QStringLiteral("maintenance/verifyMonths")).toInt(), 18);
        MaintenancePanel again(*m_db, Rita);
        QCOMPARE(again.monthsBox()->value(), 18);
    }

    void detailSaysWhenVerifiedAndWhatChanged()
    {
        const auto detail = ResourceStore(*m_db).serviceDetail(m_service);
        QVERIFY(detail);
        DetailContext context;
        DetailMaintenance m;
        m.verifiedOn = QDate(2026, 3, 1);
        m.verifiedBy = QStringLiteral("jdoe <b>");
        m.waitingToUpload = true;
        for (int i = 0; i < 30; ++i) {
            HistoryEntry e;
            e.table = QStringLiteral("service");
            e.recordId = m_service;
            e.at = QDateTime(QDate(2026, 2, 1), QTime(9, 0), Qt::UTC).addSecs(-60 * i);
            e.by = QStringLiteral("rita");
            e.field = QStringLiteral("name");
            e.oldValue = QStringLiteral("<script>old %1").arg(i);
            e.newValue = QStringLiteral("new & %1").arg(i);
            m.history << e;
        }
        context.maintenance = m;
        const QString html = DetailHtml::render(*detail, context);
        QVERIFY(html.contains(QLatin1String("Last verified 2026-03-01 by jdoe &lt;b&gt;")));
        QVERIFY(html.contains(QLatin1String("Waiting to upload")));
        QVERIFY(html.contains(QLatin1String("<details class=\"history\"><summary>Change history</summary>")));
        QVERIFY(!html.contains(QLatin1String("<script>")));
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;old 0 \u2192 new &amp; 0")));
        QVERIFY(html.contains(QLatin1String("old 19 ")));
        QVERIFY(!html.contains(QLatin1String("old 20 "))); // the newest twenty only
        // Nothing known: nothing said.
        QVERIFY(!DetailHtml::render(*detail, DetailContext{}).contains(QLatin1String("verified")));

        // The view reads it from the store, and again after an edit.
        ResourceDetailView view;
        view.setDatabase(m_db.get());
        view.showService(*detail, DetailContext{});
        QVERIFY(!view.plainText().contains(QLatin1String("Last verified 2026-03-01 by rita")));
        QVERIFY(MaintenanceStore(*m_db).markVerified(Rita, m_service, QDate(2026, 3, 1)));
        view.reload();
        QVERIFY2(view.plainText().contains(QLatin1String("Last verified 2026-03-01 by rita\nWaiting to upload")),
                 qPrintable(view.plainText()));
    }

    void everyControlHasAName()
    {
        const auto check = [](QWidget* w) {
            const QStringList missing = unnamedControls(w);
            QVERIFY2(missing.isEmpty(),
                     qPrintable(QString::fromLatin1(w->metaObject()->className()) + u' '
                                + missing.join(QStringLiteral(", "))));
        };
        ResourceEditor service(*m_db, Rita, hsds::Table::Service, m_service);
        service.show();
        for (int i = 0; i < service.tabs()->count(); ++i) {
            service.tabs()->setCurrentIndex(i);
            check(&service);
        }
        ResourceEditor organization(*m_db, Rita, hsds::Table::Organization, QString());
        organization.startNew({});
        organization.show();
        check(&organization);
        ResourceEditor location(*m_db, Rita, hsds::Table::Location, QString());
        location.show();
        check(&location);
        for (hsds::Table t : {hsds::Table::Phone,
                              hsds::Table::Schedule,
                              hsds::Table::Address,
                              hsds::Table::Attribute,
                              hsds::Table::ServiceAtLocation}) {
            RecordDialog dialog(*m_db, Rita, t);
            dialog.show();
            check(&dialog);
        }
        MaintenancePanel panel(*m_db, Rita);
        panel.show();
        for (int i = 0; i < panel.tabs()->count(); ++i) {
            panel.tabs()->setCurrentIndex(i);
            check(&panel);
        }
        SuggestChangeDialog suggest(*m_db, QStringLiteral("sam"), hsds::Table::Service, m_service, QStringLiteral("x"));
        suggest.show();
        check(&suggest);
        HistoryDialog history(*m_db, hsds::Table::Service, m_service, QStringLiteral("x"));
        history.show();
        check(&history);
        const EditConflict c = makeConflict(QStringLiteral("Mine E"), QStringLiteral("Hub E"));
        ConflictDialog conflict(*m_db, Rita, c);
        conflict.show();
        conflict.showAllBox()->setChecked(true);
        check(&conflict);
    }
};

QTEST_MAIN(TestMaintenanceScreens)
#include "TestMaintenanceScreens.moc"
