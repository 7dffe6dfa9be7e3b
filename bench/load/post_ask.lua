-- wrk script for bench/load_bench.py: POST /api/asks/ with token auth.
-- Each request submits one ask (lint, tag, route, history, audit in one transaction)
-- to the next deal of BENCH_DEALS (comma-separated ids), so requests do not all queue
-- on one deal's row lock. Environment: BENCH_TOKEN, BENCH_DEALS, BENCH_TEXT.

local token = os.getenv("BENCH_TOKEN")
local text = os.getenv("BENCH_TEXT")
local deals = {}
for id in string.gmatch(os.getenv("BENCH_DEALS") or "", "%d+") do
  deals[#deals + 1] = id
end
local headers = {
  ["Content-Type"] = "application/json",
  ["Authorization"] = "Token " .. token,
}

local started = 0
function setup(thread)
  thread:set("offset", started * 7919)
  started = started + 1
end

function init(args)
  counter = offset or 0
end

function request()
  counter = counter + 1
  local deal = deals[(counter % #deals) + 1]
  local body = '{"deal": ' .. deal .. ', "text": "' .. text .. '"}'
  return wrk.format("POST", "/api/asks/", headers, body)
end
