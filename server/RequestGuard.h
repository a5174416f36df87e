// Looks at each request's head before Qt's HTTP server reads its body, which Qt 6.4 would hold in
// memory whole: a body announced larger than the hub takes is refused at once (413) and the
// connection closed, before the client sends it; a client that waits for "100 Continue" (libcurl
// does, for bodies over 1 MB) is told to go on, which Qt 6.4 never says. The head is parsed by a
// socket-free function that tests feed malformed input.
#pragma once

#include <QByteArrayView>
#include <optional>

class QTcpServer;

namespace open211 {

struct RequestHead
{
    enum class State { Incomplete, Complete, Malformed, TooLarge };
    State state = State::Incomplete;
    std::optional<qint64> contentLength;
    bool expectContinue = false;
    bool chunked = false;
};

class RequestGuard
{
public:
    static constexpr qint64 MaxBody = qint64(8) * 1024 * 1024;
    static constexpr qsizetype MaxHead = 16 * 1024;

    // The request line and headers at the start of `data`, if they are all there.
    static RequestHead parseHead(QByteArrayView data);
    // Guards every connection the server accepts; call before the HTTP server binds it.
    static void watch(QTcpServer* server);
};

} // namespace open211
