// The demo generators' random numbers: the same sequence for a seed on every platform, so demo
// data and benchmark runs can be made again exactly.
#pragma once

#include <QList>
#include <QtGlobal>

namespace open211 {

// SplitMix64: small, fast and the same on every platform (std distributions are not).
class DemoRng
{
public:
    explicit DemoRng(quint64 seed)
        : m_state(seed * 0x9E3779B97F4A7C15ULL + 0x211)
    { }
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return n <= 1 ? 0 : int(next() % quint64(n)); }
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double p) { return unit() < p; }
    template <typename T> const T& pick(const QList<T>& list) { return list[below(int(list.size()))]; }

private:
    quint64 m_state;
};

} // namespace open211
