#include <QtTest>
class TestResourceDetail : public QObject
{
    Q_OBJECT
};
QTEST_GUILESS_MAIN(TestResourceDetail)
#include "TestResourceDetail.moc"
