-- GET /healthz: what the HTTP layer alone answers, the baseline of the other figures.
dofile("report.lua")

wrk.method = "GET"
wrk.path = "/healthz"

function done(summary, latency, requests)
  report("health", summary, latency)
end
