-- wrk reporter for bench/run.py.
--
-- run.py appends this file to a scenario's own Lua script (if any), so a scenario
-- may define request()/init()/response()/setup(); they are wrapped, not replaced.
-- done() prints ONE line of JSON that run.py parses.

local threads = {}
local scenario_setup = setup
local scenario_response = response

non_2xx = 0

setup = function(thread)
  table.insert(threads, thread)
  if scenario_setup then
    scenario_setup(thread)
  end
end

-- Runs in each thread's own Lua state; done() sums the per-thread counters.
response = function(status, headers, body)
  if status < 200 or status > 299 then
    non_2xx = non_2xx + 1
  end
  if scenario_response then
    return scenario_response(status, headers, body)
  end
end

done = function(summary, latency, requests)
  local e = summary.errors
  local bad = 0
  for _, thread in ipairs(threads) do
    bad = bad + (tonumber(thread:get("non_2xx")) or 0)
  end
  local seconds = summary.duration / 1e6
  io.write(string.format(
    '{"requests": %d, "duration_s": %.3f, "rps": %.2f, '
      .. '"p50_ms": %.3f, "p95_ms": %.3f, "p99_ms": %.3f, '
      .. '"errors": %d, "non_2xx": %d, "connect": %d, "read": %d, '
      .. '"write": %d, "timeout": %d, "status": %d}\n',
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000,
    e.connect + e.read + e.write + e.timeout + e.status, bad,
    e.connect, e.read, e.write, e.timeout, e.status
  ))
end
