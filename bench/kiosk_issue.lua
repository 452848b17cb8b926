-- ticket_issue: kiosks at one mall take numbers, as fast as they can.
--
-- Each request POSTs the kiosk's last step (queueing/views/kiosk.py kiosk_issue)
-- with a fresh issue_key (a new citizen each time, never a double tap) for the
-- next of the mall's services, in turn: numbers are drawn per prefix (one per
-- agency), so the kiosks spread over the agencies as a real crowd does. The
-- expected answer is 303 to the ticket's print page. The CSRF cookie and header
-- come from run.py (wrk.headers). Argument: services=<slug>,<slug>,...

local services, body_headers
local turn = 0

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
  b[7] = 0x40 + b[7] % 16
  b[9] = 0x80 + b[9] % 64
  return string.format(
    "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x",
    unpack(b)
  )
end

init = function(args)
  services = {}
  for i = 1, #args do
    local list = args[i]:match("^services=(.*)$")
    if list then
      for slug in list:gmatch("[^,]+") do
        table.insert(services, slug)
      end
    end
  end
  assert(#services > 0, "kiosk_issue.lua needs services=<slug>,...")
  body_headers = {}
  for name, value in pairs(wrk.headers) do
    body_headers[name] = value
  end
  body_headers["Content-Type"] = "application/x-www-form-urlencoded"
  math.randomseed(random_seed())
  turn = math.random(0, #services - 1)
end

request = function()
  turn = turn % #services + 1
  local body = "priority=none&issue_key=" .. new_uuid() .. "&service=" .. services[turn]
  return wrk.format("POST", nil, body_headers, body)
end

response = function(status, headers, body)
  return status == 303
end
