#include "call/CallPanel.h"

#include "calls/CallVocabulary.h"
#include "geo/Gazetteer.h"
#include "search/SearchEngine.h"

#include "Workstation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QStandardItemModel>
#include <QTimer>
#include <QUuid>
#include <QVBoxLayout>

namespace open211 {

namespace {

constexpr int TermIdRole = Qt::UserRole + 1;
constexpr int TermCodeRole = Qt::UserRole + 2;
constexpr int TermNameRole = Qt::UserRole + 3;

void fillCombo(QComboBox* box, const QList<VocabularyItem>& items, const QString& emptyLabel)
{
    const QString current = box->currentData().toString();
    const QSignalBlocker block(box);
    box->clear();
    box->addItem(emptyLabel, QString());
    for (const auto& item : items)
        box->addItem(item.label, item.code);
    box->setCurrentIndex(std::max(0, box->findData(current)));
}

void selectCode(QComboBox* box, const QString& code)
{
    const QSignalBlocker block(box);
    box->setCurrentIndex(std::max(0, box->findData(code)));
}

} // namespace

CallPanel::CallPanel(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
{
    build();
    retranslate();
    clearCall();
}

void CallPanel::build()
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* head = new QHBoxLayout;
    m_title = new QLabel(this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_title->setFont(big);
    m_timer = new QLabel(this);
    m_timer->setFont(big);
    head->addWidget(m_title, 1);
    head->addWidget(m_timer);
    outer->addLayout(head);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // fields narrow with the panel instead
    auto* body = new QWidget(scroll);
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(0, 0, 4, 0);
    scroll->setWidget(body);
    outer->addWidget(scroll, 1);

    const auto addRow = [this](QFormLayout* form, std::function<QString()> text, QWidget* field) {
        auto* label = new QLabel(this);
        label->setBuddy(field);
        m_relabel.append([label, field, text] {
            label->setText(text());
            QString plain = text();
            plain.remove(u'&');
            field->setAccessibleName(plain.endsWith(u':') ? plain.chopped(1) : plain);
        });
        form->addRow(label, field);
    };

    // The caller.
    m_callerBox = new QGroupBox(body);
    auto* caller = new QFormLayout(m_callerBox);
    m_location = new QLineEdit(m_callerBox);
    m_language = new QComboBox(m_callerBox);
    m_interpreter = new QCheckBox(m_callerBox);
    m_contactType = new QComboBox(m_callerBox);
    m_heardAbout = new QComboBox(m_callerBox);
    m_ageGroup = new QComboBox(m_callerBox);
    m_gender = new QComboBox(m_callerBox);
    m_thirdParty = new QCheckBox(m_callerBox);
    m_consent = new QCheckBox(m_callerBox);
    m_name = new QLineEdit(m_callerBox);
    m_phone = new QLineEdit(m_callerBox);
    m_phone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    addRow(
        caller, [] { return tr("&Location:"); }, m_location);
    auto* langRow = new QWidget(m_callerBox);
    auto* langLayout = new QHBoxLayout(langRow);
    langLayout->setContentsMargins(0, 0, 0, 0);
    langLayout->addWidget(m_language, 1);
    langLayout->addWidget(m_interpreter);
    addRow(
        caller, [] { return tr("Lan&guage:"); }, langRow);
    addRow(
        caller, [] { return tr("Contact &type:"); }, m_contactType);
    addRow(
        caller, [] { return tr("&Heard of 211:"); }, m_heardAbout);
    addRow(
        caller, [] { return tr("&Age group:"); }, m_ageGroup);
    addRow(
        caller, [] { return tr("G&ender:"); }, m_gender);
    caller->addRow(m_thirdParty);
    caller->addRow(m_consent);
    addRow(
        caller, [] { return tr("Caller's &name:"); }, m_name);
    addRow(
        caller, [] { return tr("Caller's &phone:"); }, m_phone);
    layout->addWidget(m_callerBox);

    // Needs.
    m_needBox = new QGroupBox(body);
    auto* needs = new QVBoxLayout(m_needBox);
    m_needEdit = new QLineEdit(m_needBox);
    m_needEdit->setClearButtonEnabled(true);
    m_suggestions = new QStandardItemModel(this);
    m_completer = new QCompleter(m_suggestions, this);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_needEdit->setCompleter(m_completer);
    needs->addWidget(m_needEdit);
    m_needs = new QListWidget(m_needBox);
    m_needs->setMinimumHeight(80);
    m_needs->setWordWrap(true);
    needs->addWidget(m_needs, 1);
    auto* metRow = new QHBoxLayout;
    m_metButton = new QPushButton(m_needBox);
    m_unmetButton = new QPushButton(m_needBox);
    m_unmetReason = new QComboBox(m_needBox);
    metRow->addWidget(m_metButton);
    metRow->addWidget(m_unmetButton);
    metRow->addWidget(m_unmetReason, 1);
    needs->addLayout(metRow);
    layout->addWidget(m_needBox, 1);

    // Referrals.
    m_referralBox = new QGroupBox(body);
    auto* refs = new QVBoxLayout(m_referralBox);
    m_referrals = new QListWidget(m_referralBox);
    m_referrals->setMinimumHeight(70);
    m_referrals->setWordWrap(true);
    refs->addWidget(m_referrals);
    layout->addWidget(m_referralBox, 1);

    // Follow-up, notes, disposition.
    m_followBox = new QGroupBox(body);
    auto* follow = new QFormLayout(m_followBox);
    m_followUp = new QCheckBox(m_followBox);
    m_followDue = new QDateEdit(m_followBox);
    m_followDue->setCalendarPopup(true);
    auto* followRow = new QWidget(m_followBox);
    auto* followLayout = new QHBoxLayout(followRow);
    followLayout->setContentsMargins(0, 0, 0, 0);
    followLayout->addWidget(m_followUp);
    followLayout->addWidget(m_followDue);
    followLayout->addStretch();
    follow->addRow(followRow);
    m_notes = new QPlainTextEdit(m_followBox);
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(60);
    m_disposition = new QComboBox(m_followBox);
    addRow(
        follow, [] { return tr("N&otes:"); }, m_notes);
    addRow(
        follow, [] { return tr("&Disposition:"); }, m_disposition);
    layout->addWidget(m_followBox);

    m_tick = new QTimer(this);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &CallPanel::updateTimer);

    // Long labels (French ones especially) must not widen the panel: lists shrink to fit it.
    for (QComboBox* c : findChildren<QComboBox*>()) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(10);
    }

    // Every edit updates the call and is announced.
    for (QLineEdit* e : {m_location, m_name, m_phone})
        connect(e, &QLineEdit::textEdited, this, &CallPanel::commit);
    connect(
        m_location, &QLineEdit::editingFinished, this, [this] { emit locationChanged(m_location->text().trimmed()); });
    for (QComboBox* c : {m_language, m_contactType, m_heardAbout, m_ageGroup, m_gender, m_disposition})
        connect(c, &QComboBox::currentIndexChanged, this, &CallPanel::commit);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        emit languageChanged(m_language->currentData().toString());
    });
    for (QCheckBox* c : {m_interpreter, m_thirdParty, m_consent, m_followUp})
        connect(c, &QCheckBox::toggled, this, &CallPanel::commit);
    connect(m_followDue, &QDateEdit::dateChanged, this, &CallPanel::commit);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &CallPanel::commit);
    connect(m_consent, &QCheckBox::toggled, this, [this](bool on) {
        // Sealed details stay as they are: nothing typed over them could be kept.
        m_name->setEnabled(on && m_active && !m_call.detailsLocked);
        m_phone->setEnabled(on && m_active && !m_call.detailsLocked);
    });
    connect(m_followUp, &QCheckBox::toggled, m_followDue, &QWidget::setEnabled);
    connect(m_needEdit, &QLineEdit::textEdited, this, &CallPanel::updateSuggestions);
    connect(m_needEdit, &QLineEdit::returnPressed, this, &CallPanel::addNeedFromEdit);
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this, [this](const QModelIndex& i) {
        m_needEdit->setProperty("chosenTerm", i.data(TermIdRole));
        QTimer::singleShot(0, this, &CallPanel::addNeedFromEdit);
    });
    connect(m_metButton, &QPushButton::clicked, this, &CallPanel::markMet);
    connect(m_unmetButton, &QPushButton::clicked, this, &CallPanel::markUnmet);
    connect(m_unmetReason, &QComboBox::activated, this, [this] {
        if (const int i = currentNeed(); i >= 0 && m_call.needs[i].met == false) {
            m_call.needs[i].unmetReason = m_unmetReason->currentData().toString();
            refreshLists();
            commit();
        }
    });
    connect(m_needs, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_call.needs.size())
            selectCode(m_unmetReason, m_call.needs[row].unmetReason);
    });
    m_needs->installEventFilter(this);
    m_referrals->installEventFilter(this);
}

void CallPanel::retranslate()
{
    m_callerBox->setTitle(tr("Caller"));
    m_needBox->setTitle(tr("Needs"));
    m_referralBox->setTitle(tr("Referrals given"));
    m_followBox->setTitle(tr("Follow-up and wrap-up"));
    m_interpreter->setText(tr("&Interpreter"));
    m_thirdParty->setText(tr("Third-party caller"));
    m_consent->setText(tr("&Consents to keep name and phone"));
    m_followUp->setText(tr("&Follow-up requested, due"));
    m_metButton->setText(tr("Met"));
    m_unmetButton->setText(tr("Unmet"));
    m_metButton->setToolTip(tr("Mark the selected need met (Ctrl+M)"));
    m_unmetButton->setToolTip(tr("Mark the selected need unmet, with the reason beside (Ctrl+Shift+M)"));
    m_location->setPlaceholderText(tr("Municipality or postal code"));
    m_needEdit->setPlaceholderText(tr("Add a need: type a term, code or everyday word, then Enter"));
    m_needEdit->setAccessibleName(tr("Add a need"));
    m_needs->setAccessibleName(tr("Needs"));
    m_referrals->setAccessibleName(tr("Referrals given"));
    m_unmetReason->setAccessibleName(tr("Reason unmet"));
    m_interpreter->setAccessibleName(tr("Interpreter used"));
    m_language->setAccessibleName(tr("Language of the call"));
    m_thirdParty->setAccessibleName(tr("Third-party caller"));
    m_consent->setAccessibleName(tr("Caller consents to keep name and phone"));
    m_followUp->setAccessibleName(tr("Follow-up requested"));
    m_followDue->setAccessibleName(tr("Follow-up due date"));
    for (const auto& f : m_relabel)
        f();
    fillCombos();
    refreshLists();
    updateTimer();
}

void CallPanel::fillCombos()
{
    fillCombo(m_language, CallVocabulary::languages(), tr("(not asked)"));
    fillCombo(m_contactType, CallVocabulary::contactTypes(), tr("(choose)"));
    fillCombo(m_heardAbout, CallVocabulary::heardAbout(), tr("(not asked)"));
    fillCombo(m_ageGroup, CallVocabulary::ageGroups(), tr("(not asked)"));
    fillCombo(m_gender, CallVocabulary::genders(), tr("(not asked)"));
    fillCombo(m_disposition, CallVocabulary::dispositions(), tr("(choose)"));
    fillCombo(m_unmetReason, CallVocabulary::unmetReasons(), tr("(reason unmet)"));
}

void CallPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CallPanel::setCall(const Call& call)
{
    m_call = call;
    m_active = call.isOpen();
    toWidgets();
    m_tick->start();
    updateTimer();
}

void CallPanel::clearCall()
{
    m_call = Call();
    m_active = false;
    toWidgets();
    m_tick->stop();
    updateTimer();
}

void CallPanel::toWidgets()
{
    m_loading = true;
    m_location->setText(m_call.postalCode.isEmpty() ? m_call.municipality : m_call.postalCode);
    selectCode(m_language, m_call.language);
    m_interpreter->setChecked(m_call.interpreterUsed);
    selectCode(m_contactType, m_call.contactType);
    selectCode(m_heardAbout, m_call.heardAbout);
    selectCode(m_ageGroup, m_call.ageGroup);
    selectCode(m_gender, m_call.gender);
    m_thirdParty->setChecked(m_call.thirdParty);
    m_consent->setChecked(m_call.consentRecorded);
    // Sealed with a key this session does not hold (another workstation's user, or a keychain
    // that was lost): the fields say so, and what they hold is kept as it is.
    const bool locked = m_call.detailsLocked;
    const QString sealed = tr("sealed: sign in as whoever took this call to read it");
    m_name->setText(locked ? QString() : m_call.callerName);
    m_phone->setText(locked ? QString() : m_call.callerPhone);
    m_name->setPlaceholderText(locked ? sealed : QString());
    m_phone->setPlaceholderText(locked ? sealed : QString());
    m_notes->setPlaceholderText(locked ? sealed : QString());
    m_followUp->setChecked(m_call.followUp.has_value());
    m_followDue->setDate(m_call.followUp ? m_call.followUp->dueAt.toLocalTime().date()
                                         : QDate::currentDate().addDays(2));
    m_notes->setPlainText(locked ? QString() : m_call.notes);
    m_notes->setReadOnly(locked);
    selectCode(m_disposition, m_call.disposition);
    for (QWidget* w : std::initializer_list<QWidget*>{m_callerBox, m_needBox, m_referralBox, m_followBox})
        w->setEnabled(m_active);
    m_name->setEnabled(m_active && m_call.consentRecorded && !locked);
    m_phone->setEnabled(m_active && m_call.consentRecorded && !locked);
    m_followDue->setEnabled(m_call.followUp.has_value());
    refreshLists();
    m_loading = false;
}

void CallPanel::fromWidgets()
{
    const QString place = m_location->text().trimmed();
    static const QRegularExpression postal(QStringLiteral("^[A-Za-z]\\d[A-Za-z]\\s*(\\d[A-Za-z]\\d)?$"));
    // The caller's area as reports count it: a postal code also gives its municipality, and a
    // known place its name as the gazetteer spells it and its centre.
    const Municipality* known = nullptr;
    if (postal.match(place).hasMatch()) {
        m_call.postalCode = place.toUpper();
        known = Gazetteer::ontario().byFsa(m_call.postalCode);
        m_call.municipality = known ? known->name : QString();
    } else {
        m_call.postalCode.clear();
        known = Gazetteer::ontario().find(place);
        m_call.municipality = known ? known->name : place;
    }
    m_call.latitude = known ? std::optional<double>(known->latitude) : std::nullopt;
    m_call.longitude = known ? std::optional<double>(known->longitude) : std::nullopt;
    m_call.language = m_language->currentData().toString();
    m_call.interpreterUsed = m_interpreter->isChecked();
    m_call.contactType = m_contactType->currentData().toString();
    m_call.heardAbout = m_heardAbout->currentData().toString();
    m_call.ageGroup = m_ageGroup->currentData().toString();
    m_call.gender = m_gender->currentData().toString();
    m_call.thirdParty = m_thirdParty->isChecked();
    m_call.consentRecorded = m_consent->isChecked();
    if (!m_call.detailsLocked) {
        m_call.callerName = m_call.consentRecorded ? m_name->text().trimmed() : QString();
        m_call.callerPhone = m_call.consentRecorded ? m_phone->text().trimmed() : QString();
    } else if (!m_call.consentRecorded) {
        m_call.callerName.clear(); // consent withdrawn: what was sealed goes too
        m_call.callerPhone.clear();
    }
    if (m_followUp->isChecked()) {
        FollowUp f = m_call.followUp.value_or(FollowUp());
        if (f.id.isEmpty())
            f.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        f.consent = true;
        f.dueAt = m_followDue->date().startOfDay().addSecs(9 * 3600).toUTC();
        m_call.followUp = f;
    } else {
        m_call.followUp.reset();
    }
    if (!m_call.detailsLocked)
        m_call.notes = m_notes->toPlainText();
    m_call.disposition = m_disposition->currentData().toString();
}

void CallPanel::commit()
{
    if (m_loading || !m_active)
        return;
    fromWidgets();
    m_call.updatedAt = QDateTime::currentDateTimeUtc();
    emit changed(m_call);
}

void CallPanel::refreshLists()
{
    const int needRow = m_needs->currentRow();
    m_needs->clear();
    const auto reasons = CallVocabulary::unmetReasons();
    for (const CallerNeed& n : m_call.needs) {
        QString state;
        if (n.met == true)
            state = tr("met");
        else if (n.met == false)
            state = n.unmetReason.isEmpty() ? tr("unmet")
                                            : tr("unmet: %1").arg(CallVocabulary::label(reasons, n.unmetReason));
        else
            state = tr("open");
        const QString code = n.termCode.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(n.termCode);
        auto* item = new QListWidgetItem(QStringLiteral("%1%2 — %3").arg(n.termName, code, state), m_needs);
        item->setForeground(n.met == false      ? QColor(0xb0, 0x30, 0x20)
                                : n.met == true ? QColor(0x1d, 0x6b, 0x2c)
                                                : QColor());
    }
    if (m_call.needs.size() > 0)
        m_needs->setCurrentRow(
            std::clamp(needRow < 0 ? int(m_call.needs.size()) - 1 : needRow, 0, int(m_call.needs.size()) - 1));
    m_referrals->clear();
    for (const Referral& r : m_call.referrals) {
        QString needName;
        for (const CallerNeed& n : m_call.needs) {
            if (n.id == r.needId)
                needName = n.termName;
        }
        const QString line
            = r.organizationName.isEmpty() ? r.serviceName : tr("%1 — %2").arg(r.serviceName, r.organizationName);
        new QListWidgetItem(needName.isEmpty() ? line : tr("%1 (for %2)").arg(line, needName), m_referrals);
    }
    m_referralBox->setTitle(m_call.referrals.isEmpty() ? tr("Referrals given")
                                                       : tr("Referrals given (%1)").arg(m_call.referrals.size()));
}

void CallPanel::updateTimer()
{
    if (!m_active) {
        m_title->setText(tr("No call in progress"));
        m_timer->setText(tr("Ctrl+N starts one"));
        return;
    }
    m_title->setText(
        tr("Call started %1").arg(QLocale().toString(m_call.startedAt.toLocalTime().time(), QLocale::ShortFormat)));
    const qint64 s = std::max<qint64>(0, m_call.startedAt.secsTo(QDateTime::currentDateTimeUtc()));
    m_timer->setText(QStringLiteral("%1:%2:%3")
                         .arg(s / 3600)
                         .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
                         .arg(s % 60, 2, 10, QLatin1Char('0')));
    m_timer->setAccessibleName(tr("Call length"));
}

void CallPanel::updateSuggestions(const QString& text)
{
    m_suggestions->clear();
    m_needEdit->setProperty("chosenTerm", QVariant());
    if (text.trimmed().size() < 2)
        return;
    auto found = searchTaxonomy(m_db, text, 12);
    if (!found)
        return;
    const bool fr = Workstation::language() == QLatin1String("fr");
    for (const TaxonomyMatch& m : found->terms) {
        const QString name = fr && !m.nameFr.isEmpty() ? m.nameFr : m.name;
        auto* item = new QStandardItem(QStringLiteral("%1 — %2").arg(name, m.code));
        item->setData(m.id, TermIdRole);
        item->setData(m.code, TermCodeRole);
        item->setData(name, TermNameRole);
        item->setToolTip(m.matched);
        m_suggestions->appendRow(item);
    }
    m_completer->complete();
}

void CallPanel::addNeedFromEdit()
{
    if (!m_active)
        return;
    const QString text = m_needEdit->text().trimmed();
    if (text.isEmpty())
        return;
    // The chosen suggestion, else the best one for what was typed, else the words themselves.
    QStandardItem* chosen = nullptr;
    const QString chosenId = m_needEdit->property("chosenTerm").toString();
    for (int i = 0; i < m_suggestions->rowCount(); ++i) {
        if (m_suggestions->item(i)->data(TermIdRole).toString() == chosenId)
            chosen = m_suggestions->item(i);
    }
    if (!chosen && m_suggestions->rowCount() > 0 && m_suggestions->item(0)->text() == text)
        chosen = m_suggestions->item(0);
    if (!chosen && m_suggestions->rowCount() == 0) {
        updateSuggestions(text);
        m_completer->popup()->hide();
    }
    if (!chosen && m_suggestions->rowCount() > 0)
        chosen = m_suggestions->item(0);
    CallerNeed need;
    need.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (chosen) {
        need.taxonomyTermId = chosen->data(TermIdRole).toString();
        need.termCode = chosen->data(TermCodeRole).toString();
        need.termName = chosen->data(TermNameRole).toString();
    } else {
        need.termName = text;
    }
    m_call.needs.append(need);
    m_needEdit->clear();
    m_suggestions->clear();
    m_completer->popup()->hide();
    refreshLists();
    m_needs->setCurrentRow(int(m_call.needs.size()) - 1);
    commit();
    emit needAdded(need);
}

int CallPanel::currentNeed() const
{
    if (m_call.needs.isEmpty())
        return -1;
    const int row = m_needs->currentRow();
    return row >= 0 && row < m_call.needs.size() ? row : int(m_call.needs.size()) - 1;
}

void CallPanel::setNeedMet(int index, bool met)
{
    if (!m_active || index < 0 || index >= m_call.needs.size())
        return;
    m_call.needs[index].met = met;
    if (met)
        m_call.needs[index].unmetReason.clear();
    else
        m_call.needs[index].unmetReason = m_unmetReason->currentData().toString();
    m_needs->setCurrentRow(index);
    refreshLists();
    commit();
}

void CallPanel::markMet()
{
    setNeedMet(currentNeed(), true);
}

void CallPanel::markUnmet()
{
    const int i = currentNeed();
    setNeedMet(i, false);
    if (i >= 0)
        m_unmetReason->setFocus(); // the reason is the next thing to give
}

void CallPanel::focusNotes()
{
    m_notes->setFocus();
    m_notes->moveCursor(QTextCursor::End);
}

void CallPanel::focusNeed()
{
    m_needEdit->setFocus();
    m_needEdit->selectAll();
}

void CallPanel::addReferral(const Referral& referral)
{
    if (!m_active)
        return;
    for (const Referral& r : m_call.referrals) {
        if (r.serviceId == referral.serviceId && r.locationId == referral.locationId)
            return; // given already
    }
    Referral r = referral;
    if (r.id.isEmpty())
        r.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (r.needId.isEmpty() && currentNeed() >= 0)
        r.needId = m_call.needs[currentNeed()].id;
    if (!r.createdAt.isValid())
        r.createdAt = QDateTime::currentDateTimeUtc();
    m_call.referrals.append(r);
    refreshLists();
    commit();
}

QString CallPanel::location() const
{
    return m_location->text().trimmed();
}

void CallPanel::removeSelected(QListWidget* list)
{
    const int row = list->currentRow();
    if (!m_active || row < 0)
        return;
    if (list == m_needs && row < m_call.needs.size()) {
        const QString id = m_call.needs[row].id;
        m_call.needs.removeAt(row);
        for (Referral& r : m_call.referrals) {
            if (r.needId == id)
                r.needId.clear();
        }
    } else if (list == m_referrals && row < m_call.referrals.size()) {
        m_call.referrals.removeAt(row);
    }
    refreshLists();
    commit();
}

bool CallPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Delete) {
        if (watched == m_needs || watched == m_referrals) {
            removeSelected(static_cast<QListWidget*>(watched));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace open211
