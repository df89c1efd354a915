// SPDX-License-Identifier: GPL-3.0-or-later
// A bad network between a client and the server, for tests: an HTTP/1.1 proxy on loopback
// that, at random but from a printed seed, drops connections (before the request reaches the
// server, or after the server answered), cuts a request or an answer in the middle, delays
// either, or answers 502/503 itself as a reverse proxy would. It runs on a thread of its own,
// so that it keeps forwarding while the test's thread waits.
//
// It understands just enough HTTP to tell one request and one answer from the next
// (Content-Length or chunked bodies), because the faults that matter happen at those
// boundaries: a mutation the server applied whose answer never arrives, a request the server
// never saw whole.
#pragma once

#include <QByteArray>
#include <QThread>
#include <QUrl>

#include <atomic>
#include <functional>
#include <memory>

namespace etw::test {

// The chance (0…1) of each fault, drawn once per request, in this order; the rest pass.
struct FaultRates
{
    double dropBefore = 0.04;  // the client's connection closes; the server sees nothing
    double cutRequest = 0.03;  // the server gets part of the request, then the connection ends
    double answer502 = 0.03;   // the proxy answers 502 (HTML, as nginx does), the server sees
                               // nothing
    double answer503 = 0.03;   // the proxy answers 503 with Retry-After, the server sees nothing
    double dropAfter = 0.04;   // the server answers; the client's connection closes unanswered
    double cutResponse = 0.04; // the client gets part of the answer, then the connection ends
    double delay = 0.10;       // the request or its answer waits delayMinMs…delayMaxMs first
    int delayMinMs = 20;
    int delayMaxMs = 250;

    static FaultRates none() { return {0, 0, 0, 0, 0, 0, 0, 0, 0}; }
};

// What happened to the requests so far (counts, for the test's log and its own checks).
struct FaultCounts
{
    int requests = 0;
    int passed = 0;
    int droppedBefore = 0;
    int cutRequests = 0;
    int answered502 = 0;
    int answered503 = 0;
    int droppedAfter = 0;
    int cutResponses = 0;
    int delayed = 0;
    QString toString() const;
};

class FaultProxy
{
public:
    // seed 0: one from the system, printed (qInfo) so that a failing run can be replayed.
    explicit FaultProxy(QUrl upstream, FaultRates rates = {}, quint32 seed = 0);
    ~FaultProxy();
    FaultProxy(const FaultProxy &) = delete;
    FaultProxy &operator=(const FaultProxy &) = delete;

    // Listens on 127.0.0.1:port (0: the OS picks). False when the port is taken.
    bool start(quint16 port = 0);
    QUrl url() const;
    quint16 port() const { return m_port; }
    quint32 seed() const { return m_seed; }

    // Off: every request and answer goes through untouched (requests already being held or
    // cut keep their fate).
    void setFaults(bool on) { m_faults = on; }
    bool faults() const { return m_faults; }
    FaultCounts counts() const;

    // Called on the proxy's thread with every request a client sent whole (method, path with
    // query, body), whatever then happens to it: a test can see every mutation id that left a
    // client. Set before start().
    using Observer = std::function<void(const QByteArray &method, const QByteArray &path,
                                        const QByteArray &body)>;
    void setObserver(Observer observer) { m_observer = std::move(observer); }
    // Called on the proxy's thread once per request the client sent whole, with its header
    // block (request line included) and body size, once its fate is known: `status` is the
    // server's answer (whether or not the client then got it), 0 when the request went to the
    // server but no answer came back, -1 when it never reached the server (dropped, answered by
    // the proxy, or the server not there). Set before start().
    using AnswerObserver =
        std::function<void(const QByteArray &method, const QByteArray &path, const QByteArray &head,
                           qint64 bodyBytes, int status)>;
    void setAnswerObserver(AnswerObserver observer) { m_answerObserver = std::move(observer); }
    // Called on the proxy's thread with each request's header block (request line included):
    // what it returns goes to the server instead, and is what the observers see. Set before
    // start().
    using HeadRewriter = std::function<QByteArray(const QByteArray &head)>;
    void setHeadRewriter(HeadRewriter rewriter) { m_rewriter = std::move(rewriter); }

    // The next request whose method is `method` and whose path starts with `pathPrefix` goes to
    // the server, which answers it, and the answer is lost on its way back: cut in the middle,
    // or dropped whole when `whole`. Once, whatever setFaults says (an exact fault for a test:
    // a mutation the server applied whose answer never arrives). After start().
    void loseNextAnswer(const QByteArray &method, const QByteArray &pathPrefix, bool whole = false);

    // A network cut now: every connection through the proxy is reset, whatever it was doing (a
    // request on its way in, an answer on its way out). New connections are taken as usual.
    void dropConnections();

    class Core; // lives on the proxy's thread

private:
    QUrl m_upstream;
    FaultRates m_rates;
    quint32 m_seed;
    quint16 m_port = 0;
    std::atomic<bool> m_faults{true};
    Observer m_observer;
    AnswerObserver m_answerObserver;
    HeadRewriter m_rewriter;
    QThread m_thread;
    Core *m_core = nullptr;
};

} // namespace etw::test
