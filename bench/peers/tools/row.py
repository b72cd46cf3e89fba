#!/usr/bin/env python3
"""row.py WRKJSON S0 S1 D0 D1 M0 M1 T0 T1 WRK_USER_S WRK_SYS_S CLK_TCK — one measured cell as a TSV row:
req/s, p50/p90/p99 ms, bytes per response, errors, then CPU as % of one core: server tree, PostgreSQL, wrk, other.
S/D/M are ticks of the server tree, of PostgreSQL and of the whole machine read (with T, ns) just before and just after
wrk ran. The server and PostgreSQL are idle outside wrk's run, so their ticks are divided by wrk's own duration; the
machine's ticks cover the whole sampled span, and "other" is what the machine did besides server, PostgreSQL and wrk."""
import json
import sys

a = sys.argv
j = json.loads(a[1])
s0, s1, d0, d1, m0, m1, t0, t1 = map(int, a[2:10])
wu, ws = map(float, a[10:12])
tck = int(a[12])
run = j["duration_us"] / 1e6
span = max((t1 - t0) / 1e9, run)
srv, db, wrk = (s1 - s0) / tck, (d1 - d0) / tck, wu + ws            # CPU seconds
other = max(0.0, (m1 - m0) / tck - srv - db - wrk)
e = sum(j[k] for k in ("err_connect", "err_read", "err_write", "err_status", "err_timeout"))
print("\t".join([f"{j['rps']:.0f}", f"{j['p50_us']/1000:.2f}", f"{j['p90_us']/1000:.2f}", f"{j['p99_us']/1000:.2f}",
                 f"{j['bytes']/max(j['requests'],1):.0f}", str(e), f"{100 * srv / run:.0f}", f"{100 * db / run:.0f}",
                 f"{100 * wrk / run:.0f}", f"{100 * other / span:.0f}"]))
