#include <QtTest>
class TestLiveCall : public QObject
{
    Q_OBJECT
};
QTEST_GUILESS_MAIN(TestLiveCall)
#include "TestLiveCall.moc"
