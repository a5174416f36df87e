#include <QtTest>
class TestCallStore : public QObject
{
    Q_OBJECT
};
QTEST_GUILESS_MAIN(TestCallStore)
#include "TestCallStore.moc"
