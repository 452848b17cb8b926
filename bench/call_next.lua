-- call_next: 50 counters call the next ticket at once, over 10,000 waiting.
--
-- Every connection is one counter with its own officer, in its own wrk thread
-- (run.py gives each connection a thread). An iteration is two POSTs to the
-- counter console (backoffice/console.py), as htmx sends them:
--   1. panggil      expected=""      -> 200, the console with the called ticket
--   2. tidak-hadir  ticket=<its id>  -> 200, the counter free to call again
-- Arguments: counters=<id>,...  sessions=<key>,...  (same order), csrf=<secret>,
-- cookie=<session cookie name>, csrfcookie=<CSRF cookie name>.

local counter, headers
local held = nil
local threads_made = 0

setup = function(thread)
  threads_made = threads_made + 1
  thread:set("index", threads_made)
end

local function split(list)
  local out = {}
  for item in list:gmatch("[^,]+") do
    table.insert(out, item)
  end
  return out
end

init = function(args)
  local options = {}
  for i = 1, #args do
    local key, value = args[i]:match("^(%w+)=(.*)$")
    if key then
      options[key] = value
    end
  end
  local counters, sessions = split(options.counters), split(options.sessions)
  local i = ((index or 1) - 1) % #counters + 1
  counter = counters[i]
  headers = {
    ["Host"] = wrk.headers["Host"],
    ["Cookie"] = options.cookie .. "=" .. sessions[i] .. "; "
      .. options.csrfcookie .. "=" .. options.csrf,
    ["X-CSRFToken"] = options.csrf,
    ["HX-Request"] = "true",
    ["Content-Type"] = "application/x-www-form-urlencoded",
  }
end

request = function()
  if held then
    return wrk.format(
      "POST", "/petugas/loket/" .. counter .. "/tidak-hadir/", headers, "ticket=" .. held
    )
  end
  return wrk.format("POST", "/petugas/loket/" .. counter .. "/panggil/", headers, "expected=")
end

response = function(status, hdrs, body)
  if status ~= 200 then
    held = nil
    return false
  end
  held = body:match('name="ticket" value="(%d+)"') -- nil once freed
  return true
end
