-- resumeSession with rotating remember tokens. BENCH_REMEMBER_TOKENS holds comma-separated tokens, one
-- per connection and one spare per thread (wrk calls request() once before the run to check the script),
-- and BENCH_THREADS the thread count: each thread keeps a pool of its tokens, takes one for each request
-- and puts back the rotated token from each answer.
dofile("report.lua")

local threadCount = tonumber(os.getenv("BENCH_THREADS"))
local allTokens = {}
for token in string.gmatch(os.getenv("BENCH_REMEMBER_TOKENS"), "[^,]+") do
  table.insert(allTokens, token)
end
local started = 0

function setup(thread)
  local mine = {}
  for index = started + 1, #allTokens, threadCount do
    table.insert(mine, allTokens[index])
  end
  thread:set("tokenList", table.concat(mine, ","))
  started = started + 1
end

local pool = {}

function init(args)
  for token in string.gmatch(tokenList, "[^,]+") do
    table.insert(pool, token)
  end
end

function request()
  local token = table.remove(pool) or "exhausted"
  return wrk.format("POST", "/v1/sessions/resume", { ["Content-Type"] = "application/json" },
    string.format('{"remember_token":"%s"}', token))
end

function response(status, headers, body)
  local token = body:match('"remember_token"%s*:%s*"([^"]+)"')
  if token then
    table.insert(pool, token)
  end
end

function done(summary, latency, requests)
  report("resume_session", summary, latency)
end
