-- application_submit: a logged-in citizen applies online, again and again.
--
-- One iteration is three POSTs, each answered by a redirect:
--   1. /layanan/<slug>/ajukan/          mall + fresh start_key -> 302 .../<uuid>/isi/
--   2. /permohonan/<uuid>/isi/          one 1 MB PDF per document
--                                       requirement, review=1  -> 302 .../tinjau/
--   3. /permohonan/<uuid>/kirim/                               -> 302 .../terkirim/
-- Any other answer is unexpected: the iteration is dropped and the next one starts.
--
-- The state lives in the thread's Lua state, so run.py gives every connection its
-- own thread (-t = -c). The session and CSRF cookies and the X-CSRFToken header
-- come from run.py as -H headers (wrk.headers). Arguments (key=value):
--   mall=<slug>  requirements=<id>,<id>  pdf=<path of the PDF to upload>
--   sessions=<key>,...  cookie=<session cookie name>  csrfcookie=<CSRF cookie name>
--   csrf=<secret>: each connection signs in as its own citizen (sessions[i]), since
--   a citizen starting the same service at the same mall again resumes their draft.
--
-- request() only reads the state and response() only changes it: wrk calls
-- request() once more before the run to check the request, and again after a
-- socket error, and either way the same step is simply sent again (every step is
-- idempotent: the same start_key finds the same draft).

local START, UPLOAD, SUBMIT = 1, 2, 3
local STEP_NAMES = { "start", "upload", "submit" }
local EXPECTED = { "/isi/", "/tinjau/", "/terkirim/" }

local form_headers, upload_headers, upload_body, mall
local threads_made = 0

setup = function(thread)
  threads_made = threads_made + 1
  thread:set("index", threads_made)
end
local step, start_key, uuid, started_ms

iterations, dropped, iteration_ms, timed = 0, 0, {}, false

-- Wall clock in ms through LuaJIT's FFI; without it only requests are timed.
local now_ms = function() return nil end
do
  local ok, ffi = pcall(require, "ffi")
  if ok then
    ffi.cdef([[
      typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
      int clock_gettime(int clock_id, bench_timespec *tp);
    ]])
    local ts = ffi.new("bench_timespec")
    now_ms = function()
      ffi.C.clock_gettime(1, ts) -- CLOCK_MONOTONIC
      return tonumber(ts.tv_sec) * 1000 + tonumber(ts.tv_nsec) / 1e6
    end
    timed = true
  end
end

local function random_seed()
  local urandom = io.open("/dev/urandom", "rb")
  if not urandom then
    return os.time() + math.floor(os.clock() * 1e6)
  end
  local bytes = urandom:read(6)
  urandom:close()
  local seed = 0
  for i = 1, #bytes do
    seed = seed * 256 + bytes:byte(i)
  end
  return seed
end

local function new_uuid()
  local b = {}
  for i = 1, 16 do
    b[i] = math.random(0, 255)
  end
  b[7] = 0x40 + b[7] % 16 -- version 4
  b[9] = 0x80 + b[9] % 64 -- RFC 4122 variant
  return string.format(
    "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x",
    unpack(b)
  )
end

local function next_iteration()
  step, uuid, started_ms = START, nil, nil
  start_key = new_uuid()
end

local function with_headers(extra)
  local headers = {}
  for name, value in pairs(wrk.headers) do
    headers[name] = value
  end
  for name, value in pairs(extra) do
    headers[name] = value
  end
  return headers
end

local function multipart(boundary, requirement_ids, pdf)
  local parts = {}
  for id in requirement_ids:gmatch("%d+") do
    table.insert(parts, table.concat({
      "--" .. boundary,
      string.format(
        'Content-Disposition: form-data; name="doc_%s"; filename="dokumen.pdf"', id
      ),
      "Content-Type: application/pdf",
      "",
      pdf,
    }, "\r\n"))
  end
  table.insert(parts, table.concat({
    "--" .. boundary,
    'Content-Disposition: form-data; name="review"',
    "",
    "1",
  }, "\r\n"))
  return table.concat(parts, "\r\n") .. "\r\n--" .. boundary .. "--\r\n"
end

init = function(args)
  local options = {}
  for i = 1, #args do
    local key, value = args[i]:match("^(%w+)=(.*)$")
    if key then
      options[key] = value
    end
  end
  assert(options.mall and options.requirements and options.pdf,
    "application_submit.lua needs mall=, requirements= and pdf= arguments")
  local file = assert(io.open(options.pdf, "rb"))
  local pdf = file:read("*a")
  file:close()

  local boundary = "----mpp-bench-" .. string.format("%08x", random_seed() % 2^32)
  mall = options.mall
  upload_body = multipart(boundary, options.requirements, pdf)
  local cookie = wrk.headers["Cookie"]
  if options.sessions then
    local sessions = {}
    for key in options.sessions:gmatch("[^,]+") do
      table.insert(sessions, key)
    end
    local i = ((index or 1) - 1) % #sessions + 1
    cookie = options.cookie .. "=" .. sessions[i] .. "; "
      .. options.csrfcookie .. "=" .. options.csrf
  end
  form_headers = with_headers({
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Cookie"] = cookie,
  })
  upload_headers = with_headers({
    ["Content-Type"] = "multipart/form-data; boundary=" .. boundary,
    ["Cookie"] = cookie,
  })
  math.randomseed(random_seed())
  next_iteration()
end

request = function()
  if step == START then
    started_ms = started_ms or now_ms()
    local body = "mall=" .. mall .. "&start_key=" .. start_key
    return wrk.format("POST", wrk.path, form_headers, body)
  elseif step == UPLOAD then
    local path = "/permohonan/" .. uuid .. "/isi/"
    return wrk.format("POST", path, upload_headers, upload_body)
  end
  return wrk.format("POST", "/permohonan/" .. uuid .. "/kirim/", form_headers, "")
end

local function ends_with(text, suffix)
  return suffix == "" or text:sub(-#suffix) == suffix
end

local logged = false

response = function(status, headers, body)
  local location = headers["Location"] or headers["location"] or ""
  local ok = false
  if status == 302 then
    if step == START then
      uuid = location:match("/permohonan/([%x%-]+)/isi/$")
      ok = uuid ~= nil
    else
      ok = ends_with(location, "/permohonan/" .. uuid .. EXPECTED[step])
    end
  end
  if not ok then
    if not logged then -- once per thread: enough to see what went wrong
      logged = true
      io.stderr:write(string.format(
        "application_submit: %s answered %d%s (expected 302 to .../%s)\n",
        STEP_NAMES[step], status,
        location ~= "" and (" to " .. location) or "",
        EXPECTED[step]:sub(2)
      ))
    end
    dropped = dropped + 1
    next_iteration()
    return false
  end
  if step == SUBMIT then
    iterations = iterations + 1
    if started_ms then
      table.insert(iteration_ms, now_ms() - started_ms)
    end
    next_iteration()
  else
    step = step + 1
  end
  return true
end

local function percentile(sorted, p)
  if #sorted == 0 then
    return 0
  end
  return sorted[math.max(1, math.ceil(#sorted * p / 100))]
end

-- Main Lua state: gather the threads' counters.
summarize = function(threads, seconds)
  local total, lost, times = 0, 0, {}
  for _, thread in ipairs(threads) do
    total = total + (tonumber(thread:get("iterations")) or 0)
    lost = lost + (tonumber(thread:get("dropped")) or 0)
    for _, ms in ipairs(thread:get("iteration_ms") or {}) do
      table.insert(times, ms)
    end
  end
  table.sort(times)
  local result = {
    iterations = total,
    iterations_per_s = total / seconds,
    dropped_iterations = lost,
    latency_of = timed and "iteration" or "request",
  }
  if timed then
    result.iteration_p50_ms = percentile(times, 50)
    result.iteration_p95_ms = percentile(times, 95)
    result.iteration_p99_ms = percentile(times, 99)
  end
  return result
end
