// Shared by the hub tests: a throwaway PostgreSQL cluster, the open211-hub program run as a
// command or as a server (its address read from the line it prints), and HTTP through the
// workstation's own libcurl transport.
#pragma once

#include "CurlTransport.h"
#include "PgCluster.h"
#include "TestUtil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QUrl>

namespace open211::test {

inline QJsonArray moreServices();

class HubFixture
{
public:
    QTemporaryDir dir;
    std::unique_ptr<PgCluster> pg;
    QString program = qEnvironmentVariable("OPEN211_HUB");

    ~HubFixture() { stopServing(); }

    // Makes and starts the cluster; empty on success, else what went wrong.
    QString startCluster()
    {
        if (program.isEmpty())
            return QStringLiteral("OPEN211_HUB must name the hub program");
        // The postgres user (as which the server runs when the tests run as root) must reach it.
        QFile::setPermissions(dir.path(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther
                                  | QFile::ExeOther | QFile::ReadGroup | QFile::ExeGroup);
        pg = std::make_unique<PgCluster>(dir.filePath(QStringLiteral("pg")));
        auto st = pg->start();
        return st ? QString() : st.error();
    }

    // Runs a hub command on the cluster; its exit code (-1 when it crashed).
    int run(const QStringList& args, QByteArray* output = nullptr, const QByteArray& input = {})
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(program, args + QStringList{QStringLiteral("--pg"), pg->connectionString()});
        if (!p.waitForStarted())
            return -1;
        p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(120000);
        if (output)
            *output = p.readAll();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    // Adds a user with a password; true when the command succeeded.
    bool addUser(const QString& name, const QString& role, const QByteArray& password)
    {
        QByteArray out;
        const int code = run({QStringLiteral("add-user"), name, QStringLiteral("--role"), role}, &out, password + '\n');
        if (code != 0)
            qWarning("add-user: %s", out.constData());
        return code == 0;
    }

    // The demo taxonomy, tests/data/service-full.json and moreServices(): empty on success, else
    // what went wrong.
    QString loadSample()
    {
        QByteArray out;
        if (run({QStringLiteral("load-taxonomy")}, &out) != 0)
            return QStringLiteral("load-taxonomy: ") + QString::fromUtf8(out);
        if (run({QStringLiteral("load"), dataPath(QStringLiteral("service-full.json"))}, &out) != 0)
            return QStringLiteral("load service-full.json: ") + QString::fromUtf8(out);
        const QString more = dir.filePath(QStringLiteral("more.json"));
        writeFile(more, QJsonDocument(moreServices()).toJson());
        if (run({QStringLiteral("load"), more}, &out) != 0)
            return QStringLiteral("load more.json: ") + QString::fromUtf8(out);
        return {};
    }

    // Starts `serve` on a free port; the base URL ("http://127.0.0.1:N"), empty on failure.
    QString serve(const QStringList& extra = {})
    {
        stopServing();
        server = std::make_unique<QProcess>();
        server->start(program,
                      QStringList{QStringLiteral("serve"),
                                  QStringLiteral("--pg"),
                                  pg->connectionString(),
                                  QStringLiteral("--port"),
                                  QStringLiteral("0")}
                          + extra);
        if (!server->waitForStarted())
            return {};
        static const QRegularExpression listening(QStringLiteral("listening on (https?://127\\.0\\.0\\.1:\\d+)"));
        QByteArray out;
        QRegularExpressionMatch m;
        while (!(m = listening.match(QString::fromUtf8(out))).hasMatch()) {
            if (!server->waitForReadyRead(30000)) {
                qWarning("the hub did not start: %s", server->readAllStandardError().constData());
                return {};
            }
            out += server->readAllStandardOutput();
        }
        return m.captured(1);
    }

    // SIGTERM: the hub ends its event loop and closes cleanly. True when it did.
    bool stopServing()
    {
        if (!server)
            return true;
        server->terminate();
        const bool ended
            = server->waitForFinished(30000) && server->exitStatus() == QProcess::NormalExit && server->exitCode() == 0;
        server.reset();
        return ended;
    }

    std::unique_ptr<QProcess> server;
};

inline HttpResponse http(const QString& method,
                         const QString& url,
                         const QByteArray& body = {},
                         const QList<QPair<QByteArray, QByteArray>>& headers = {},
                         const CurlSettings& settings = {})
{
    CurlTransport transport(settings);
    HttpRequest request;
    request.method = method;
    request.url = url;
    request.body = body;
    request.headers = headers;
    return transport.send(request);
}

inline QJsonObject json(const HttpResponse& r)
{
    return QJsonDocument::fromJson(r.body).object();
}

inline QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

inline QString encoded(const QString& v)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(v));
}

// Rows of a query on the hub's database as text, one line a row, fields joined by | (NULL as
// "NULL"); empty, with a warning, when it fails.
inline QStringList hubRows(const QSqlDatabase& db, const QString& sql, const QStringList& values = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QString& v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return {};
    }
    QStringList out;
    while (q.next()) {
        QStringList fields;
        for (int i = 0; i < q.record().count(); ++i)
            fields << (q.isNull(i) ? QStringLiteral("NULL") : q.value(i).toString());
        out << fields.join(u'|');
    }
    return out;
}

// Describes an unexpected answer for a failure message.
inline QByteArray describe(const HttpResponse& r)
{
    return QByteArray::number(r.status) + ' ' + r.error.toUtf8() + ' ' + r.body.left(600);
}

// Two more services beside tests/data/service-full.json's "svc-1" (Ottawa, food pantry): a
// Toronto shelter run by another organization, and a Sudbury clinic with an accented name and no
// taxonomy terms.
inline QJsonArray moreServices()
{
    const auto address = [](const char* id, const char* street, const char* city, const char* postcode) {
        return QJsonObject{{QStringLiteral("id"), QString::fromLatin1(id)},
                           {QStringLiteral("address_1"), QString::fromLatin1(street)},
                           {QStringLiteral("city"), QString::fromLatin1(city)},
                           {QStringLiteral("state_province"), QStringLiteral("ON")},
                           {QStringLiteral("postal_code"), QString::fromLatin1(postcode)},
                           {QStringLiteral("country"), QStringLiteral("CA")},
                           {QStringLiteral("address_type"), QStringLiteral("physical")}};
    };
    const QJsonObject shelter{
        {QStringLiteral("id"), QStringLiteral("svc-2")},
        {QStringLiteral("name"), QStringLiteral("Riverside Shelter")},
        {QStringLiteral("description"), QStringLiteral("Beds and meals for adults.")},
        {QStringLiteral("status"), QStringLiteral("active")},
        {QStringLiteral("organization"),
         QJsonObject{{QStringLiteral("id"), QStringLiteral("org-2")},
                     {QStringLiteral("name"), QStringLiteral("Harbour Relief")}}},
        {QStringLiteral("service_at_locations"),
         QJsonArray{
             QJsonObject{{QStringLiteral("id"), QStringLiteral("sal-2")},
                         {QStringLiteral("location"),
                          QJsonObject{{QStringLiteral("id"), QStringLiteral("loc-2")},
                                      {QStringLiteral("location_type"), QStringLiteral("physical")},
                                      {QStringLiteral("latitude"), 43.6453},
                                      {QStringLiteral("longitude"), -79.3806},
                                      {QStringLiteral("addresses"),
                                       QJsonArray{address("addr-2", "1 Front Street", "Toronto", "M5V 2T6")}}}}}}},
        {QStringLiteral("phones"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("svc-2-ph")},
                                {QStringLiteral("number"), QStringLiteral("416-555-0100")}}}},
        {QStringLiteral("attributes"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("svc-2-t1")},
                                {QStringLiteral("taxonomy_term_id"), QStringLiteral("BH-1800.8500")}}}}};
    const QJsonObject clinic{
        {QStringLiteral("id"), QStringLiteral("svc-3")},
        {QStringLiteral("name"), QStringLiteral("Clinique juridique Évangéline")},
        {QStringLiteral("description"), QStringLiteral("Legal advice in French and English.")},
        {QStringLiteral("status"), QStringLiteral("active")},
        {QStringLiteral("organization"),
         QJsonObject{{QStringLiteral("id"), QStringLiteral("org-3")},
                     {QStringLiteral("name"), QStringLiteral("Aide juridique du Nord")}}},
        {QStringLiteral("service_at_locations"),
         QJsonArray{
             QJsonObject{{QStringLiteral("id"), QStringLiteral("sal-3")},
                         {QStringLiteral("location"),
                          QJsonObject{{QStringLiteral("id"), QStringLiteral("loc-3")},
                                      {QStringLiteral("location_type"), QStringLiteral("physical")},
                                      {QStringLiteral("latitude"), 46.4917},
                                      {QStringLiteral("longitude"), -80.9930},
                                      {QStringLiteral("addresses"),
                                       QJsonArray{address("addr-3", "10 Elm Street", "Sudbury", "P3A 1B2")}}}}}}}};
    return QJsonArray{shelter, clinic};
}

} // namespace open211::test
