-- Password sign-ins of BENCH_EMAIL with BENCH_PASSWORD: startSignIn, then submitPassword with the flow it
-- answered. Counts the sign-ins that ended with a session.
dofile("report.lua")

local email = os.getenv("BENCH_EMAIL")
local password = os.getenv("BENCH_PASSWORD")
local json = { ["Content-Type"] = "application/json" }
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

local flows = {}
signIns = 0

function request()
  local flow = table.remove(flows)
  if flow then
    return wrk.format("POST", "/v1/sign-in/" .. flow .. "/password", json,
      string.format('{"password":"%s","remember":false}', password))
  end
  return wrk.format("POST", "/v1/sign-in", json, string.format('{"email":"%s"}', email))
end

function response(status, headers, body)
  local flow = body:match('"flow"%s*:%s*"([^"]+)"')
  if flow then
    table.insert(flows, flow)
  elseif status == 200 and body:find('"session"', 1, true) then
    signIns = signIns + 1
  end
end

function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do
    total = total + thread:get("signIns")
  end
  report("password_sign_ins", summary, latency, total)
end
