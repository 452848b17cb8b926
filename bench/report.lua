-- wrk reporter for bench/run.py.
--
-- run.py appends this file to a scenario's own Lua script (if any), so a scenario
-- may define request()/init()/response()/setup(); they are wrapped, not replaced.
-- done() prints ONE line of JSON that run.py parses.
--
-- An answer is "unexpected" when it is not a 2xx, unless the scenario's response()
-- returns true (expected) or false (unexpected): a scenario that expects redirects
-- decides for itself. A scenario may also define summarize(threads, seconds),
-- called once at the end in the main Lua state, returning a flat table of numbers
-- and strings; it is printed as "scenario" in the JSON line.

local threads = {}
local scenario_setup = setup
local scenario_response = response

unexpected = 0

setup = function(thread)
  table.insert(threads, thread)
  if scenario_setup then
    scenario_setup(thread)
  end
end

-- Runs in each thread's own Lua state; done() sums the per-thread counters.
response = function(status, headers, body)
  local ok = status >= 200 and status <= 299
  if scenario_response then
    local verdict = scenario_response(status, headers, body)
    if verdict ~= nil then
      ok = verdict
    end
  end
  if not ok then
    unexpected = unexpected + 1
  end
end

local function json_object(fields)
  local parts = {}
  for name, value in pairs(fields) do
    local text
    if type(value) == "number" then
      text = string.format("%.3f", value)
    else
      text = string.format("%q", tostring(value)):gsub("\\\n", "\\n")
    end
    table.insert(parts, string.format("%q: %s", name, text))
  end
  table.sort(parts)
  return "{" .. table.concat(parts, ", ") .. "}"
end

done = function(summary, latency, requests)
  local e = summary.errors
  local bad = 0
  for _, thread in ipairs(threads) do
    bad = bad + (tonumber(thread:get("unexpected")) or 0)
  end
  local seconds = summary.duration / 1e6
  local own = ""
  if summarize then
    own = ', "scenario": ' .. json_object(summarize(threads, seconds))
  end
  io.write(string.format(
    '{"requests": %d, "duration_s": %.3f, "rps": %.2f, '
      .. '"p50_ms": %.3f, "p95_ms": %.3f, "p99_ms": %.3f, '
      .. '"errors": %d, "unexpected": %d, "connect": %d, "read": %d, '
      .. '"write": %d, "timeout": %d, "status": %d%s}\n',
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000,
    e.connect + e.read + e.write + e.timeout + e.status, bad,
    e.connect, e.read, e.write, e.timeout, e.status, own
  ))
end
