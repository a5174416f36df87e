// Placeholder: being written (roles on the hub).
#include <QTest>
class TestHubRoles : public QObject
{
    Q_OBJECT
};
QTEST_GUILESS_MAIN(TestHubRoles)
#include "TestHubRoles.moc"
