#include <QtTest>
class TestDetailView : public QObject
{
    Q_OBJECT
};
QTEST_GUILESS_MAIN(TestDetailView)
#include "TestDetailView.moc"
