// Shared by the screens' tests.
#pragma once

#include "MainWindow.h"
#include "security/CallerKeys.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStringList>
#include <QWidget>

namespace open211::test {

// Controls a person can reach with the keyboard that have no name for a screen reader: inputs,
// lists, buttons, and whatever else `alsoCheck` says is one (a web view).
template <typename Extra = std::nullptr_t> QStringList unnamedControls(QWidget* root, const Extra& alsoCheck = nullptr)
{
    QStringList missing;
    for (QWidget* widget : root->findChildren<QWidget*>()) {
        bool input = qobject_cast<QLineEdit*>(widget) || qobject_cast<QComboBox*>(widget)
            || qobject_cast<QAbstractSpinBox*>(widget) || qobject_cast<QAbstractItemView*>(widget)
            || qobject_cast<QPlainTextEdit*>(widget) || qobject_cast<QAbstractButton*>(widget);
        if constexpr (!std::is_same_v<Extra, std::nullptr_t>)
            input = input || alsoCheck(widget);
        if (!input || widget->focusPolicy() == Qt::NoFocus || !widget->isVisibleTo(root))
            continue;
        if (qobject_cast<QLineEdit*>(widget)
            && (qobject_cast<QAbstractSpinBox*>(widget->parentWidget())
                || qobject_cast<QComboBox*>(widget->parentWidget())))
            continue; // the spin box's or combo box's own editor: that one is named
        const auto* button = qobject_cast<QAbstractButton*>(widget);
        QString name = !widget->accessibleName().isEmpty() ? widget->accessibleName()
            : button                                       ? button->text()
                                                           : QString();
        if (name.remove(u'&').trimmed().isEmpty())
            missing << QString::fromLatin1(widget->metaObject()->className()) + u' ' + widget->objectName();
    }
    return missing;
}

// Mnemonics (Alt+letter) that two visible labels or buttons under `root` share: "x: A, B".
inline QStringList clashingMnemonics(QWidget* root)
{
    QHash<QChar, QStringList> byKey;
    for (QWidget* widget : root->findChildren<QWidget*>()) {
        if (!widget->isVisibleTo(root))
            continue;
        QString text;
        if (const auto* label = qobject_cast<QLabel*>(widget); label && label->buddy())
            text = label->text();
        else if (const auto* button = qobject_cast<QAbstractButton*>(widget))
            text = button->text();
        const qsizetype at = text.indexOf(u'&');
        if (at < 0 || at + 1 >= text.size() || text.at(at + 1) == u'&')
            continue;
        byKey[text.at(at + 1).toLower()] << text;
    }
    QStringList clashes;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        if (it.value().size() > 1)
            clashes << QString(it.key()) + QStringLiteral(": ") + it.value().join(QStringLiteral(", "));
    }
    return clashes;
}

// The key ring that seals callers' details in the screens' tests: one per process, or the one a
// parent test hands its child in OPEN211_TEST_RING (hex), as two runs of a workstation share the
// keychain's.
inline const KeyRing& testRing()
{
    static const KeyRing ring = [] {
        if (auto given = KeyRing::fromBytes(QByteArray::fromHex(qgetenv("OPEN211_TEST_RING"))))
            return *given;
        return KeyRing::generate();
    }();
    return ring;
}

// Someone at the window (what a sign-in would give): `role` decides what it lets them do.
inline void beginTestSession(MainWindow& w,
                             const QString& role = QStringLiteral("specialist"),
                             const QString& username = QStringLiteral("dana"))
{
    if (!CallerKeys::installed())
        CallerKeys::install(testRing());
    w.beginSession(SessionUser{username, username, role, QString(), QString(), false, QDateTime()});
}

} // namespace open211::test
