-- getAccount with one session token (BENCH_TOKEN) on every connection.
dofile("report.lua")

wrk.method = "GET"
wrk.path = "/v1/account"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")

function done(summary, latency, requests)
  report("get_account", summary, latency)
end
